// Framework v1's indicator texts in the other five UN languages, merged into the seed's localized
// texts (English stays the source). A language missing an indicator falls back to English.
import type { Locale, LocalizedText } from "../types";
import { ar } from "./ar";
import { es } from "./es";
import { fr } from "./fr";
import { ru } from "./ru";
import type { FrameworkTranslation, IndicatorTranslation } from "./types";
import { zh } from "./zh";

export const frameworkV1Translations: Record<Exclude<Locale, "en">, FrameworkTranslation> = { fr, es, ru, zh, ar };

type TextField = Exclude<keyof IndicatorTranslation, "levels">;

/** The English text of one field of one indicator, with every translation that exists. */
export function translated(code: string, field: TextField, english: LocalizedText): LocalizedText {
  const text: LocalizedText = { ...english };
  for (const [locale, translation] of Object.entries(frameworkV1Translations) as [Exclude<Locale, "en">, FrameworkTranslation][]) {
    const value = translation[code]?.[field];
    if (value) text[locale] = value;
  }
  return text;
}

/** The five level descriptors of one indicator, each with its translations. */
export function translatedLevels(code: string, english: LocalizedText[]): LocalizedText[] {
  return english.map((level, index) => {
    const text: LocalizedText = { ...level };
    for (const [locale, translation] of Object.entries(frameworkV1Translations) as [Exclude<Locale, "en">, FrameworkTranslation][]) {
      const value = translation[code]?.levels[index];
      if (value) text[locale] = value;
    }
    return text;
  });
}
