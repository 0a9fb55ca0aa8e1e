import { enum as zEnum, literal, maxLength, null as zNull, object, optional, regex, string, trim, union, type output } from "zod/mini";
import { plainText } from "../validation/text";

// Shared by the country pages (URL query, the region form) and the server (page, route handler,
// service). Messages are catalogue keys under `countryAdmin.validation.`.

export const COUNTRY_SEARCH_MAX_LENGTH = 100;
const REGION_CODE = /^[A-Z]{2,8}$/;
/** M49 names as stored (English): letters, spaces, hyphens. Whether one exists is the query's business. */
const M49_NAME = /^[A-Za-z ,'-]{1,80}$/;

export const COUNTRY_SORTS = ["name", "-name", "iso"] as const;
export type CountrySort = (typeof COUNTRY_SORTS)[number];

/** The country list's filters, from the URL (`?q=fran&programmeRegion=EUR&sort=name`). */
export const ZCountryQuery = object({
  q: optional(string().check(trim(), maxLength(COUNTRY_SEARCH_MAX_LENGTH, { error: "tooLong" }), plainText())),
  region: optional(string().check(regex(M49_NAME, { error: "invalid" }))),
  subRegion: optional(string().check(regex(M49_NAME, { error: "invalid" }))),
  /** A programme region code, or "none" for the countries in no programme region. */
  programmeRegion: optional(union([literal("none"), string().check(regex(REGION_CODE, { error: "invalid" }))])),
  sort: optional(zEnum(COUNTRY_SORTS)),
});
export type TCountryQuery = output<typeof ZCountryQuery>;

/** Moving a country: the target programme region's code, or null for none. */
export const ZMoveCountryRegion = object({
  programmeRegion: union([zNull(), string().check(regex(REGION_CODE, { error: "invalid" }))]),
});
export type TMoveCountryRegion = output<typeof ZMoveCountryRegion>;
