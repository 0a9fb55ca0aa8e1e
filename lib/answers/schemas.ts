// The answer to one indicator, shared by the questionnaire form (react-hook-form resolver) and the
// server. Written with zod/mini: the same validation as full zod, at a fraction of its size in
// the questionnaire's JavaScript (officials on slow connections load it). Error messages are
// catalogue keys under `validation.`.
import * as z from "zod/mini";

export const JUSTIFICATION_MAX = 5000;
export const REASON_MAX = 1000;
export const ANSWER_KINDS = ["LEVEL", "NOT_APPLICABLE", "DONT_KNOW"] as const;

const level = () => z.number({ error: "level" }).check(z.int({ error: "level" }), z.minimum(0, { error: "level" }), z.maximum(4, { error: "level" }));

export const ZAnswerFields = z
  .object({
    kind: z.nullable(z.enum(ANSWER_KINDS, { error: "kind" })),
    level: z.nullable(level()),
    notApplicableReason: z.nullable(z.string().check(z.maxLength(REASON_MAX, { error: "tooLong" }))),
    justification: z.nullable(z.string().check(z.maxLength(JUSTIFICATION_MAX, { error: "justificationTooLong" }))),
    targetOverride: z.nullable(level()),
  })
  .check(
    z.superRefine((a, ctx) => {
      if (a.kind === "LEVEL" && a.level === null) ctx.addIssue({ code: "custom", path: ["level"], message: "levelRequired" });
      if (a.kind !== "LEVEL" && a.level !== null) ctx.addIssue({ code: "custom", path: ["level"], message: "levelWithoutKind" });
      if (a.kind === "NOT_APPLICABLE" && !a.notApplicableReason?.trim()) ctx.addIssue({ code: "custom", path: ["notApplicableReason"], message: "reasonRequired" });
    }),
  );
export type TAnswerFields = z.infer<typeof ZAnswerFields>;

/** A save: the fields plus the version the edit was based on (0 when nothing was saved yet). */
export const ZAnswerSave = z.object({
  version: z.number().check(z.int(), z.minimum(0)),
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
    notApplicableReason: a.kind === "NOT_APPLICABLE" ? text(a.notApplicableReason)?.trim() ?? null : null,
    justification: text(a.justification),
    targetOverride: a.targetOverride,
  };
}
