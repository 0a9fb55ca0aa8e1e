import { describe, expect, it } from "vitest";
import { planCarryOver, type SourceAnswer } from "./carry-over-plan";

const answer = (code: string, over: Partial<SourceAnswer> = {}): SourceAnswer => ({
  id: `a-${code}`,
  code,
  kind: "LEVEL",
  level: 2,
  notApplicableReason: null,
  justification: null,
  targetOverride: null,
  ...over,
});
const indicators = [
  { id: "i-1", code: "INV-01", levelCount: 5 },
  { id: "i-2", code: "INV-02", levelCount: 5 },
  { id: "i-3", code: "INV-03", levelCount: 3 },
];

describe("planCarryOver", () => {
  it("matches by code onto the new version's indicators and copies the fields", () => {
    const { rows, skipped } = planCarryOver([answer("INV-01", { level: 4, justification: "why", targetOverride: 3 })], indicators);
    expect(skipped).toEqual([]);
    expect(rows).toEqual([{ sourceAnswerId: "a-INV-01", indicatorId: "i-1", kind: "LEVEL", level: 4, notApplicableReason: null, justification: "why", targetOverride: 3 }]);
  });

  it("skips codes the new version lacks and levels the indicator no longer has, sorted for the audit", () => {
    const { rows, skipped } = planCarryOver([answer("ZZZ-09"), answer("INV-03", { level: 3 }), answer("AAA-01"), answer("INV-02")], indicators);
    expect(rows.map((r) => r.indicatorId)).toEqual(["i-2"]);
    expect(skipped).toEqual(["AAA-01", "INV-03", "ZZZ-09"]);
  });

  it("keeps not applicable with its reason, skips one without, and drops a target override out of range", () => {
    const { rows, skipped } = planCarryOver(
      [
        answer("INV-01", { kind: "NOT_APPLICABLE", level: null, notApplicableReason: "No such body", targetOverride: 7 }),
        answer("INV-02", { kind: "NOT_APPLICABLE", level: null, notApplicableReason: "  " }),
      ],
      indicators,
    );
    expect(rows).toEqual([{ sourceAnswerId: "a-INV-01", indicatorId: "i-1", kind: "NOT_APPLICABLE", level: null, notApplicableReason: "No such body", justification: null, targetOverride: null }]);
    expect(skipped).toEqual(["INV-02"]);
  });
});
