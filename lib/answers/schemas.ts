import { z } from "zod";

// The answer to one indicator, shared by the questionnaire form (react-hook-form resolver) and the
// server. Error messages are catalogue keys under `validation.`.

export const JUSTIFICATION_MAX = 5000;
export const REASON_MAX = 1000;
export const ANSWER_KINDS = ["LEVEL", "NOT_APPLICABLE", "DONT_KNOW"] as const;

const level = z.number().int("level").min(0, "level").max(4, "level");

export const ZAnswerFields = z
  .object({
    kind: z.enum(ANSWER_KINDS, { message: "kind" }).nullable(),
    level: level.nullable(),
    notApplicableReason: z.string().trim().max(REASON_MAX, "tooLong").nullable(),
    justification: z.string().max(JUSTIFICATION_MAX, "justificationTooLong").nullable(),
    targetOverride: level.nullable(),
  })
  .superRefine((a, ctx) => {
    if (a.kind === "LEVEL" && a.level === null) ctx.addIssue({ code: "custom", path: ["level"], message: "levelRequired" });
    if (a.kind !== "LEVEL" && a.level !== null) ctx.addIssue({ code: "custom", path: ["level"], message: "levelWithoutKind" });
    if (a.kind === "NOT_APPLICABLE" && !a.notApplicableReason) ctx.addIssue({ code: "custom", path: ["notApplicableReason"], message: "reasonRequired" });
  });
export type TAnswerFields = z.infer<typeof ZAnswerFields>;

/** A save: the fields plus the version the edit was based on (0 when nothing was saved yet). */
export const ZAnswerSave = z.object({
  version: z.number().int().min(0),
  answer: ZAnswerFields,
});
export type TAnswerSave = z.infer<typeof ZAnswerSave>;

export const EMPTY_ANSWER: TAnswerFields = { kind: null, level: null, notApplicableReason: null, justification: null, targetOverride: null };

/** Normalises what the form holds before sending: empty strings become null, reasons only with N/A. */
export function normaliseAnswer(a: TAnswerFields): TAnswerFields {
  const text = (v: string | null) => (v && v.trim().length > 0 ? v : null);
  return {
    kind: a.kind,
    level: a.kind === "LEVEL" ? a.level : null,
    notApplicableReason: a.kind === "NOT_APPLICABLE" ? text(a.notApplicableReason) : null,
    justification: text(a.justification),
    targetOverride: a.targetOverride,
  };
}
