import { describe, expect, it } from "vitest";
import { API_TOKEN_PREFIX, bearerTokenOf, generateApiToken, hashApiToken, isWellFormedApiToken } from "./format";

describe("generateApiToken", () => {
  it("makes a recognisable token with a visible prefix and 32 random bytes of secret", () => {
    const { token, prefix, secretHash } = generateApiToken();
    expect(token.startsWith(`${prefix}_`)).toBe(true);
    expect(prefix).toMatch(/^cc_[0-9a-f]{8}$/);
    const secret = token.slice(prefix.length + 1);
    expect(Buffer.from(secret, "base64url")).toHaveLength(32);
    expect(isWellFormedApiToken(token)).toBe(true);
    expect(secretHash).toBe(hashApiToken(token));
    expect(secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(token.startsWith(API_TOKEN_PREFIX)).toBe(true);
  });

  it("never makes the same token twice", () => {
    const tokens = new Set(Array.from({ length: 200 }, () => generateApiToken().token));
    expect(tokens.size).toBe(200);
  });

  it("stores a hash that does not contain the secret", () => {
    const { token, secretHash } = generateApiToken();
    expect(secretHash).not.toContain(token.slice(12, 30));
  });
});

describe("isWellFormedApiToken", () => {
  const good = generateApiToken().token;
  it.each([
    ["", false],
    ["cc_", false],
    [good.slice(0, -1), false],
    [`${good}A`, false],
    [good.replace("cc_", "cx_"), false],
    [good.replace(/^cc_[0-9a-f]/, "cc_G"), false],
    [`${good.slice(0, 12)}_${"+".repeat(43)}`, false],
    [` ${good}`, false],
    [good, true],
    [`cc_0123abcd_${"_".repeat(43)}`, true],
  ])("%j -> %s", (text, expected) => {
    expect(isWellFormedApiToken(text)).toBe(expected);
  });
});

describe("bearerTokenOf", () => {
  const headers = (value?: string) => new Headers(value === undefined ? {} : { authorization: value });
  it("reads the token after the Bearer scheme, whatever its case", () => {
    expect(bearerTokenOf(headers("Bearer cc_abc"))).toBe("cc_abc");
    expect(bearerTokenOf(headers("bearer   cc_abc  "))).toBe("cc_abc");
  });
  it("is null without bearer credentials, so the session cookie applies", () => {
    expect(bearerTokenOf(headers())).toBeNull();
    expect(bearerTokenOf(headers("Basic dXNlcjpwYXNz"))).toBeNull();
    expect(bearerTokenOf(headers("Bearerish x"))).toBeNull();
  });
  it("is an empty text for a bare scheme: refused, never taken as no credentials", () => {
    expect(bearerTokenOf(headers("Bearer"))).toBe("");
    expect(bearerTokenOf(headers("Bearer    "))).toBe("");
  });
});
