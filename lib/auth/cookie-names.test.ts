import { describe, expect, it } from "vitest";
import { isSessionCookie, SECURE_SESSION_COOKIE, SESSION_COOKIE, sessionCookieBase, sessionTokenFrom } from "./cookie-names";

describe("session cookie names", () => {
  it("knows both names and their numbered chunks, nothing else", () => {
    expect(sessionCookieBase(SESSION_COOKIE)).toBe(SESSION_COOKIE);
    expect(sessionCookieBase(`${SECURE_SESSION_COOKIE}.3`)).toBe(SECURE_SESSION_COOKIE);
    expect(isSessionCookie(`${SESSION_COOKIE}.0`)).toBe(true);
    for (const other of [`${SESSION_COOKIE}.x`, `${SESSION_COOKIE}.`, `${SESSION_COOKIE}x`, "next-auth.csrf-token", "cybercap-locale", `x${SESSION_COOKIE}`]) {
      expect(isSessionCookie(other)).toBe(false);
    }
  });

  it("reads a whole cookie, or joins its chunks in number order (10 after 9)", () => {
    expect(sessionTokenFrom([{ name: "other", value: "x" }])).toBeNull();
    expect(sessionTokenFrom([{ name: SESSION_COOKIE, value: "whole" }])).toBe("whole");
    const chunks = Array.from({ length: 11 }, (_, i) => ({ name: `${SESSION_COOKIE}.${i}`, value: String.fromCharCode(97 + i) })).reverse();
    expect(sessionTokenFrom(chunks)).toBe("abcdefghijk");
  });

  it("prefers the secure cookie when both are present", () => {
    expect(sessionTokenFrom([{ name: SESSION_COOKIE, value: "plain" }, { name: `${SECURE_SESSION_COOKIE}.0`, value: "secure" }])).toBe("secure");
  });
});
