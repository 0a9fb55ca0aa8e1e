// A print grant: how the report renderer's browser opens the print page as the reader, whoever the
// reader is signed in as: a session cookie, or a personal API token (which a browser cannot carry).
// The export route has already authorized the reader for the round; it then signs a grant naming
// the reader and that one round, valid for two minutes, and the renderer sends it as a header of
// the print page's requests. The print page checks the signature, the round and the expiry, loads
// the reader afresh (a disabled account gets nothing) and authorizes them like the dashboard.
//
// The grant never reaches a client: it exists in the server's memory and on the loopback request
// between the renderer and the instance. HMAC-SHA256 with a key derived from NEXTAUTH_SECRET, which
// every instance shares: a grant signed by one instance opens the page on any other.
//
// This module signs and checks; ./print-access.ts uses it in the renderer and the print page.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

export const PRINT_GRANT_TTL_SECONDS = 120;
const VERSION = "pg1";

function signingKey(secret: string): Buffer {
  // Its own key: a grant is never a valid session token, nor the other way round.
  return createHash("sha256").update("cybercap print grant\u0000").update(secret).digest();
}

function mac(secret: string, payload: string): string {
  return createHmac("sha256", signingKey(secret)).update(`${VERSION}.${payload}`).digest("base64url");
}

interface GrantBody {
  /** the reader's user id */
  u: string;
  /** the round */
  r: string;
  /** expiry, seconds since the epoch */
  e: number;
}

export function signPrintGrant(input: { userId: string; roundId: string }, secret: string, nowMs = Date.now()): string {
  const body: GrantBody = { u: input.userId, r: input.roundId, e: Math.floor(nowMs / 1000) + PRINT_GRANT_TTL_SECONDS };
  const payload = Buffer.from(JSON.stringify(body)).toString("base64url");
  return `${VERSION}.${payload}.${mac(secret, payload)}`;
}

/** The reader a grant names, when it is well signed, for this round, and not expired; else null. */
export function verifyPrintGrant(grant: string, roundId: string, secret: string, nowMs = Date.now()): string | null {
  if (grant.length > 1024) return null;
  const [version, payload, signature, ...rest] = grant.split(".");
  if (version !== VERSION || !payload || !signature || rest.length > 0) return null;
  const expected = Buffer.from(mac(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let body: Partial<GrantBody>;
  try {
    body = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Partial<GrantBody>;
  } catch {
    return null;
  }
  if (typeof body.u !== "string" || body.r !== roundId || typeof body.e !== "number") return null;
  if (body.e * 1000 <= nowMs || body.e * 1000 > nowMs + PRINT_GRANT_TTL_SECONDS * 1000 + 5_000) return null;
  return body.u;
}
