import { describe, expect, it } from "vitest";
import { checkCycle, normaliseCycle } from "./cycle";

describe("checkCycle", () => {
  it("accepts a year and a range of a few years", () => {
    for (const ok of ["2026", "2026-2027", " 2030 ", "2026 - 2028", "2026–2027", "2000", "2100", "2026-2031"]) expect(checkCycle(ok), ok).toBeNull();
  });

  it("says what is wrong", () => {
    expect(checkCycle("")).toBe("required");
    expect(checkCycle("   ")).toBe("required");
    for (const bad of ["2026-journey", "Q3 2026", "26", "2026/2027", "2026-27", "20266", "2026-", "-2026"]) expect(checkCycle(bad), bad).toBe("cycleFormat");
    expect(checkCycle("1999")).toBe("cycleYears");
    expect(checkCycle("2101")).toBe("cycleYears");
    expect(checkCycle("2099-2101")).toBe("cycleYears");
    expect(checkCycle("2027-2026")).toBe("cycleOrder");
    expect(checkCycle("2026-2026")).toBe("cycleOrder");
    expect(checkCycle("2026-2032")).toBe("cycleSpan");
  });
});

describe("normaliseCycle", () => {
  it("stores a plain dash without spaces", () => {
    expect(normaliseCycle(" 2026 – 2027 ")).toBe("2026-2027");
    expect(normaliseCycle("2026")).toBe("2026");
  });
});
