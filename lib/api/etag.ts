// Conditional reads of the JSON API: a strong ETag computed from the body, and 304 Not Modified when
// the client already holds it (If-None-Match). Pure functions, unit-tested in etag.test.ts; the route
// wrapper uses them (withActor's `etag` option, lib/api/handler.ts).
//
// The server still builds the whole answer to know its tag: what a 304 saves is the transfer and the
// client's parsing, not the database's work. `Cache-Control: private, no-cache` lets the reader's own
// client keep a copy but makes it ask every time (a round changes under it), and keeps any shared
// cache (a proxy, a CDN) from storing confidential country data.
import { createHash } from "node:crypto";

export const CONDITIONAL_CACHE_CONTROL = "private, no-cache";

/** A strong entity tag of the body: SHA-256, base64url, quoted. */
export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body, "utf8").digest("base64url")}"`;
}

/**
 * The entity tags of an If-None-Match header, without their W/ prefix, or "*"; [] for an unreadable
 * header (which then matches nothing, so the client gets the full answer). Tags are read quote to
 * quote, not split at commas: a comma is a legal character inside a tag (RFC 9110 §8.8.3).
 */
export function parseIfNoneMatch(header: string): string[] | "*" {
  const tags: string[] = [];
  let i = 0;
  while (i < header.length) {
    const c = header[i];
    if (c === " " || c === "\t" || c === ",") {
      i += 1;
      continue;
    }
    if (c === "*") return "*";
    if (header.startsWith("W/", i)) i += 2;
    if (header[i] !== '"') return [];
    const end = header.indexOf('"', i + 1);
    if (end === -1) return [];
    tags.push(header.slice(i, end + 1));
    i = end + 1;
  }
  return tags;
}

/**
 * Whether If-None-Match names the current representation. The weak comparison, as RFC 9110 asks for
 * this header: W/"x" matches "x", so a proxy that compressed our answer and weakened its tag still
 * gets its 304.
 */
export function ifNoneMatchMatches(header: string | null, etag: string): boolean {
  if (header === null) return false;
  const tags = parseIfNoneMatch(header);
  if (tags === "*") return true;
  const bare = etag.startsWith("W/") ? etag.slice(2) : etag;
  return tags.includes(bare);
}

/**
 * The JSON answer to a read, with its ETag: 304 with no body when the request's If-None-Match holds
 * the tag (GET and HEAD only; the precondition means nothing for other methods), 200 otherwise.
 */
export function conditionalJsonResponse(request: Request, value: unknown): Response {
  const body = JSON.stringify(value);
  const etag = etagOf(body);
  // Vary: the same address answers each reader with their own data.
  const headers = { etag, "cache-control": CONDITIONAL_CACHE_CONTROL, vary: "Authorization, Cookie" };
  const method = request.method.toUpperCase();
  if ((method === "GET" || method === "HEAD") && ifNoneMatchMatches(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: 200, headers: { ...headers, "content-type": "application/json" } });
}
