import { describe, expect, it } from "vitest";
import { hkdfSync } from "node:crypto";
import { EncryptJWT } from "jose";
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

describe("decodeSessionToken pins what next-auth writes", () => {
  const key = () => new Uint8Array(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32));
  const now = () => Math.floor(Date.now() / 1000);

  it("accepts a token built like next-auth's (the reference for the refusals below)", async () => {
    const token = await new EncryptJWT({ uid: "u1" }).setProtectedHeader({ alg: "dir", enc: "A256GCM" }).setIssuedAt().setExpirationTime(now() + 60).encrypt(key());
    await expect(decodeSessionToken(token, secret)).resolves.toMatchObject({ uid: "u1" });
  });

  it("refuses a token without an expiry, or without an issue time", async () => {
    const noExp = await new EncryptJWT({ uid: "u1" }).setProtectedHeader({ alg: "dir", enc: "A256GCM" }).setIssuedAt().encrypt(key());
    await expect(decodeSessionToken(noExp, secret)).rejects.toThrow(/exp/);
    const noIat = await new EncryptJWT({ uid: "u1" }).setProtectedHeader({ alg: "dir", enc: "A256GCM" }).setExpirationTime(now() + 60).encrypt(key());
    await expect(decodeSessionToken(noIat, secret)).rejects.toThrow(/iat/);
  });

  it("refuses another content encryption that the same key would open", async () => {
    // A128CBC-HS256 also takes a 32-byte key: without the pin this token would be accepted.
    const other = await new EncryptJWT({ uid: "u1" })
      .setProtectedHeader({ alg: "dir", enc: "A128CBC-HS256" })
      .setIssuedAt()
      .setExpirationTime(now() + 60)
      .encrypt(key());
    await expect(decodeSessionToken(other, secret)).rejects.toThrow();
  });
});
