"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

/** Signs out and comes back to the invitation, to accept it with the invited account. */
export function SignOutAndReturn({ returnTo }: { returnTo: string }) {
  const t = useTranslations("invitation");
  return (
    <button type="button" onClick={() => void signOut({ callbackUrl: returnTo })} className="rounded border border-brand px-4 py-2 font-medium text-brand">
      {t("existing.signOut")}
    </button>
  );
}
