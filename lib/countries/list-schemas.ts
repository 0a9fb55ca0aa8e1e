// The query of GET /api/v1/countries: paging (by ISO code) and a programme region, shared by the
// route and the OpenAPI document.
import { z } from "zod";
import { ZPageCursor, ZPageLimit } from "../api/pagination";

export const ZCountryListQuery = z.strictObject({
  /** A programme region, by code: its countries only. */
  region: z.string().trim().toUpperCase().regex(/^[A-Z]{2,8}$/, "invalid").optional(),
  limit: ZPageLimit,
  cursor: ZPageCursor.optional(),
});
export type TCountryListQuery = z.infer<typeof ZCountryListQuery>;
