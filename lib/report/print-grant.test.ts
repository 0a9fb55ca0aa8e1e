import { describe, expect, it } from "vitest";
import { PRINT_GRANT_TTL_SECONDS, signPrintGrant, verifyPrintGrant } from "./print-grant";

const SECRET = "a-test-secret-of-at-least-thirty-two-chars";
const ROUND = "0190a0b0-0000-7000-8000-000000000001";
const USER = "0190a0b0-0000-7000-8000-0000000000aa";
const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);

describe("print grants", () => {
  it("name their reader for their round until they expire", () => {
    const grant = signPrintGrant({ userId: USER, roundId: ROUND }, SECRET, NOW);
    expect(verifyPrintGrant(grant, ROUND, SECRET, NOW)).toBe(USER);
    expect(verifyPrintGrant(grant, ROUND, SECRET, NOW + (PRINT_GRANT_TTL_SECONDS - 1) * 1000)).toBe(USER);
    expect(verifyPrintGrant(grant, ROUND, SECRET, NOW + PRINT_GRANT_TTL_SECONDS * 1000)).toBeNull();
  });

  it("open no other round, and nothing under another secret", () => {
    const grant = signPrintGrant({ userId: USER, roundId: ROUND }, SECRET, NOW);
    expect(verifyPrintGrant(grant, ROUND.replace(/1$/, "2"), SECRET, NOW)).toBeNull();
    expect(verifyPrintGrant(grant, ROUND, `${SECRET}x`, NOW)).toBeNull();
  });

  it("refuse a changed body, signature or shape", () => {
    const grant = signPrintGrant({ userId: USER, roundId: ROUND }, SECRET, NOW);
    const [version, payload, signature] = grant.split(".");
    const otherUser = Buffer.from(JSON.stringify({ u: "someone-else", r: ROUND, e: NOW / 1000 + 60 })).toString("base64url");
    for (const forged of [
      `${version}.${otherUser}.${signature}`,
      `${version}.${payload}.${signature.slice(0, -2)}AA`,
      `${version}.${payload}`,
      `${grant}.extra`,
      `pg0.${payload}.${signature}`,
      "",
      "x".repeat(2000),
    ]) {
      expect(verifyPrintGrant(forged, ROUND, SECRET, NOW)).toBeNull();
    }
  });

  it("refuse an expiry further away than a grant is ever given for (a forged clock)", () => {
    const grant = signPrintGrant({ userId: USER, roundId: ROUND }, SECRET, NOW + 3600_000);
    expect(verifyPrintGrant(grant, ROUND, SECRET, NOW)).toBeNull();
  });
});
