import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FRAMEWORK_SCHEMA_PATH, frameworkJsonSchemaText, parseFrameworkDocument, type TFrameworkDocument, type TIndicatorDocument, type TLocalizedText } from "./document";
import { testDocument } from "./test-documents";

const root = path.resolve(import.meta.dirname, "../..");
const v1 = JSON.parse(readFileSync(path.join(root, "prisma/frameworks/framework-v1.json"), "utf8")) as TFrameworkDocument;

/** A small valid document, as plain data for each test to break in one place. */
function smallDocument() {
  return structuredClone(testDocument()) as Omit<TFrameworkDocument, "pillars"> & {
    pillars: (Omit<TFrameworkDocument["pillars"][number], "indicators"> & { indicators: (Omit<TIndicatorDocument, "levelCount"> & { levelCount: number })[] })[];
  };
}

function issuesOf(input: unknown) {
  const result = parseFrameworkDocument(input);
  if (result.ok) throw new Error("expected the document to be refused");
  return result.issues;
}

describe("the published JSON Schema", () => {
  it("is the file generated from the zod schema (run `npm run framework:schema` after changing it)", () => {
    expect(readFileSync(path.join(root, FRAMEWORK_SCHEMA_PATH), "utf8")).toBe(frameworkJsonSchemaText());
  });
});

describe("framework v1 document", () => {
  it("is a valid document", () => {
    const result = parseFrameworkDocument(v1);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it("has the six pillars with 6 to 10 indicators each, 50 in all", () => {
    expect(v1.pillars.map((p) => p.code)).toEqual(["PRE", "INV", "FOR", "EVI", "PRO", "LEG"]);
    for (const p of v1.pillars) {
      expect(p.indicators.length).toBeGreaterThanOrEqual(6);
      expect(p.indicators.length).toBeLessThanOrEqual(10);
    }
    expect(v1.pillars.flatMap((p) => p.indicators)).toHaveLength(50);
  });

  it("refers every indicator to at least one article of the UN Convention", () => {
    for (const i of v1.pillars.flatMap((p) => p.indicators)) expect(i.articles.unCybercrime.length, i.code).toBeGreaterThan(0);
  });

  it("has translations that differ from the English (not copies)", () => {
    const inv01 = v1.pillars[1].indicators[0];
    for (const l of ["fr", "es", "ru", "zh", "ar"] as const) expect(inv01.title[l]).not.toBe(inv01.title.en);
  });
});

describe("parseFrameworkDocument", () => {
  it("accepts a small valid document", () => {
    expect(parseFrameworkDocument(smallDocument()).ok).toBe(true);
  });

  it("refuses an indicator code used twice, naming where", () => {
    const doc = smallDocument();
    doc.pillars[0].indicators[1].code = "INV-01";
    expect(issuesOf(doc)).toEqual([{ path: "pillars.0.indicators.1.code", message: "indicator code INV-01 is used twice (first at pillars.0.indicators.0)" }]);
  });

  it("refuses a pillar code used twice", () => {
    const doc = smallDocument();
    doc.pillars[1].code = "INV";
    doc.pillars[1].indicators[0].code = "INV-03";
    expect(issuesOf(doc)).toEqual([{ path: "pillars.1.code", message: "pillar code INV is used twice" }]);
  });

  it("refuses an indicator filed under another pillar's code", () => {
    const doc = smallDocument();
    doc.pillars[1].indicators[0].code = "INV-07";
    expect(issuesOf(doc)[0]).toEqual({ path: "pillars.1.indicators.0.code", message: "indicator INV-07 must start with its pillar's code LEG-" });
  });

  it("refuses a text with a language missing or empty", () => {
    const doc = smallDocument();
    delete (doc.pillars[0].indicators[0].title as Partial<TLocalizedText>).zh;
    doc.pillars[0].indicators[0].levels[3].ar = "  ";
    expect(issuesOf(doc).map((i) => i.path)).toEqual(["pillars.0.indicators.0.title.zh", "pillars.0.indicators.0.levels.3.ar"]);
  });

  it("refuses a language the application does not have", () => {
    const doc = smallDocument();
    Object.assign(doc.name, { de: "Rahmen" });
    expect(issuesOf(doc)[0].path).toBe("name");
  });

  it("refuses article references out of range, not whole or repeated", () => {
    const doc = smallDocument();
    doc.pillars[0].indicators[0].articles = { unCybercrime: [69], budapest: [2, 2] };
    doc.pillars[0].indicators[1].articles = { unCybercrime: [1.5], budapest: [0] };
    expect(issuesOf(doc).map((i) => i.path)).toEqual([
      "pillars.0.indicators.0.articles.unCybercrime.0",
      "pillars.0.indicators.0.articles.budapest",
      "pillars.0.indicators.1.articles.unCybercrime.0",
      "pillars.0.indicators.1.articles.budapest.0",
    ]);
  });

  it("refuses as many descriptors as are not levels, and a level count other than five", () => {
    const doc = smallDocument();
    doc.pillars[0].indicators[0].levels.pop();
    expect(issuesOf(doc)).toEqual([{ path: "pillars.0.indicators.0.levels", message: "indicator INV-01 has 4 level descriptors for 5 levels" }]);
    const six = smallDocument();
    six.pillars[0].indicators[0].levelCount = 6;
    expect(issuesOf(six).map((i) => i.path)).toContain("pillars.0.indicators.0.levelCount");
  });

  it("refuses a weight outside 1..3, a bad label, an empty pillar and unknown fields", () => {
    const doc = smallDocument();
    doc.pillars[0].indicators[0].weight = 4;
    doc.version = "1.0 final";
    doc.pillars[1].indicators = [];
    Object.assign(doc.pillars[0], { colour: "red" });
    expect(issuesOf(doc).map((i) => i.path).sort()).toEqual(["pillars.0", "pillars.0.indicators.0.weight", "pillars.1.indicators", "version"]);
  });
});
