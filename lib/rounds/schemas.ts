import { z } from "zod";

/** Opening a round: a cycle label (e.g. "2026") and a target level per pillar (default 3). */
export const ZOpenRound = z.object({
  cycle: z
    .string()
    .trim()
    .min(1, "required")
    .max(20, "tooLong")
    .regex(/^[\p{L}\p{N} ._/-]+$/u, "cycle"),
  targets: z.record(z.string().regex(/^[A-Z]{2,5}$/), z.number().int().min(0, "level").max(4, "level")),
});
export type TOpenRound = z.infer<typeof ZOpenRound>;

export const ZSubmitRound = z.object({ version: z.number().int().min(1) });
export type TSubmitRound = z.infer<typeof ZSubmitRound>;
