import "server-only";
import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { isAppError } from "../errors";
import { logger } from "../logger";
import type { Actor } from "../authz";
import { requireActor } from "../auth/session";

type RouteContext<P> = { params: Promise<P> };
type Handler<P, R> = (input: { actor: Actor; request: Request; params: P }) => Promise<R>;

/** Expected errors: their status and a message in the user's language. Others: logged, generic. */
async function errorResponse(error: unknown, request: Request, requestId: string): Promise<Response> {
  // Messages are loaded only when there is an error to explain.
  const t = await getTranslations("errors");
  const headers = { "cache-control": "no-store", "x-request-id": requestId };
  if (isAppError(error)) {
    return NextResponse.json(
      { error: { code: error.code, message: t(error.code), fields: error.fields, details: error.details } },
      { status: error.status, headers },
    );
  }
  logger.error({ err: error, requestId, url: request.url }, "unexpected error in route handler");
  return NextResponse.json({ error: { code: "INTERNAL", message: t("INTERNAL", { requestId }) } }, { status: 500, headers });
}

/**
 * Wraps a route handler that builds its own Response (file downloads): requires a signed-in actor,
 * and answers errors as JSON `{ error: { code, message } }` with their HTTP status; unexpected ones
 * are logged with a request id (the user sees the id, never the stack).
 */
export function withActorResponse<P>(handler: Handler<P, Response>) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    const requestId = request.headers.get("x-request-id") ?? randomUUID();
    try {
      const actor = await requireActor();
      const response = await handler({ actor, request, params: await context.params });
      response.headers.set("x-request-id", requestId);
      return response;
    } catch (error) {
      return errorResponse(error, request, requestId);
    }
  };
}

/** Wraps a JSON route handler: the handler returns a plain object, sent as private, uncached JSON. */
export function withActor<P>(handler: Handler<P, unknown>) {
  return withActorResponse<P>(async (input) => NextResponse.json(await handler(input), { headers: { "cache-control": "private, no-store" } }));
}
