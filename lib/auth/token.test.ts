import { describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { decodeSessionToken } from "./token";

const secret = "unit-test-secret-unit-test-secret-0123456789";

describe("decodeSessionToken", () => {
  it("reads a token made by next-auth, with the same claims", async () => {
    const token = await encode({ token: { uid: "u1", sv: 3, name: "A" }, secret });
    await expect(decodeSessionToken(token, secret)).resolves.toMatchObject({ uid: "u1", sv: 3, name: "A" });
    // Twice: the second call uses the kept key.
    await expect(decodeSessionToken(token, secret)).resolves.toMatchObject({ uid: "u1" });
  });

  it("refuses a token made with another secret, a tampered one and an expired one", async () => {
    const token = await encode({ token: { uid: "u1" }, secret });
    await expect(decodeSessionToken(token, `${secret}-other`)).rejects.toThrow();
    const parts = token.split(".");
    parts[3] = parts[3].slice(0, -2) + (parts[3].endsWith("AA") ? "BB" : "AA");
    await expect(decodeSessionToken(parts.join("."), secret)).rejects.toThrow();
    const expired = await encode({ token: { uid: "u1" }, secret, maxAge: -60 });
    await expect(decodeSessionToken(expired, secret)).rejects.toThrow();
  });
});
