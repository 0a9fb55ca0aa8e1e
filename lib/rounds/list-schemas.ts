// The query of GET /api/v1/rounds: filters and paging, shared by the route and the OpenAPI document.
import { z } from "zod";
import { RoundStatus } from "../generated/prisma/enums";
import { ZPageCursor, ZPageLimit } from "../api/pagination";
import { plainText } from "../validation/text";

export const ZRoundListQuery = z.strictObject({
  /** A country, by ISO 3166-1 alpha-2 code (either case). */
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "invalid").optional(),
  status: z.enum(RoundStatus, "invalid").optional(),
  /** The cycle as stored ("2026", "2026-2027"); rounds made before the cycle rule keep their labels, so any short text. */
  cycle: z.string().trim().min(1, "invalid").max(40, "tooLong").check(plainText()).optional(),
  /** A programme region, by code: its countries' rounds. */
  region: z.string().trim().toUpperCase().regex(/^[A-Z]{2,8}$/, "invalid").optional(),
  /** Rounds changed at or after this instant (the round itself or one of its answers): ISO 8601 with a time zone. */
  updatedSince: z.iso.datetime({ offset: true, error: "invalid" }).optional(),
  limit: ZPageLimit,
  cursor: ZPageCursor.optional(),
});
export type TRoundListQuery = z.infer<typeof ZRoundListQuery>;
