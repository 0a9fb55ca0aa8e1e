// The message catalogues outside a request: mail, notifications, exports and reports are written in
// a language chosen by the recipient or the reader, which may not be the request's own (next-intl's,
// from the cookie). One loader and one untyped translator for every such caller.
import { createTranslator } from "use-intl/core";
import type { Locale } from "./config";

// Typed by the English catalogue, which every other one matches key for key (catalogues.test.ts).
export type Messages = typeof import("../../messages/en.json");

/** A catalogue, loaded once per process by the module system (the files are part of the build). */
export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await import(`../../messages/${locale}.json`)).default as Messages;
}

/** A translator whose keys are built from data (a status, a level, a pillar's code). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * A translator in `locale`, for keys under `namespace` when one is given (else from the root).
 * Dates and times it formats are in UTC, like every date the server writes.
 * The keys are not checked by the compiler; the catalogue tests check the ones built from data exist.
 */
export async function translatorIn(locale: Locale, namespace?: string): Promise<Translate> {
  const messages = await loadMessages(locale);
  // The namespace is a runtime string: use-intl's types only know literal ones.
  const t = createTranslator({ locale, messages, namespace: namespace as never, timeZone: "UTC" });
  return (key, values) => (t as unknown as Translate)(key, values);
}
