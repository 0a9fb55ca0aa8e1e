// Query strings of the GET routes, read with zod schemas (which the OpenAPI document reuses,
// lib/api/openapi). A query that a route cannot read is a 400 INVALID_QUERY naming each wrong field,
// never a guess. Parameters are single-valued: the first value counts, as URLSearchParams.get gives.
import { z } from "zod";
import { AppError } from "../errors";
import { LOCALES } from "../i18n/config";

/** One of the six languages, as `?lang=xx`. */
export const ZLang = z.enum(LOCALES);

/** `?lang=xx` of the workbook download (and, leniently, the dashboard: see its route). */
export const ZLangQuery = z.object({ lang: ZLang.optional() });

type QuerySchema<T> = z.ZodType<T> & { shape: Record<string, z.ZodType> };

/** The schema's keys read from the query string: absent ones are undefined. */
export function queryValues(search: URLSearchParams, schema: { shape: Record<string, unknown> }): Record<string, string | undefined> {
  return Object.fromEntries(Object.keys(schema.shape).map((key) => [key, search.get(key) ?? undefined]));
}

/** Parses the query with its schema; a failure is INVALID_QUERY with `fields.<name> = "invalid"`. */
export function parseQuery<T>(schema: QuerySchema<T>, search: URLSearchParams, details?: unknown): T {
  const result = schema.safeParse(queryValues(search, schema));
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) fields[String(issue.path[0] ?? "query")] = "invalid";
  throw new AppError("INVALID_QUERY", "query", { fields, details });
}
