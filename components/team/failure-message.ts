import type { ActionResult } from "@/lib/team/action-result";

export type ActionFailure = Extract<ActionResult, { ok: false }>;

/** The part of a next-intl translator these helpers use (messages are not typed in this project). */
export interface Translate {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

/**
 * The sentence for a failed action, from the namespace's `errors`: the precise reason when there is
 * one, else the error code, else a generic message. An unexpected error shows its reference only.
 */
export function failureMessage(t: Translate, failure: ActionFailure): string {
  if (failure.reason && t.has(`errors.reasons.${failure.reason}`)) return t(`errors.reasons.${failure.reason}`);
  if (failure.error === "INTERNAL") return t("errors.INTERNAL", { requestId: failure.requestId ?? "-" });
  if (t.has(`errors.${failure.error}`)) return t(`errors.${failure.error}`);
  return t("errors.other");
}
