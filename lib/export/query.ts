// The query string of the export routes: `format` (required, one of the route's formats) and
// `lang` (optional, one of the six languages; else the reader's, else English). Anything else in
// them is a 400 naming the field, never a guess. The schemas are the ones the OpenAPI document shows.
import { z } from "zod";
import { parseQuery, ZLang } from "../api/query";
import { DEFAULT_LOCALE, type Locale } from "../i18n/config";

export const ROUND_EXPORT_FORMATS = ["xlsx", "csv", "json", "pdf", "docx"] as const;
export const PORTFOLIO_EXPORT_FORMATS = ["xlsx", "csv"] as const;

export function exportQuerySchema<F extends string>(formats: readonly [F, ...F[]]) {
  return z.object({ format: z.enum(formats), lang: ZLang.optional() });
}

/** `GET /api/v1/rounds/<id>/export?format=&lang=`. */
export const ZRoundExportQuery = exportQuerySchema(ROUND_EXPORT_FORMATS);
/** `GET /api/v1/portfolio/export?format=&lang=` (the portfolio's filters are read by ZPortfolioFilters). */
export const ZPortfolioExportQuery = exportQuerySchema(PORTFOLIO_EXPORT_FORMATS);

export function parseExportQuery<F extends string>(
  search: URLSearchParams,
  schema: ReturnType<typeof exportQuerySchema<F>>,
  readerLocale: Locale | null,
): { format: F; lang: Locale } {
  // details.formats: what the client may ask for instead.
  const { format, lang } = parseQuery(schema, search, { formats: schema.shape.format.options });
  return { format: format as F, lang: lang ?? readerLocale ?? DEFAULT_LOCALE };
}
