import { getTranslations } from "next-intl/server";

// A plain form (no client JavaScript): app/api/sign-out clears the session and returns to sign-in.
export async function SignOutButton() {
  const t = await getTranslations("nav");
  return (
    <form action="/api/sign-out" method="post">
      <button type="submit" className="rounded border border-line px-2 py-1 hover:bg-surface">
        {t("signOut")}
      </button>
    </form>
  );
}
