import { describe, expect, it } from "vitest";
import { isIso2 } from "./codes";

describe("isIso2", () => {
  it("takes two letters in either case and nothing else", () => {
    expect(isIso2("KE")).toBe(true);
    expect(isIso2("ke")).toBe(true);
    for (const bad of ["", "K", "KEN", "K1", "\u0000\u0000", "é1", " KE"]) expect(isIso2(bad), JSON.stringify(bad)).toBe(false);
  });
});
