// The password-reset email, composed from the message catalogue (`account.resetMail`) in the
// person's own language (users.locale): unlike an invitation, we know who receives it.
import { createTranslator } from "use-intl/core";
import type { Locale } from "../i18n/config";
import { loadMessages } from "../i18n/catalogue";
import { formatExpiry } from "../team/invitation-mail";

export async function composePasswordResetMail(input: { locale: Locale; name: string; link: string; expiresAt: Date }): Promise<{ subject: string; text: string }> {
  const t = createTranslator({ locale: input.locale, messages: await loadMessages(input.locale) });
  const values = { name: input.name, link: input.link, date: formatExpiry(input.expiresAt, input.locale) };
  return { subject: t("account.resetMail.subject", values), text: t("account.resetMail.body", values) };
}
