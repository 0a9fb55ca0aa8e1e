import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  INVITATION_TTL_MS,
  generateInvitationToken,
  hashInvitationToken,
  invitationExpiry,
  invitationLink,
  invitationStatus,
  isWellFormedToken,
} from "./tokens";

describe("invitation tokens", () => {
  it("are 32 random bytes in base64url, different every time", () => {
    const tokens = new Set(Array.from({ length: 50 }, () => generateInvitationToken()));
    expect(tokens.size).toBe(50);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, "base64url")).toHaveLength(32);
      expect(isWellFormedToken(token)).toBe(true);
    }
  });

  it("are stored as their SHA-256 in hex, never as themselves", () => {
    const token = generateInvitationToken();
    const hash = hashInvitationToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hash).not.toContain(token);
    expect(hashInvitationToken(token)).toBe(hash);
    expect(hashInvitationToken(generateInvitationToken())).not.toBe(hash);
  });

  it("refuses anything that is not a token's shape", () => {
    for (const value of ["", "short", `${"a".repeat(42)}=`, "a".repeat(44), `${"a".repeat(42)}/`, null, undefined, 42, { token: "x" }]) {
      expect(isWellFormedToken(value)).toBe(false);
    }
  });
});

describe("invitation expiry and status", () => {
  const now = new Date("2026-03-01T10:00:00Z");

  it("expires seven days after it is made", () => {
    expect(invitationExpiry(now).toISOString()).toBe("2026-03-08T10:00:00.000Z");
    expect(INVITATION_TTL_MS).toBe(7 * 24 * 3600 * 1000);
  });

  it("is pending until it expires, and accepted or revoked for good", () => {
    const future = new Date(now.getTime() + 1000);
    const past = new Date(now.getTime() - 1000);
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: future }, now)).toBe("pending");
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: now }, now)).toBe("expired");
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: past }, now)).toBe("expired");
    expect(invitationStatus({ acceptedAt: past, revokedAt: null, expiresAt: past }, now)).toBe("accepted");
    expect(invitationStatus({ acceptedAt: null, revokedAt: past, expiresAt: future }, now)).toBe("revoked");
  });

  it("builds the link from the public address, with or without a trailing slash", () => {
    expect(invitationLink("https://cybercap.example.org", "abc")).toBe("https://cybercap.example.org/invitations/abc");
    expect(invitationLink("https://cybercap.example.org/", "abc")).toBe("https://cybercap.example.org/invitations/abc");
  });
});
