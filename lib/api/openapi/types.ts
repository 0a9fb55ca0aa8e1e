// The shape of one entry of the API registry (registry.ts): what the OpenAPI document
// (document.ts) and the reference page (/api-docs) are built from. Schemas are the zod schemas the
// routes parse their input with (full zod or zod/mini: both are z.core.$ZodType).
import type { z } from "zod";
import type { ErrorCode } from "../../errors";

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/**
 * Who may call an operation:
 * - `public`: anyone, no sign-in (this document itself);
 * - `session`: a signed-in browser session only (managing tokens: a token gets 403 SESSION_REQUIRED);
 * - `token-read`: a session, or a personal API token of either scope (reads);
 * - `token-read-write`: a session, or a read-write token (a read-only one gets 403 TOKEN_SCOPE).
 */
export type ApiAuth = "public" | "session" | "token-read" | "token-read-write";

export const API_TAGS = ["rounds", "answers", "evidence", "review", "countries", "frameworks", "portfolio", "notifications", "tokens", "admin"] as const;
export type ApiTag = (typeof API_TAGS)[number];

export type Schema = z.core.$ZodType;

/** A schema with the name it has under `components.schemas` (and on the reference page). */
export interface NamedSchema {
  name: string;
  schema: Schema;
}

/**
 * How the body is sent. `json` bodies go through the route wrapper's checks (application/json, a
 * size limit, valid JSON: 415, 413, 422) and are parsed by `schema`. `other` bodies are read by the
 * route itself (a multipart upload, a workbook's bytes): their media types and their own errors are
 * listed by the entry.
 */
export type ApiBody =
  | { kind: "json"; schema: NamedSchema; maxBytes: number }
  | { kind: "other"; description: string; content: Record<string, { schema?: NamedSchema; binary?: boolean; form?: Record<string, { type: "string"; binary?: boolean; maxLength?: number; required?: boolean }> }> };

export interface ApiResponse {
  status: 200 | 201 | 204;
  description: string;
  /** JSON answers: the schema (it may be loose where the route returns a large service type). */
  schema?: NamedSchema;
  /** Downloads: their media types; the body is the file's bytes. */
  files?: readonly string[];
}

export interface ApiOperation {
  method: HttpMethod;
  /** The path with `{param}` placeholders, e.g. `/api/v1/rounds/{roundId}`. */
  path: string;
  operationId: string;
  tag: ApiTag;
  /** One line, English (the reference page says so in the reader's language). */
  summary: string;
  description?: string;
  auth: ApiAuth;
  /** Path parameters: an object schema whose keys are the `{param}` names. */
  params?: z.ZodObject;
  /** Query parameters: an object schema, one key per parameter. */
  query?: { shape: Record<string, Schema> } & Schema;
  body?: ApiBody;
  response: ApiResponse;
  /**
   * The error codes the route itself can answer, beyond those its auth and body imply (401, 429,
   * 403 CROSS_ORIGIN/TOKEN_SCOPE/SESSION_REQUIRED, 413/415/422 of a JSON body: see errors.ts).
   */
  errors: readonly ErrorCode[];
}
