// The invitation email, composed from the message catalogue (`team.mail`). The invitee's language
// is unknown, so the text is in the inviter's language, followed by English when that differs.
import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, localize, type Locale } from "../i18n/config";

export interface InvitationMailInput {
  locale: Locale;
  /** Localized JSON texts as stored ({"en": …, "fr": …}). */
  countryName: unknown;
  pillarNames: unknown[];
  inviterName: string;
  link: string;
  expiresAt: Date;
}

// Typed by the English catalogue, which every other one matches key for key (catalogues.test.ts).
type Messages = typeof import("../../messages/en.json");

async function loadMessages(locale: Locale): Promise<Messages> {
  return (await import(`../../messages/${locale}.json`)).default as Messages;
}

function formatExpiry(expiresAt: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(expiresAt);
}

async function composeIn(locale: Locale, input: InvitationMailInput): Promise<{ subject: string; text: string }> {
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  const country = localize(input.countryName, locale).text;
  const values = {
    country,
    inviter: input.inviterName,
    pillars: input.pillarNames.map((n) => localize(n, locale).text).join(", "),
    link: input.link,
    date: formatExpiry(input.expiresAt, locale),
  };
  return { subject: t("team.mail.subject", values), text: t("team.mail.body", values) };
}

export async function composeInvitationMail(input: InvitationMailInput): Promise<{ subject: string; text: string }> {
  const main = await composeIn(input.locale, input);
  if (input.locale === DEFAULT_LOCALE) return main;
  const english = await composeIn(DEFAULT_LOCALE, input);
  return { subject: main.subject, text: `${main.text}\n\n----------\n\n${english.text}` };
}
