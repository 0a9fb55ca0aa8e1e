import { describe, expect, it } from "vitest";
import { diffFrameworkDocuments } from "./diff";
import type { TFrameworkDocument } from "./document";
import { listTextChanges, structuralChanges } from "./text-changes";
import { testDocument } from "./test-documents";

function structural(base: TFrameworkDocument, next: TFrameworkDocument) {
  return structuralChanges(base, next, diffFrameworkDocuments(base, next));
}

describe("a text revision's changes", () => {
  it("lists each text changed, per code, field and language, in document order", () => {
    const base = testDocument();
    const next = structuredClone(base);
    next.description.ar = "وصف";
    next.pillars[0].indicators[0].levels[3].zh = "已建立";
    next.pillars[1].description.ru = "Законодательство";
    expect(structural(base, next)).toEqual([]);
    expect(listTextChanges(base, next)).toEqual([
      { target: "version", code: "9.9", field: "description", language: "ar", before: "For tests (ar)", after: "وصف" },
      { target: "indicator", code: "INV-01", field: "levels.3", language: "zh", before: "INV-01 level 3 (zh)", after: "已建立" },
      { target: "pillar", code: "LEG", field: "description", language: "ru", before: "Leg (ru)", after: "Законодательство" },
    ]);
    expect(listTextChanges(base, structuredClone(base))).toEqual([]);
  });

  it("names every structural change", () => {
    const base = testDocument();
    const next = structuredClone(base);
    next.version = "9.10";
    next.pillars[0].indicators[1].weight = 3;
    next.pillars[0].indicators[1].title.en = "Also a text";
    next.pillars[0].indicators[0].articles.budapest = [2, 3];
    next.pillars[1].indicators.push({ ...structuredClone(base.pillars[1].indicators[0]), code: "LEG-02" });
    next.pillars.reverse();
    expect(structural(base, next)).toEqual([
      "label: 9.9 -> 9.10",
      "pillar LEG: position",
      "pillar INV: position",
      "indicator LEG-02: added",
      "indicator INV-01: articles.budapest",
      "indicator INV-02: weight",
    ]);
  });
});
