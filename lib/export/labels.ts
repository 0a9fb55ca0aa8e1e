// The exports' words in the reader's language, from the message catalogue (namespace `exports`, and
// the questionnaire's level names and the statuses the pages use), without a request: the same
// translator serves route handlers, tests and the bench.
import { LOCALE_NAMES, type Locale } from "../i18n/config";
import { translatorIn, type Translate } from "../i18n/catalogue";

export type { Translate };

/** Keys are built from data (a status, a level); the catalogue test checks they all exist. */
export function exportTranslator(lang: Locale): Promise<Translate> {
  return translatorIn(lang);
}

/** "2 – Developing" in the reader's language; null without a level. */
export function levelLabel(t: Translate, level: number | null): string | null {
  if (level === null) return null;
  return t("questionnaire.levelLabel", { level, name: t(`questionnaire.levelNames.${level}`) });
}

export function languageName(lang: Locale): string {
  return LOCALE_NAMES[lang];
}
