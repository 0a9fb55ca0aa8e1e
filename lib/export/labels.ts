// The exports' words in the reader's language, from the message catalogue (namespace `exports`, and
// the questionnaire's level names and the statuses the pages use), without a request: the same
// translator serves route handlers, tests and the bench.
import { createTranslator } from "use-intl/core";
import { LOCALE_NAMES, type Locale } from "../i18n/config";
import { loadMessages } from "../team/invitation-mail";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export async function exportTranslator(lang: Locale): Promise<Translate> {
  const t = createTranslator({ locale: lang, messages: await loadMessages(lang) });
  // Keys are built from data (a status, a level); the catalogue test checks they all exist.
  return (key, values) => (t as unknown as Translate)(key, values);
}

/** "2 – Developing" in the reader's language; null without a level. */
export function levelLabel(t: Translate, level: number | null): string | null {
  if (level === null) return null;
  return t("questionnaire.levelLabel", { level, name: t(`questionnaire.levelNames.${level}`) });
}

export function languageName(lang: Locale): string {
  return LOCALE_NAMES[lang];
}
