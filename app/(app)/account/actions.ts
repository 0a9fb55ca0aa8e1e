"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { changePassword, setPreferredLocale, signOutEverywhere } from "@/lib/account/service";
import { ZChangePassword, ZLocaleChoice, type TChangePassword, type TLocaleChoice } from "@/lib/account/schemas";
import { isSessionCookie } from "@/lib/auth/cookie-names";
import { requireActor } from "@/lib/auth/session";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import type { ActionResult } from "@/lib/team/action-result";
import { parseInput, runAction } from "@/lib/team/run-action";

// One's own account. Each action: actor -> input parsed by the shared schema -> service -> typed result.

/**
 * Changes the password; every session ends, this one included. The form then signs the person in
 * again with the new password (next-auth's credentials flow), so this browser stays signed in with a
 * token of the new session version while every other device is signed out.
 */
export async function changePasswordAction(input: TChangePassword): Promise<ActionResult<{ email: string }>> {
  return runAction("account.password", async () => changePassword(await requireActor(), parseInput(ZChangePassword, input)));
}

/** The preferred language: on the account (mails, next sign-in) and in this browser's cookie, at once. */
export async function setLocaleChoiceAction(input: TLocaleChoice): Promise<ActionResult<{ locale: string }>> {
  return runAction("account.locale", async () => {
    const actor = await requireActor();
    const { locale } = await setPreferredLocale(actor, parseInput(ZLocaleChoice, input).locale);
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: false });
    return { locale };
  });
}

/**
 * Ends every session (session_version), then this browser's too: its cookie is deleted and the
 * person lands on the sign-in page. A plain form action: works without JavaScript.
 */
export async function signOutEverywhereAction(): Promise<void> {
  const actor = await requireActor();
  await signOutEverywhere(actor);
  const store = await cookies();
  for (const cookie of store.getAll()) {
    if (!isSessionCookie(cookie.name)) continue;
    // Expired with the attributes it was set with: a __Secure- cookie is only replaced by a Secure one.
    store.set(cookie.name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: cookie.name.startsWith("__Secure-") });
  }
  redirect("/sign-in");
}
