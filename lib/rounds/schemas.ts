import { z } from "zod";
import { INT4_MAX } from "../validation/number";
import { plainText } from "../validation/text";
import { checkCycle, normaliseCycle } from "./cycle";

const ZTargets = z.record(z.string().regex(/^[A-Z]{2,5}$/), z.number().int().min(0, "level").max(4, "level"));

/** Opening a round: a cycle (a year or a range, see cycle.ts), a target level per pillar (default 3), and whether to carry over. */
export const ZOpenRound = z.object({
  cycle: z
    .string()
    .check(plainText())
    .max(40, "tooLong")
    .superRefine((value, ctx) => {
      const problem = checkCycle(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .transform(normaliseCycle),
  targets: ZTargets,
  /**
   * Carry over the answers of the country's previous validated round (the form's checkbox, checked
   * by default when there is such a round). Absent: no carry-over.
   */
  carryOver: z.boolean().optional(),
});
export type TOpenRound = z.infer<typeof ZOpenRound>;

// assessment_rounds.version is an integer column: bounded, so 2^31 is a 422 and not an overflow in SQL.
export const ZSubmitRound = z.object({ version: z.number().int().min(1).max(INT4_MAX) });
export type TSubmitRound = z.infer<typeof ZSubmitRound>;

/** New pillar targets of an editable round; pillars not named keep theirs. */
export const ZUpdateTargets = z.object({ targets: ZTargets });
export type TUpdateTargets = z.infer<typeof ZUpdateTargets>;

export const CANCEL_REASON_MAX = 500;

/** Cancelling a round that has answers: the focal point says why (kept with the round). */
export const ZCancelRound = z.object({
  reason: z.string().trim().min(1, "cancelReasonRequired").max(CANCEL_REASON_MAX, "tooLong").check(plainText()),
});
export type TCancelRound = z.infer<typeof ZCancelRound>;
