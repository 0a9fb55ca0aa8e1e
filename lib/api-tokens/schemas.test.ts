import { describe, expect, it } from "vitest";
import { parseInput } from "../api/parse";
import { ZCreateApiToken } from "./schemas";

const valid = { name: "  Donor dashboard ", scope: "read", expiresInDays: 30 };

describe("ZCreateApiToken", () => {
  it("accepts a name, a scope and an expiry in days, trimming the name", () => {
    expect(parseInput(ZCreateApiToken, valid)).toEqual({ name: "Donor dashboard", scope: "read", expiresInDays: 30 });
    expect(parseInput(ZCreateApiToken, { ...valid, scope: "read-write", expiresInDays: 365 }).scope).toBe("read-write");
  });

  it.each([
    [{ ...valid, name: "   " }, "name", "required"],
    [{ ...valid, name: "x".repeat(81) }, "name", "tooLong"],
    [{ ...valid, name: "a\u0000b" }, "name", "controlCharacters"],
    [{ ...valid, scope: "admin" }, "scope", "tokenScope"],
    [{ ...valid, expiresInDays: 0 }, "expiresInDays", "tokenExpiry"],
    [{ ...valid, expiresInDays: 366 }, "expiresInDays", "tokenExpiry"],
    [{ ...valid, expiresInDays: 1.5 }, "expiresInDays", "tokenExpiry"],
    [{ ...valid, expiresInDays: Number.NaN }, "expiresInDays", "tokenExpiry"],
    [{ ...valid, expiresInDays: "30" }, "expiresInDays", "tokenExpiry"],
  ])("refuses %j at %s with %s", (input, field, key) => {
    try {
      parseInput(ZCreateApiToken, input);
      throw new Error("accepted");
    } catch (error) {
      expect(error).toMatchObject({ code: "INVALID_INPUT", fields: { [field]: key } });
    }
  });
});
