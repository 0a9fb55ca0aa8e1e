// The text of a personal API token, and how it is recognised and stored. Pure functions (no
// database): unit-tested in format.test.ts.
//
//   cc_<8 hex characters>_<43 base64url characters>
//   └─ visible prefix ──┘ └─ secret: 32 random bytes ─┘
//
// "cc_" makes a leaked token recognisable (secret scanners, a person reading a log). The 8 hex
// characters are shown in the token list so that its owner can tell which token is which; they are
// not secret and not an identifier (two tokens may share them). The secret carries 256 bits of
// randomness, so nobody guesses it and SHA-256 of the whole token is a safe way to store it: a slow
// password hash (argon2) protects low-entropy secrets people choose, and would only make every API
// request slower here. A stolen database therefore yields no usable token.
import { createHash, randomBytes } from "node:crypto";

export const API_TOKEN_PREFIX = "cc_";
const SECRET_BYTES = 32;
const TOKEN_PATTERN = /^cc_([0-9a-f]{8})_([A-Za-z0-9_-]{43})$/;

export interface NewApiToken {
  /** The whole token: shown once to its owner, never stored. */
  token: string;
  /** What the list shows: "cc_" and the 8 hex characters. */
  prefix: string;
  /** SHA-256 of the whole token, hex: what is stored and looked up. */
  secretHash: string;
}

export function generateApiToken(): NewApiToken {
  const prefix = `${API_TOKEN_PREFIX}${randomBytes(4).toString("hex")}`;
  const token = `${prefix}_${randomBytes(SECRET_BYTES).toString("base64url")}`;
  return { token, prefix, secretHash: hashApiToken(token) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Whether the text has the shape of one of our tokens (checked before any database look-up). */
export function isWellFormedApiToken(text: string): boolean {
  return TOKEN_PATTERN.test(text);
}

/**
 * The token of an `Authorization: Bearer <token>` header: null when the request has no bearer
 * credentials (it then authenticates with its session cookie, if any), else the text after the
 * scheme, trimmed (possibly empty or malformed: the caller refuses it, never falls back to a cookie).
 */
export function bearerTokenOf(headers: Headers): string | null {
  const value = headers.get("authorization");
  if (value === null) return null;
  const match = /^\s*bearer(?:\s+(.*))?$/i.exec(value);
  if (!match) return null;
  return (match[1] ?? "").trim();
}
