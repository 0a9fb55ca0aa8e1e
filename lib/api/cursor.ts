// Page cursors of the API's lists (`?cursor=`): the sort key of a page's last row, signed, so that a
// client can only hand back a cursor the server wrote. Pure functions (the secret is a parameter):
// unit-tested in cursor.test.ts; services call them with the installation's secret (cursorSecret).
//
//   cursor = base64url( MAC (16 bytes) ‖ UTF-8 JSON of the sort key )
//   MAC    = HMAC-SHA-256(key, list name ‖ "\n" ‖ JSON), first 16 bytes
//   key    = HMAC-SHA-256(NEXTAUTH_SECRET, "cybercap list cursor v1")
//
// Why signed: a forged cursor could not reveal anything (every page is read through the reader's
// authorization scope), but an unsigned key would be an interface clients start to build by hand.
// The list name is in the MAC, so a cursor of one list is refused by another. The secret is the one
// every instance shares (README), so a cursor written by one instance is read by any other; changing
// the secret invalidates cursors in flight (400: the client starts again from the first page).
import { createHmac, timingSafeEqual } from "node:crypto";

const MAC_BYTES = 16;
/** Far above any sort key we write; bounds the work a hostile cursor can cause. */
export const CURSOR_MAX_LENGTH = 512;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export type CursorKey = (string | number)[];

export function cursorKeyOf(secret: string): Buffer {
  return createHmac("sha256", secret).update("cybercap list cursor v1").digest();
}

function macOf(key: Buffer, list: string, json: string): Buffer {
  return createHmac("sha256", key).update(`${list}\n${json}`, "utf8").digest().subarray(0, MAC_BYTES);
}

export function encodeCursor(key: Buffer, list: string, sortKey: CursorKey): string {
  const json = JSON.stringify(sortKey);
  return Buffer.concat([macOf(key, list, json), Buffer.from(json, "utf8")]).toString("base64url");
}

/**
 * The sort key a cursor carries, or null when it is not one this list wrote with this key:
 * malformed text, a changed byte, another list's cursor, or something other than a JSON array of
 * strings and numbers. The caller still checks the types of the key's parts.
 */
export function decodeCursor(key: Buffer, list: string, cursor: string): CursorKey | null {
  if (cursor.length === 0 || cursor.length > CURSOR_MAX_LENGTH || !BASE64URL.test(cursor)) return null;
  const bytes = Buffer.from(cursor, "base64url");
  // Only the canonical spelling (Node's decoder ignores stray trailing bits).
  if (bytes.toString("base64url") !== cursor || bytes.length <= MAC_BYTES) return null;
  const json = bytes.subarray(MAC_BYTES).toString("utf8");
  if (!timingSafeEqual(bytes.subarray(0, MAC_BYTES), macOf(key, list, json))) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!Array.isArray(value) || !value.every((part) => typeof part === "string" || typeof part === "number")) return null;
  return value as CursorKey;
}
