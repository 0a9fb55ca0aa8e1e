// What the questionnaire's autosave makes of the server's answer to one save, as a pure function so
// that every case is tested without a browser. The rule: the person is told "saved" only when the
// server holds exactly what they sent; everything else keeps the text on the device.
import type { TAnswerFields } from "./schemas";

/** The saved answer, as the save route returns it. */
export interface ServerAnswer extends TAnswerFields {
  version: number;
  updatedAt: string;
  updatedBy: string | null;
}

/** The body could not be read as JSON (cut off by a dropped connection, or a proxy's HTML page). */
export const UNREADABLE = Symbol("unreadable body");

export type SaveOutcome =
  /** The server holds what was sent, at this version. */
  | { kind: "saved"; answer: ServerAnswer }
  /** Not known to be saved, and worth sending again: no answer, a server error, throttling, a body cut off. */
  | { kind: "retry" }
  /**
   * The saved answer is one of ours whose reply was lost (sent earlier, outcome unknown), not
   * someone else's: send the newer answer again on this version, with nothing to choose.
   */
  | { kind: "rebase"; version: number }
  /** Someone else saved another answer first: the person chooses. */
  | { kind: "conflict"; current: ServerAnswer | null }
  /** The server refused the content: its reasons, per field (message keys under `validation.`). */
  | { kind: "invalid"; fields: Record<string, string> }
  /** Refused for good (round submitted, access removed, signed out): kept on the device, with the reason. */
  | { kind: "refused"; message: string | null };

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; fields?: unknown; details?: { current?: unknown } };
}

function isServerAnswer(value: unknown): value is ServerAnswer {
  if (!value || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return typeof v.version === "number" && Number.isInteger(v.version) && v.version >= 0 && "kind" in v;
}

/** Whether the server's answer has the same content as the one sent (the fields a person edits). */
export function sameAnswer(a: TAnswerFields, b: TAnswerFields): boolean {
  return (
    (a.kind ?? null) === (b.kind ?? null) &&
    (a.level ?? null) === (b.level ?? null) &&
    (a.notApplicableReason ?? null) === (b.notApplicableReason ?? null) &&
    (a.justification ?? null) === (b.justification ?? null) &&
    (a.targetOverride ?? null) === (b.targetOverride ?? null)
  );
}

function stringFields(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object") return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

/**
 * Decides what a save's response means. `body` is the parsed JSON body, or UNREADABLE. `sent` is the
 * answer that was sent (already normalised, as the server stores it); `unconfirmed`, the answers
 * sent earlier whose outcome is unknown (their reply was lost): the server may hold one of them.
 */
export function decideSaveOutcome(status: number, body: unknown, sent: TAnswerFields, unconfirmed: readonly TAnswerFields[] = []): SaveOutcome {
  if (status >= 200 && status < 300) {
    // A 200 whose body is cut off or not ours proves nothing: the save may or may not have happened.
    // Sending again is safe: if it did happen, the resend meets a conflict with our own text (below).
    const answer = body !== UNREADABLE && body && typeof body === "object" ? (body as { answer?: unknown }).answer : undefined;
    return isServerAnswer(answer) ? { kind: "saved", answer } : { kind: "retry" };
  }
  const error = body !== UNREADABLE && body && typeof body === "object" ? (body as ErrorBody).error : undefined;
  const code = typeof error?.code === "string" ? error.code : undefined;
  if (status === 409 && code === "VERSION_CONFLICT") {
    const current = isServerAnswer(error?.details?.current) ? error.details.current : null;
    // The saved answer is ours (a save whose reply was lost, then sent again): nothing to choose.
    if (current && sameAnswer(current, sent)) return { kind: "saved", answer: current };
    if (current && unconfirmed.some((earlier) => sameAnswer(current, earlier))) return { kind: "rebase", version: current.version };
    return { kind: "conflict", current };
  }
  // Without one of our error codes the answer came from something between us and the server (a
  // proxy's 502 page, a captive portal): try again.
  if (status >= 500 || status === 429 || !code) return { kind: "retry" };
  if (code === "INVALID_INPUT") {
    const fields = stringFields(error?.fields);
    return { kind: "invalid", fields: Object.keys(fields).length > 0 ? fields : { form: "invalid" } };
  }
  return { kind: "refused", message: typeof error?.message === "string" ? error.message : null };
}
