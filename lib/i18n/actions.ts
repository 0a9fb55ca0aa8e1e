"use server";
import { cookies } from "next/headers";
import { getDb } from "../db";
import { getActor } from "../auth/session";
import { isLocale, LOCALE_COOKIE } from "./config";

/** Remembers the chosen language: in a cookie for a year, and on the account when signed in. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: false });
  const actor = await getActor();
  if (actor) await getDb().user.update({ where: { id: actor.userId }, data: { locale } });
}
