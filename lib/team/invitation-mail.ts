// The invitation email, composed from the message catalogue (`team.mail`). The invitee's language
// is unknown, so the text is in the inviter's language, followed by English when that differs.
import { createTranslator } from "use-intl/core";
import { loadMessages } from "../i18n/catalogue";
import { DEFAULT_LOCALE, localize, type Locale } from "../i18n/config";

/** What the invitation offers; names are localized JSON texts as stored ({"en": …, "fr": …}). */
export type InvitationOffer =
  | { kind: "RESPONDENT"; countryName: unknown; pillarNames: unknown[] }
  | { kind: "FOCAL_POINT"; countryName: unknown }
  | { kind: "OFFICER"; regionNames: unknown[]; countryNames: unknown[] };

export interface InvitationMailInput {
  locale: Locale;
  offer: InvitationOffer;
  inviterName: string;
  link: string;
  expiresAt: Date;
}

export function formatExpiry(expiresAt: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(expiresAt);
}

function names(list: unknown[], locale: Locale): string {
  return list.map((n) => localize(n, locale).text).join(", ");
}

async function composeIn(locale: Locale, input: InvitationMailInput): Promise<{ subject: string; text: string }> {
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  const common = { inviter: input.inviterName, link: input.link, date: formatExpiry(input.expiresAt, locale) };
  const { offer } = input;
  if (offer.kind === "OFFICER") {
    const none = t("team.mail.officer.none");
    const values = { ...common, regions: names(offer.regionNames, locale) || none, countries: names(offer.countryNames, locale) || none };
    return { subject: t("team.mail.officer.subject", values), text: t("team.mail.officer.body", values) };
  }
  const country = localize(offer.countryName, locale).text;
  if (offer.kind === "FOCAL_POINT") {
    const values = { ...common, country };
    return { subject: t("team.mail.focalPoint.subject", values), text: t("team.mail.focalPoint.body", values) };
  }
  const values = { ...common, country, pillars: names(offer.pillarNames, locale) };
  return { subject: t("team.mail.subject", values), text: t("team.mail.body", values) };
}

export async function composeInvitationMail(input: InvitationMailInput): Promise<{ subject: string; text: string }> {
  const main = await composeIn(input.locale, input);
  if (input.locale === DEFAULT_LOCALE) return main;
  const english = await composeIn(DEFAULT_LOCALE, input);
  return { subject: main.subject, text: `${main.text}\n\n----------\n\n${english.text}` };
}
