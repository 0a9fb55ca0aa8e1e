// The query string of the export routes: `format` (required, one of the route's formats) and
// `lang` (optional, one of the six languages; else the reader's, else English). Anything else in
// them is a 400 naming the field, never a guess.
import { AppError } from "../errors";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/config";

export function parseExportQuery<F extends string>(search: URLSearchParams, formats: readonly F[], readerLocale: Locale | null): { format: F; lang: Locale } {
  const format = search.get("format");
  const lang = search.get("lang");
  const fields: Record<string, string> = {};
  if (format === null || !(formats as readonly string[]).includes(format)) fields.format = "invalid";
  if (lang !== null && !isLocale(lang)) fields.lang = "invalid";
  if (Object.keys(fields).length > 0) throw new AppError("INVALID_QUERY", "export query", { fields, details: { formats } });
  return { format: format as F, lang: isLocale(lang) ? lang : (readerLocale ?? DEFAULT_LOCALE) };
}
