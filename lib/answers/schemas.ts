// The answer to one indicator, shared by the questionnaire form (react-hook-form resolver) and the
// server. Written with zod/mini: the same validation as full zod, at a fraction of its size in
// the questionnaire's JavaScript (officials on slow connections load it). Error messages are
// catalogue keys under `validation.`.
// Named imports, not `import * as z`: the bundler then keeps only the validators used here.
import { enum as zEnum, int, maximum, maxLength, minimum, nullable, number, object, string, superRefine, type output as Infer } from "zod/mini";

import { INT4_MAX } from "../validation/number";
import { plainText } from "../validation/text";
import { ANSWER_KINDS, JUSTIFICATION_MAX, REASON_MAX } from "./answer";

export { ANSWER_BODY_MAX_BYTES, ANSWER_KINDS, EMPTY_ANSWER, JUSTIFICATION_MAX, normaliseAnswer, REASON_MAX } from "./answer";

const level = () => number({ error: "level" }).check(int({ error: "level" }), minimum(0, { error: "level" }), maximum(4, { error: "level" }));

export const ZAnswerFields = object({
  kind: nullable(zEnum(ANSWER_KINDS, { error: "kind" })),
  level: nullable(level()),
  // plainText first: the field shows one message, and a control character is the one to fix.
  notApplicableReason: nullable(string().check(plainText(), maxLength(REASON_MAX, { error: "tooLong" }))),
  justification: nullable(string().check(plainText(), maxLength(JUSTIFICATION_MAX, { error: "justificationTooLong" }))),
  targetOverride: nullable(level()),
}).check(
  superRefine((a, ctx) => {
    if (a.kind === "LEVEL" && a.level === null) ctx.addIssue({ code: "custom", path: ["level"], message: "levelRequired" });
    if (a.kind !== "LEVEL" && a.level !== null) ctx.addIssue({ code: "custom", path: ["level"], message: "levelWithoutKind" });
    if (a.kind === "NOT_APPLICABLE" && !a.notApplicableReason?.trim()) ctx.addIssue({ code: "custom", path: ["notApplicableReason"], message: "reasonRequired" });
  }),
);
export type TAnswerFields = Infer<typeof ZAnswerFields>;

/** A save: the fields plus the version the edit was based on (0 when nothing was saved yet). */
export const ZAnswerSave = object({
  // answers.version is an integer column: bounded, so 2^31 is a 422 and not an overflow in SQL.
  version: number({ error: "invalid" }).check(int({ error: "invalid" }), minimum(0, { error: "invalid" }), maximum(INT4_MAX, { error: "invalid" })),
  answer: ZAnswerFields,
});
export type TAnswerSave = Infer<typeof ZAnswerSave>;

/** Confirming a carried-over answer as it stands: the version it was read at (a stale one is a conflict). */
export const ZConfirmAnswer = object({
  version: number({ error: "invalid" }).check(int({ error: "invalid" }), minimum(1, { error: "invalid" }), maximum(INT4_MAX, { error: "invalid" })),
});
export type TConfirmAnswer = Infer<typeof ZConfirmAnswer>;
