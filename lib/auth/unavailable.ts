// Tells "the database cannot be reached" apart from every other failure, so that sign-in can say
// "temporarily unavailable" instead of "wrong password" or an internal error.

// Socket-level codes (node), PostgreSQL's connection-exception and shutdown SQLSTATEs, and Prisma's
// "can't reach / timed out / closed / pool timeout" codes.
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "53300",
  "57P01",
  "57P02",
  "57P03",
  "P1001",
  "P1002",
  "P1017",
  "P2024",
]);
// The driver adapter's classification of the same failures (@prisma/driver-adapter-utils).
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "DatabaseUnavailable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// pg's own messages when a pooled connection cannot be had or dies.
const UNREACHABLE_MESSAGES = [/Connection terminated/i, /timeout exceeded when trying to connect/i, /Can't reach database server/i];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** True when the error, or anything it wraps, says the database could not be reached. */
export function isDatabaseUnreachable(error: unknown, depth = 0): boolean {
  if (!isRecord(error) || depth > 5) return false;
  if (typeof error.code === "string" && UNREACHABLE_CODES.has(error.code)) return true;
  if (typeof error.kind === "string" && UNREACHABLE_KINDS.has(error.kind)) return true;
  if (typeof error.message === "string" && UNREACHABLE_MESSAGES.some((m) => m.test(error.message as string))) return true;
  const nested = [error.cause, ...(Array.isArray(error.errors) ? error.errors : [])];
  return nested.some((e) => isDatabaseUnreachable(e, depth + 1));
}
