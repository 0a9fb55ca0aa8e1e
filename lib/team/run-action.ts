import "server-only";
import { randomUUID } from "node:crypto";
import { isAppError } from "../errors";
import { logger } from "../logger";
import type { ActionResult } from "./action-result";
export { parseInput } from "../api/parse";

/** What exactly conflicted, when an error's details say (see TeamConflictReason). */
export function reasonOf(details: unknown): string | undefined {
  if (details && typeof details === "object" && "reason" in details && typeof details.reason === "string") return details.reason;
  return undefined;
}

/**
 * Runs the body of a server action: expected errors become `{ ok: false, error }` for the client to
 * translate; anything else is logged with a reference the user can quote, and never shown.
 */
export async function runAction<T extends object>(name: string, body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, ...(await body()) };
  } catch (error) {
    if (isAppError(error)) {
      const reason = reasonOf(error.details);
      return { ok: false, error: error.code, ...(error.fields ? { fields: error.fields } : {}), ...(reason ? { reason } : {}) };
    }
    const requestId = randomUUID();
    logger.error({ err: error, requestId, action: name }, "unexpected error in server action");
    return { ok: false, error: "INTERNAL", requestId };
  }
}
