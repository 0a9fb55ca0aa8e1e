import { z } from "zod";
import { INT4_MAX } from "../validation/number";
import { plainText } from "../validation/text";

/** Opening a round: a cycle label (e.g. "2026") and a target level per pillar (default 3). */
export const ZOpenRound = z.object({
  cycle: z
    .string()
    .check(plainText())
    .trim()
    .min(1, "required")
    .max(20, "tooLong")
    .regex(/^[\p{L}\p{N} ._/-]+$/u, "cycle"),
  targets: z.record(z.string().regex(/^[A-Z]{2,5}$/), z.number().int().min(0, "level").max(4, "level")),
});
export type TOpenRound = z.infer<typeof ZOpenRound>;

// assessment_rounds.version is an integer column: bounded, so 2^31 is a 422 and not an overflow in SQL.
export const ZSubmitRound = z.object({ version: z.number().int().min(1).max(INT4_MAX) });
export type TSubmitRound = z.infer<typeof ZSubmitRound>;
