// Which error codes an operation can answer: those its entry lists, plus those its auth and its body
// imply through the route wrapper (lib/api/handler.ts). Grouped by HTTP status for the document.
import { ERROR_CODES, type ErrorCode } from "../../errors";
import type { ApiOperation } from "./types";

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** What the wrapper adds to a route, whatever the route does. */
export function impliedErrorCodes(op: ApiOperation): ErrorCode[] {
  if (op.auth === "public") return [];
  const codes: ErrorCode[] = ["UNAUTHENTICATED"];
  if (op.auth === "session") codes.push("SESSION_REQUIRED");
  else codes.push("TOKEN_INVALID", "RATE_LIMITED");
  if (op.auth === "token-read-write") codes.push("TOKEN_SCOPE");
  if (MUTATING.has(op.method)) {
    // A cookie-session write from another site; a declared non-JSON body where none is read.
    codes.push("CROSS_ORIGIN");
    if (op.body === undefined) codes.push("UNSUPPORTED_MEDIA_TYPE");
  }
  if (op.body?.kind === "json") codes.push("UNSUPPORTED_MEDIA_TYPE", "PAYLOAD_TOO_LARGE", "INVALID_INPUT");
  return codes;
}

/** Every code the operation can answer, by status, in a stable order. */
export function errorCodesByStatus(op: ApiOperation): Map<number, ErrorCode[]> {
  const all = [...new Set([...impliedErrorCodes(op), ...op.errors])];
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of all.sort((a, b) => ERROR_CODES[a] - ERROR_CODES[b] || a.localeCompare(b))) {
    const status = ERROR_CODES[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return byStatus;
}

/** What each code means, for the document's response descriptions (English, like the summaries). */
export const ERROR_MEANINGS: Partial<Record<ErrorCode, string>> = {
  INVALID_QUERY: "a query parameter the route cannot read (`fields` names it)",
  UNAUTHENTICATED: "no session and no token",
  TOKEN_INVALID: "the token is malformed, unknown, revoked or expired, or its owner is disabled",
  FORBIDDEN: "the caller may not do this (another country's round, not an administrator…)",
  PILLAR_NOT_ASSIGNED: "a respondent writing to a pillar not theirs",
  CROSS_ORIGIN: "a cookie-session write from another site",
  TOKEN_SCOPE: "a read-only token on a write",
  SESSION_REQUIRED: "a token on a route that needs a signed-in session",
  NOT_FOUND: "an unknown id, or one the caller cannot see",
  CONFLICT: "the record is not in a state that allows this",
  VERSION_CONFLICT: "based on an older version (`details.current` is the saved record)",
  ROUND_NOT_EDITABLE: "the round is submitted, in review, validated or archived",
  PAYLOAD_TOO_LARGE: "the body is over the route's limit",
  FILE_TOO_LARGE: "the uploaded file is over 10 MB",
  UNSUPPORTED_MEDIA_TYPE: "the body's media type is not one the route reads",
  FILE_TYPE_NOT_ALLOWED: "the uploaded file's type is not allowed",
  INVALID_INPUT: "the body is not valid JSON or fails the schema (`fields` maps each wrong field to a message key)",
  ROUND_INCOMPLETE: "indicators still unanswered (`details` lists them)",
  WORKBOOK_INVALID: "the workbook is refused as a whole (`details.reason`)",
  RATE_LIMITED: "the token's requests for this minute are used up (`Retry-After` says when to retry)",
  REPORT_BUSY: "every report renderer stayed busy: try again shortly",
};
