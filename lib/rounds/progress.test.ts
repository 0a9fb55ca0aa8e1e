import { describe, expect, it } from "vitest";
import { computeProgress } from "./progress";

const indicators = [
  { id: "a", code: "PRE-01", pillarCode: "PRE" },
  { id: "b", code: "PRE-02", pillarCode: "PRE" },
  { id: "c", code: "INV-01", pillarCode: "INV" },
  { id: "d", code: "INV-02", pillarCode: "INV" },
];

describe("computeProgress", () => {
  it("counts levels and not-applicable as answered, don't-know and blanks as missing", () => {
    const p = computeProgress(indicators, new Map([["a", "LEVEL"], ["b", "DONT_KNOW"], ["c", "NOT_APPLICABLE"], ["d", null]]));
    expect(p.answered).toBe(2);
    expect(p.percent).toBe(50);
    expect(p.pillars).toEqual([
      { pillarCode: "PRE", total: 2, answered: 1, dontKnow: 1, percent: 50 },
      { pillarCode: "INV", total: 2, answered: 1, dontKnow: 0, percent: 50 },
    ]);
    expect(p.missing).toEqual([
      { id: "b", code: "PRE-02", pillarCode: "PRE", dontKnow: true },
      { id: "d", code: "INV-02", pillarCode: "INV", dontKnow: false },
    ]);
  });

  it("is complete when everything has a level or is not applicable", () => {
    const p = computeProgress(indicators, new Map([["a", "LEVEL"], ["b", "LEVEL"], ["c", "NOT_APPLICABLE"], ["d", "LEVEL"]]));
    expect(p.missing).toEqual([]);
    expect(p.percent).toBe(100);
  });

  it("never rounds an incomplete round up to 100%", () => {
    const many = Array.from({ length: 201 }, (_, i) => ({ id: String(i), code: `X-${i}`, pillarCode: "X" }));
    const answers = new Map(many.slice(0, 200).map((i) => [i.id, "LEVEL" as const]));
    expect(computeProgress(many, answers).percent).toBe(99);
  });
});
