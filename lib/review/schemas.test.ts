import { describe, expect, it } from "vitest";
import { parseInput } from "../api/parse";
import { COMMENT_MAX, ZIndicatorDecision, ZNewComment, ZSendReview } from "./schemas";

describe("review inputs", () => {
  it("takes a comment on an indicator or on the round, visible to the country or internal", () => {
    expect(parseInput(ZNewComment, { indicatorId: null, body: "  Fine.  ", visibility: "INTERNAL" })).toEqual({ indicatorId: null, body: "Fine.", visibility: "INTERNAL" });
  });

  it("refuses an empty, oversized or control-character comment, and an unknown visibility", () => {
    const base = { indicatorId: null, visibility: "COUNTRY" };
    expect(() => parseInput(ZNewComment, { ...base, body: "   " })).toThrow(expect.objectContaining({ fields: { body: "commentRequired" } }));
    expect(() => parseInput(ZNewComment, { ...base, body: "x".repeat(COMMENT_MAX + 1) })).toThrow(expect.objectContaining({ fields: { body: "tooLong" } }));
    expect(() => parseInput(ZNewComment, { ...base, body: "a\u0000b" })).toThrow(expect.objectContaining({ fields: { body: "controlCharacters" } }));
    expect(() => parseInput(ZNewComment, { ...base, body: "x", visibility: "PUBLIC" })).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
    expect(() => parseInput(ZNewComment, { ...base, body: "x", indicatorId: "INV-01" })).toThrow(expect.objectContaining({ fields: { indicatorId: "invalid" } }));
  });

  it("requires a reason with a validated level, and keeps levels within 0-4", () => {
    expect(() => parseInput(ZIndicatorDecision, { decision: "ACCEPTED", validatedLevel: 2, validatedReason: null })).toThrow(expect.objectContaining({ fields: { validatedReason: "validatedReasonRequired" } }));
    expect(() => parseInput(ZIndicatorDecision, { decision: "ACCEPTED", validatedLevel: 5, validatedReason: "x" })).toThrow(expect.objectContaining({ fields: { validatedLevel: "levelRange" } }));
    expect(() => parseInput(ZIndicatorDecision, { decision: "ACCEPTED", validatedLevel: 1.5, validatedReason: "x" })).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
    expect(parseInput(ZIndicatorDecision, { decision: null, validatedLevel: 0, validatedReason: " Paper only " })).toEqual({ decision: null, validatedLevel: 0, validatedReason: "Paper only" });
  });

  it("sends a review with one of three outcomes", () => {
    expect(parseInput(ZSendReview, { outcome: "VALIDATE", summary: null })).toEqual({ outcome: "VALIDATE", summary: null });
    expect(() => parseInput(ZSendReview, { outcome: "APPROVE", summary: null })).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
  });
});
