// The portfolio's filters, from the page's GET form or the API's query string.
import { z } from "zod";
import { plainText } from "../validation/text";

const STATUSES = ["DRAFT", "SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "VALIDATED", "ARCHIVED"] as const;
const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

export const ZPortfolioFilters = z.object({
  region: z.preprocess(blankToNull, z.string().regex(/^[A-Z]{2,5}$/, "invalid").nullable().default(null)),
  status: z.preprocess(blankToNull, z.enum(STATUSES).nullable().default(null)),
  cycle: z.preprocess(blankToNull, z.string().trim().max(20, "tooLong").check(plainText()).nullable().default(null)),
});
export type TPortfolioFilters = z.infer<typeof ZPortfolioFilters>;

/** Filters from URL search parameters (unknown parameters are ignored). */
export function filtersFromSearch(search: URLSearchParams | Record<string, string | string[] | undefined>): unknown {
  const get = (key: string) => {
    const value = search instanceof URLSearchParams ? search.get(key) : search[key];
    return Array.isArray(value) ? value[0] : (value ?? null);
  };
  return { region: get("region"), status: get("status"), cycle: get("cycle") };
}
