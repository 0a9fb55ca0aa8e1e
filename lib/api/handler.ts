import "server-only";
import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { isAppError } from "../errors";
import { logger } from "../logger";
import type { Actor } from "../authz";
import { requireActor } from "../auth/session";

type RouteContext<P> = { params: Promise<P> };

/**
 * Wraps a JSON route handler: requires a signed-in actor, turns expected errors into
 * `{ error: { code, message } }` with their HTTP status and the message in the user's language,
 * and logs unexpected ones with a request id (the user sees the id, never the stack).
 */
export function withActor<P>(handler: (input: { actor: Actor; request: Request; params: P }) => Promise<unknown>) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    const requestId = request.headers.get("x-request-id") ?? randomUUID();
    const t = await getTranslations("errors");
    try {
      const actor = await requireActor();
      const body = await handler({ actor, request, params: await context.params });
      return NextResponse.json(body, { headers: { "cache-control": "private, no-store", "x-request-id": requestId } });
    } catch (error) {
      if (isAppError(error)) {
        return NextResponse.json(
          { error: { code: error.code, message: t(error.code), fields: error.fields, details: error.details } },
          { status: error.status, headers: { "cache-control": "no-store", "x-request-id": requestId } },
        );
      }
      logger.error({ err: error, requestId, url: request.url }, "unexpected error in route handler");
      return NextResponse.json(
        { error: { code: "INTERNAL", message: t("INTERNAL", { requestId }) } },
        { status: 500, headers: { "cache-control": "no-store", "x-request-id": requestId } },
      );
    }
  };
}

/**
 * Like `withActor`, for handlers that build their own Response (file downloads): the handler's
 * response is returned as is, with the request id added; errors are answered exactly as `withActor`
 * answers them, in JSON.
 */
export function withActorResponse<P>(handler: (input: { actor: Actor; request: Request; params: P }) => Promise<Response>) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    const requestId = request.headers.get("x-request-id") ?? randomUUID();
    try {
      const actor = await requireActor();
      const response = await handler({ actor, request, params: await context.params });
      response.headers.set("x-request-id", requestId);
      return response;
    } catch (error) {
      const t = await getTranslations("errors");
      if (isAppError(error)) {
        return NextResponse.json(
          { error: { code: error.code, message: t(error.code), fields: error.fields, details: error.details } },
          { status: error.status, headers: { "cache-control": "no-store", "x-request-id": requestId } },
        );
      }
      logger.error({ err: error, requestId, url: request.url }, "unexpected error in route handler");
      return NextResponse.json(
        { error: { code: "INTERNAL", message: t("INTERNAL", { requestId }) } },
        { status: 500, headers: { "cache-control": "no-store", "x-request-id": requestId } },
      );
    }
  };
}
