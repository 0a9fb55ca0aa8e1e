import type { ErrorCode } from "../errors";

// What a server action of the team and invitation pages returns to its client component: never a
// thrown error (its message would not be translated) and never a database row.
export type ActionResult<T extends object = object> =
  | ({ ok: true } & T)
  | {
      ok: false;
      error: ErrorCode;
      /** Message keys per form field (INVALID_INPUT, or CONFLICT on the email of an invitation). */
      fields?: Record<string, string>;
      /** What exactly conflicted, for a precise message (see TeamConflictReason). */
      reason?: string;
      /** Values for the field messages' placeholders (the unknown indicator codes of a service). */
      values?: Record<string, string>;
      /** The reference logged with an unexpected error, for the user to quote. */
      requestId?: string;
    };
