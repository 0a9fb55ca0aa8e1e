import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
import type { JWT } from "next-auth/jwt";

// Decrypts next-auth's session token (a JWE, "dir" + A256GCM) with a key derived from the secret
// exactly as next-auth derives it. next-auth's own `decode` runs the HKDF derivation on every call;
// every request reads the session, so the derived key is kept per secret. It is a pure function of
// configuration, identical in every instance, not state.
const INFO = "NextAuth.js Generated Encryption Key";
const keys = new Map<string, Uint8Array>();

// Pinned to what next-auth writes. Without the pins jose accepts any algorithm the key fits (a
// 32-byte key also opens "dir" + A128CBC-HS256), and a token without `exp` would never expire.
const DECRYPT_OPTIONS = {
  keyManagementAlgorithms: ["dir"],
  contentEncryptionAlgorithms: ["A256GCM"],
  requiredClaims: ["exp", "iat"],
  clockTolerance: 15,
};

function encryptionKey(secret: string): Uint8Array {
  let key = keys.get(secret);
  if (!key) {
    key = new Uint8Array(hkdfSync("sha256", secret, "", INFO, 32));
    keys.set(secret, key);
  }
  return key;
}

/**
 * The session token's claims; throws when it is tampered with, expired, made with another secret
 * or another algorithm, or lacks its expiry or issue time.
 */
export async function decodeSessionToken(token: string, secret: string): Promise<JWT> {
  const { payload } = await jwtDecrypt(token, encryptionKey(secret), DECRYPT_OPTIONS);
  return payload as JWT;
}
