// Languages: the six official UN languages. The choice is kept in a cookie (no locale in URLs, so
// links can be shared between colleagues who read different languages).

export const LOCALES = ["en", "fr", "es", "ru", "zh", "ar"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "cybercap-locale";

/** Each language's name in itself, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  fr: "Français",
  es: "Español",
  ru: "Русский",
  zh: "中文",
  ar: "العربية",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): "rtl" | "ltr" {
  return locale === "ar" ? "rtl" : "ltr";
}

/**
 * Picks the best supported language from an Accept-Language header ("fr-CA,fr;q=0.9,en;q=0.8"),
 * by quality then order; falls back to English.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { base: tag.trim().toLowerCase().split("-")[0], quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.base).find(isLocale) ?? DEFAULT_LOCALE;
}

export type LocalizedText = { en: string } & Partial<Record<Exclude<Locale, "en">, string>>;

/**
 * A translatable text from the database in the reader's language, falling back to English.
 * `lang` is the language actually returned, so markup can mark a fallback (lang="en").
 */
export function localize(text: unknown, locale: Locale): { text: string; lang: Locale } {
  if (text && typeof text === "object") {
    const record = text as Record<string, unknown>;
    const value = record[locale];
    if (typeof value === "string" && value.length > 0) return { text: value, lang: locale };
    if (typeof record.en === "string") return { text: record.en, lang: "en" };
  }
  return { text: "", lang: "en" };
}
