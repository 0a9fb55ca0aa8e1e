import "server-only";
import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { AppError, isAppError } from "../errors";
import { env } from "../env";
import { logger } from "../logger";
import type { Actor } from "../authz";
import { requireActor } from "../auth/session";
import { authenticateApiToken } from "../api-tokens/service";
import { bearerTokenOf } from "../api-tokens/format";
import { conditionalJsonResponse } from "./etag";
import { declaresBody, isClientAbort, JSON_BODY_MAX_BYTES, mediaTypeOf, readJsonBody } from "./body";
import { isSameOriginRequest, originOf } from "./origin";
import { markRequestByApiToken, newRequestId, runWithRequestId } from "./request-context";

type RouteContext<P> = { params: Promise<P> };
type Handler<P, R> = (input: { actor: Actor; request: Request; params: P; body: unknown }) => Promise<R>;

/**
 * How a route takes its body. Mutating methods (POST, PUT, PATCH, DELETE) default to `json` when
 * they may carry one (POST, PUT, PATCH) and to `none` otherwise (DELETE):
 * - `json`: the body must be `application/json` (else 415), at most `maxBodyBytes` (else 413, checked
 *   before parsing, on the declared length and on what arrives), and valid JSON (else 422). The
 *   handler receives it parsed as `body`.
 * - `none`: no body is read; one that is sent must still be `application/json` (else 415).
 * - `raw`: the handler reads the body itself (the multipart evidence upload, which bounds it).
 * Every mutating request signed in by its session cookie must come from our own origin
 * (lib/api/origin.ts; else 403 CROSS_ORIGIN), whatever its body. A request with a personal API token
 * (`Authorization: Bearer cc_…`) is exempt: a browser never adds that header by itself, so another
 * site cannot make a visitor's browser send it (the cookie is what cross-site forgery rides on).
 */
export interface RouteOptions {
  body?: "json" | "none" | "raw";
  /** Limit of a `json` body, in bytes (default JSON_BODY_MAX_BYTES). */
  maxBodyBytes?: number;
  /**
   * Who may call: `session-or-token` (default) a signed-in session or a personal API token;
   * `session` a signed-in session only (managing tokens: a token cannot make or revoke tokens, so a
   * leaked one cannot outlive its revocation), a token there is refused with 403 SESSION_REQUIRED.
   */
  auth?: "session" | "session-or-token";
}

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const BODYLESS_BY_DEFAULT = new Set(["GET", "HEAD", "OPTIONS", "DELETE"]);

/** Expected errors: their status and a message in the user's language. Others: logged, generic. */
async function errorResponse(error: unknown, request: Request, requestId: string): Promise<Response> {
  // Messages are loaded only when there is an error to explain.
  const t = await getTranslations("errors");
  const headers: Record<string, string> = { "cache-control": "no-store", "x-request-id": requestId };
  if (isAppError(error)) {
    const retryAfter = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    if (error.code === "RATE_LIMITED" && typeof retryAfter === "number") headers["retry-after"] = String(retryAfter);
    if (error.code === "TOKEN_INVALID") headers["www-authenticate"] = 'Bearer error="invalid_token"';
    return NextResponse.json(
      { error: { code: error.code, message: t(error.code), fields: error.fields, details: error.details } },
      { status: error.status, headers },
    );
  }
  const path = new URL(request.url).pathname;
  // The client went away mid-request (a dropped connection, a closed tab): nobody reads this answer,
  // and a save it never saw acknowledged is one it will send again. Not a defect: not an error.
  if (request.signal.aborted || isClientAbort(error)) {
    logger.info({ requestId, method: request.method, path }, "client closed the request");
    return new Response(null, { status: 499, headers });
  }
  // The URL without its query: a query string is the client's text, and has no place in our logs.
  logger.error({ err: error, requestId, method: request.method, path }, "unexpected error in route handler");
  return NextResponse.json({ error: { code: "INTERNAL", message: t("INTERNAL", { requestId }) } }, { status: 500, headers });
}

/** The checks a request passes before anything else runs; returns how to read its body once the actor is known. */
async function guardRequest(request: Request, options: RouteOptions, isCookieSession: boolean): Promise<{ readBody: () => Promise<unknown> }> {
  const method = request.method.toUpperCase();
  const mode = options.body ?? (BODYLESS_BY_DEFAULT.has(method) ? "none" : "json");
  if (isCookieSession && MUTATING.has(method) && !isSameOriginRequest(request.headers, originOf(env().NEXTAUTH_URL))) {
    throw new AppError("CROSS_ORIGIN", "cross-origin request");
  }
  const isJson = mediaTypeOf(request) === "application/json";
  if (mode === "json") {
    if (!isJson) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "body must be application/json");
    return { readBody: () => readJsonBody(request, options.maxBodyBytes ?? JSON_BODY_MAX_BYTES) };
  }
  if (mode === "none" && MUTATING.has(method) && declaresBody(request) && !isJson) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "body must be application/json");
  }
  return { readBody: async () => undefined };
}

/**
 * The actor of a request: its personal API token when it has `Authorization: Bearer`, else its
 * session cookie. A request with a bearer header never falls back to the cookie, even when its
 * token is refused. The token path is resolved here once, so every /api/v1 route accepts tokens;
 * pages and server actions read the session only (lib/auth/session.ts).
 */
async function authenticate(request: Request, bearer: string | null, options: RouteOptions): Promise<Actor> {
  if (bearer === null) return requireActor();
  if (options.auth === "session") throw new AppError("SESSION_REQUIRED", "api tokens cannot manage tokens");
  const { actor, tokenId } = await authenticateApiToken(bearer, request.method);
  markRequestByApiToken(tokenId);
  return actor;
}

/**
 * Wraps a route handler that builds its own Response (file downloads): gives the request its own id
 * (carried to audit events and logs, lib/api/request-context.ts), refuses cross-origin and non-JSON
 * mutating requests (see RouteOptions), requires a signed-in actor or a valid API token, reads the JSON body within its
 * limit, and answers errors as JSON `{ error: { code, message } }` with their HTTP status;
 * unexpected ones are logged with the request id (the user sees the id, never the stack).
 */
export function withActorResponse<P>(handler: Handler<P, Response>, options: RouteOptions = {}) {
  return (request: Request, context: RouteContext<P>): Promise<Response> => {
    const requestId = newRequestId();
    return runWithRequestId(requestId, async () => {
      try {
        const bearer = bearerTokenOf(request.headers);
        const { readBody } = await guardRequest(request, options, bearer === null);
        const actor = await authenticate(request, bearer, options);
        const body = await readBody();
        const response = await handler({ actor, request, params: await context.params, body });
        response.headers.set("x-request-id", requestId);
        return response;
      } catch (error) {
        return errorResponse(error, request, requestId);
      }
    });
  };
}

export interface JsonRouteOptions extends RouteOptions {
  /**
   * A read answered conditionally (lib/api/etag.ts): a strong ETag of the body,
   * `Cache-Control: private, no-cache` (the reader's own client may keep it and must revalidate; no
   * shared cache stores it), and 304 with no body when If-None-Match already holds the tag.
   * Without it the answer is `private, no-store`.
   */
  etag?: boolean;
}

/** Wraps a JSON route handler: the handler returns a plain object, sent as private JSON (see JsonRouteOptions). */
export function withActor<P>(handler: Handler<P, unknown>, options: JsonRouteOptions = {}) {
  return withActorResponse<P>(async (input) => {
    const value = await handler(input);
    if (options.etag) return conditionalJsonResponse(input.request, value);
    return NextResponse.json(value, { headers: { "cache-control": "private, no-store" } });
  }, options);
}
