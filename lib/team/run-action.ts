import "server-only";
import { newRequestId, runWithRequestId } from "../api/request-context";
import { isAppError } from "../errors";
import { logger } from "../logger";
import type { ActionResult } from "./action-result";
export { parseInput } from "../api/parse";

/** What exactly conflicted, when an error's details say (see TeamConflictReason). */
export function reasonOf(details: unknown): string | undefined {
  if (details && typeof details === "object" && "reason" in details && typeof details.reason === "string") return details.reason;
  return undefined;
}

/** The placeholders of a field message, when an error's details give them (`messageValues`: strings only). */
export function messageValuesOf(details: unknown): Record<string, string> | undefined {
  if (!details || typeof details !== "object" || !("messageValues" in details)) return undefined;
  const values = details.messageValues;
  if (!values || typeof values !== "object") return undefined;
  const strings = Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === "string");
  return strings.length > 0 ? Object.fromEntries(strings) : undefined;
}

/**
 * Runs the body of a server action: expected errors become `{ ok: false, error }` for the client to
 * translate; anything else is logged with a reference the user can quote, and never shown. The
 * body runs with a request id of its own (lib/api/request-context.ts): audit events it writes
 * carry it, and it is the reference of an unexpected error.
 */
export async function runAction<T extends object>(name: string, body: () => Promise<T>): Promise<ActionResult<T>> {
  const requestId = newRequestId();
  return runWithRequestId(requestId, async (): Promise<ActionResult<T>> => {
    try {
      return { ok: true, ...(await body()) };
    } catch (error) {
      if (isAppError(error)) {
        const reason = reasonOf(error.details);
        const values = messageValuesOf(error.details);
        return { ok: false, error: error.code, ...(error.fields ? { fields: error.fields } : {}), ...(reason ? { reason } : {}), ...(values ? { values } : {}) };
      }
      logger.error({ err: error, requestId, action: name }, "unexpected error in server action");
      return { ok: false, error: "INTERNAL", requestId };
    }
  });
}
