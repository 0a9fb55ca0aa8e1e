import { describe, expect, it } from "vitest";
import { parseInput } from "../api/parse";
import { ZCancelRound, ZOpenRound } from "./schemas";

function fieldsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    return (error as { fields?: Record<string, string> }).fields;
  }
  return undefined;
}

describe("ZOpenRound", () => {
  it("stores the cycle in its plain form", () => {
    expect(parseInput(ZOpenRound, { cycle: " 2026 – 2027", targets: {} }).cycle).toBe("2026-2027");
  });

  it("names the cycle's problem at the field", () => {
    expect(fieldsOf(() => parseInput(ZOpenRound, { cycle: "2026-journey", targets: {} }))).toEqual({ cycle: "cycleFormat" });
    expect(fieldsOf(() => parseInput(ZOpenRound, { cycle: "2027-2026", targets: {} }))).toEqual({ cycle: "cycleOrder" });
  });
});

describe("ZCancelRound", () => {
  it("requires a plain-text reason", () => {
    expect(fieldsOf(() => parseInput(ZCancelRound, { reason: "  " }))).toEqual({ reason: "cancelReasonRequired" });
    expect(fieldsOf(() => parseInput(ZCancelRound, { reason: "bad\u0000" }))).toEqual({ reason: "controlCharacters" });
    expect(parseInput(ZCancelRound, { reason: " Opened by mistake " }).reason).toBe("Opened by mistake");
  });
});
