// Plain values and helpers about answers, without the validation library: the questionnaire
// imports these at once and loads the zod schema (./schemas) only when someone starts editing.
import type { TAnswerFields } from "./schemas";

export const JUSTIFICATION_MAX = 5000;
export const REASON_MAX = 1000;
/**
 * The largest body an answer save may have. The longest valid answer (5,000 characters of
 * justification and 1,000 of reason, each escaped by JSON at up to 6 bytes) stays under it; anything
 * larger is refused before it is parsed.
 */
export const ANSWER_BODY_MAX_BYTES = 64 * 1024;
export const ANSWER_KINDS = ["LEVEL", "NOT_APPLICABLE", "DONT_KNOW"] as const;

export const EMPTY_ANSWER: TAnswerFields = { kind: null, level: null, notApplicableReason: null, justification: null, targetOverride: null };

/** Normalises what the form holds before sending: empty strings become null, reasons only with N/A. */
export function normaliseAnswer(a: TAnswerFields): TAnswerFields {
  const text = (v: string | null) => (v && v.trim().length > 0 ? v : null);
  return {
    kind: a.kind,
    level: a.kind === "LEVEL" ? a.level : null,
    notApplicableReason: a.kind === "NOT_APPLICABLE" ? (text(a.notApplicableReason)?.trim() ?? null) : null,
    justification: text(a.justification),
    targetOverride: a.targetOverride,
  };
}
