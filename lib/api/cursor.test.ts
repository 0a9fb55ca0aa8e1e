import { describe, expect, it } from "vitest";
import { CURSOR_MAX_LENGTH, cursorKeyOf, decodeCursor, encodeCursor } from "./cursor";

const key = cursorKeyOf("test-secret-test-secret-test-secret-0123");
const sortKey = ["2026-03-01T10:00:00.000Z", "0190f0b2-7a1e-7cc1-8e1f-0a1b2c3d4e5f"];

/** The cursor with one character changed to another base64url character. */
function flip(cursor: string, at: number): string {
  const c = cursor[at];
  return cursor.slice(0, at) + (c === "A" ? "B" : "A") + cursor.slice(at + 1);
}

describe("page cursors", () => {
  it("round-trip the sort key, as base64url text", () => {
    const cursor = encodeCursor(key, "rounds", sortKey);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(key, "rounds", cursor)).toEqual(sortKey);
    expect(decodeCursor(key, "countries", encodeCursor(key, "countries", ["KE"]))).toEqual(["KE"]);
  });

  it("refuse any changed character, in the signature or in the key", () => {
    const cursor = encodeCursor(key, "rounds", sortKey);
    for (let at = 0; at < cursor.length; at++) expect(decodeCursor(key, "rounds", flip(cursor, at))).toBeNull();
  });

  it("refuse a re-signed key under another secret, another list's cursor and a forged unsigned key", () => {
    expect(decodeCursor(key, "rounds", encodeCursor(cursorKeyOf("another-secret-another-secret-01234"), "rounds", sortKey))).toBeNull();
    expect(decodeCursor(key, "countries", encodeCursor(key, "rounds", sortKey))).toBeNull();
    const forged = Buffer.concat([Buffer.alloc(16), Buffer.from(JSON.stringify(sortKey))]).toString("base64url");
    expect(decodeCursor(key, "rounds", forged)).toBeNull();
  });

  it("refuse malformed text", () => {
    for (const text of ["", "not base64!", "a+b/c=", "YQ", "x".repeat(CURSOR_MAX_LENGTH + 1)]) expect(decodeCursor(key, "rounds", text)).toBeNull();
  });

  it("refuse a signed value that is not a list of strings and numbers", () => {
    expect(decodeCursor(key, "rounds", encodeCursor(key, "rounds", [{ a: 1 } as unknown as string]))).toBeNull();
    expect(decodeCursor(key, "rounds", encodeCursor(key, "rounds", [null as unknown as string]))).toBeNull();
  });
});
