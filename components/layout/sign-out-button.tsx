"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("nav");
  return (
    <button type="button" onClick={() => void signOut({ callbackUrl: "/sign-in" })} className="rounded border border-line px-2 py-1 hover:bg-surface">
      {t("signOut")}
    </button>
  );
}
