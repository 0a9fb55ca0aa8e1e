import "server-only";
import { env } from "../env";
import { AppError } from "../errors";
import { cursorKeyOf, decodeCursor, encodeCursor, type CursorKey } from "./cursor";

// The installation's page cursors (./cursor.ts), signed with a key derived from NEXTAUTH_SECRET:
// every instance has the same one (README), so a cursor works on whichever instance serves the next
// page. The derived key is computed once per process from configuration; it is not state.

let derived: { secret: string; key: Buffer } | undefined;

function cursorKey(): Buffer {
  const secret = env().NEXTAUTH_SECRET;
  // Without the secret nobody signs in, so no token exists either: a configuration error, not a client's.
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: page cursors cannot be signed");
  if (derived?.secret !== secret) derived = { secret, key: cursorKeyOf(secret) };
  return derived.key;
}

/** The cursor of the page after the row with this sort key, in the list named `list`. */
export function writeCursor(list: string, sortKey: CursorKey): string {
  return encodeCursor(cursorKey(), list, sortKey);
}

/**
 * The sort key of a cursor this list wrote, read by `read` (null: not a key of this list); a
 * malformed, changed or foreign cursor is a 400 INVALID_QUERY naming `cursor`.
 */
export function readCursor<T>(list: string, cursor: string, read: (key: CursorKey) => T | null): T {
  const key = decodeCursor(cursorKey(), list, cursor);
  const value = key === null ? null : read(key);
  if (value === null) throw new AppError("INVALID_QUERY", "invalid cursor", { fields: { cursor: "cursorInvalid" } });
  return value;
}

/** A timestamp as a cursor writes it (Date.toISOString()), else null. */
export function instantOf(text: string | number | undefined): Date | null {
  if (typeof text !== "string") return null;
  const date = new Date(text);
  return !Number.isNaN(date.getTime()) && date.toISOString() === text ? date : null;
}
