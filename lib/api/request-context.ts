import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

// The id of the request being served, carried through every await of that request (and only that
// request: AsyncLocalStorage keeps one value per asynchronous call chain, nothing is shared between
// concurrent requests). The route handler wrapper (lib/api/handler.ts) and `runAction`
// (lib/team/run-action.ts) set it; `recordAudit` writes it into audit events and error logs quote it,
// so an audit event, a log line and the reference a user reads out can be matched.
//
// The id is always ours (a random UUID): a client's `x-request-id` is never adopted, since anything
// a client sends can be forged, reused to blur two requests together, or carry text into the logs.
//
// A request made with a personal API token also carries the token's id, set by the route handler
// wrapper once the token is verified: `recordAudit` stamps it on every audit event of the request,
// so writes done by token are told apart from writes done in a browser session.

interface RequestContext {
  requestId: string;
  apiTokenId?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function newRequestId(): string {
  return randomUUID();
}

/** Runs `body` with `requestId` as the current request's id. */
export function runWithRequestId<T>(requestId: string, body: () => T): T {
  return storage.run({ requestId }, body);
}

/** The id of the request being served, or null outside one (scripts, the seed, tests). */
export function currentRequestId(): string | null {
  return storage.getStore()?.requestId ?? null;
}

/** Marks the request being served as made with this API token (no-op outside a request). */
export function markRequestByApiToken(tokenId: string): void {
  const store = storage.getStore();
  if (store) store.apiTokenId = tokenId;
}

/** The API token the request being served was made with, or null (a browser session, or no request). */
export function currentApiTokenId(): string | null {
  return storage.getStore()?.apiTokenId ?? null;
}
