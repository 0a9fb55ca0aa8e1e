import "server-only";
import { forbidden, notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { isAppError } from "./errors";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./i18n/config";

/** Runs a page's service call; NOT_FOUND and FORBIDDEN become the 404 and 403 pages. */
export async function loadOr404<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    if (isAppError(error) && error.code === "FORBIDDEN") forbidden();
    throw error;
  }
}

export async function pageLocale(): Promise<Locale> {
  const raw = await getLocale();
  return isLocale(raw) ? raw : DEFAULT_LOCALE;
}
