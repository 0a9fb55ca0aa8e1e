// The portfolio's filters, from the page's GET form or the API's query string.
import { z } from "zod";
import { plainText } from "../validation/text";

export const PORTFOLIO_STATUSES = ["DRAFT", "SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "VALIDATED", "ARCHIVED"] as const;
const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

export const ZPortfolioFilters = z.object({
  region: z.preprocess(blankToNull, z.string().regex(/^[A-Z]{2,5}$/, "invalid").nullable().default(null)),
  status: z.preprocess(blankToNull, z.enum(PORTFOLIO_STATUSES).nullable().default(null)),
  cycle: z.preprocess(blankToNull, z.string().trim().max(20, "tooLong").check(plainText()).nullable().default(null)),
});
export type TPortfolioFilters = z.infer<typeof ZPortfolioFilters>;

/** Filters and order from URL search parameters, one value each (each schema keeps its own keys). */
export function filtersFromSearch(search: URLSearchParams | Record<string, string | string[] | undefined>): unknown {
  const get = (key: string) => {
    const value = search instanceof URLSearchParams ? search.get(key) : search[key];
    return Array.isArray(value) ? value[0] : (value ?? null);
  };
  return { region: get("region"), status: get("status"), cycle: get("cycle"), sort: get("sort"), dir: get("dir") };
}

/**
 * The heat map's order: by country name or by one pillar's score (`?sort=<PILLAR|name>&dir=asc|desc`).
 * A sort link is never an error worth a message: anything unreadable falls back to the name, ascending.
 */
export const ZPortfolioSort = z.object({
  sort: z.string().regex(/^(name|[A-Z]{2,10})$/).catch("name"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
});
export type TPortfolioSort = z.infer<typeof ZPortfolioSort>;

/**
 * The heat map shows this many countries a page: an administrator's 193 in one table cost the
 * server more to render than everything else on the page (npm run bench), and scroll for screens.
 */
export const HEAT_MAP_PAGE_SIZE = 50;

/** `?page=N` of the heat map; like a sort link, anything unreadable is the first page. */
export const ZHeatMapPage = z.coerce.number().int().min(1).max(10_000).catch(1);

/** The rows of one page, and the page actually shown (a page past the end shows the last one). */
export function heatMapPage<T>(rows: readonly T[], asked: number): { rows: T[]; page: number; pages: number; from: number } {
  const pages = Math.max(1, Math.ceil(rows.length / HEAT_MAP_PAGE_SIZE));
  const page = Math.min(Math.max(1, asked), pages);
  const from = (page - 1) * HEAT_MAP_PAGE_SIZE;
  return { rows: rows.slice(from, from + HEAT_MAP_PAGE_SIZE), page, pages, from };
}

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 5;

const ZIso2 = z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "invalid");

/**
 * The countries to compare side by side: two to five distinct ISO 3166 alpha-2 codes, as the heat
 * map's checkboxes send them (`?compare=KE&compare=UG`) or as a shared link writes them
 * (`?compare=KE,UG`). Issue messages are keys under `portfolio.compare.errors`.
 */
export const ZCompare = z
  .array(ZIso2)
  .transform((codes) => [...new Set(codes)])
  .pipe(z.array(z.string()).min(COMPARE_MIN, "tooFew").max(COMPARE_MAX, "tooMany"));
export type TCompare = z.infer<typeof ZCompare>;

/** ZCompare, and every code among `portfolio` (the countries the reader may compare); else "outside". */
export function compareWithin(portfolio: ReadonlySet<string>) {
  return ZCompare.superRefine((codes, ctx) => {
    const outside = codes.filter((c) => !portfolio.has(c));
    if (outside.length > 0) ctx.addIssue({ code: "custom", message: "outside", params: { codes: outside } });
  });
}

/**
 * The `compare` parameter(s) as a list of codes; null when absent. Present but empty (the heat map's
 * form sent with no box ticked) is an empty list, which ZCompare refuses with "tooFew".
 */
export function compareFromSearch(search: URLSearchParams | Record<string, string | string[] | undefined>): string[] | null {
  const raw = search instanceof URLSearchParams ? search.getAll("compare") : search.compare;
  if (raw === undefined || (Array.isArray(raw) && raw.length === 0)) return null;
  const values = Array.isArray(raw) ? raw : [raw];
  return values.flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== "");
}
