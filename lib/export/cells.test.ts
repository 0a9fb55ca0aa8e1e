import { describe, expect, it } from "vitest";
import { FORMULA_TRIGGERS, isFormulaLike, neutraliseText, safeCell } from "./cells";

describe("formula-injection neutralisation", () => {
  it.each([
    ["=", "=HYPERLINK(\"http://evil.example\",\"x\")"],
    ["+", "+1+1"],
    ["-", "-2+3"],
    ["@", "@SUM(A1:A2)"],
    ["tab", "\t=1+1"],
    ["carriage return", "\r=1+1"],
  ])("prefixes text starting with %s with an apostrophe", (_name, text) => {
    expect(isFormulaLike(text)).toBe(true);
    expect(neutraliseText(text)).toBe(`'${text}`);
    expect(safeCell(text)).toBe(`'${text}`);
  });

  it("covers exactly the six triggers", () => {
    expect([...FORMULA_TRIGGERS].sort()).toEqual(["\t", "\r", "+", "-", "=", "@"].sort());
  });

  it.each(["Police unit", "", "2 – Developing", "a=b", "email@example.org", " =1", "'quoted", "3-4 officers", "شرطة", "网络犯罪"])(
    "leaves innocent text %j alone",
    (text) => {
      expect(neutraliseText(text)).toBe(text);
      expect(safeCell(text)).toBe(text);
    },
  );

  it("keeps numbers as numbers, negative ones included", () => {
    expect(safeCell(-0.5)).toBe(-0.5);
    expect(safeCell(-3)).toBe(-3);
    expect(safeCell(0)).toBe(0);
    expect(safeCell(2.75)).toBe(2.75);
  });

  it("turns what is not a value into an empty cell", () => {
    expect(safeCell(null)).toBeNull();
    expect(safeCell(undefined)).toBeNull();
    expect(safeCell(Number.NaN)).toBeNull();
    expect(safeCell(Number.POSITIVE_INFINITY)).toBeNull();
    expect(safeCell(new Date(Number.NaN))).toBeNull();
  });

  it("keeps booleans and dates", () => {
    const d = new Date("2026-01-02T03:04:05Z");
    expect(safeCell(true)).toBe(true);
    expect(safeCell(d)).toBe(d);
  });
});
