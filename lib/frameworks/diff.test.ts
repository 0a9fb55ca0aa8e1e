import { describe, expect, it } from "vitest";
import { diffFrameworkDocuments } from "./diff";
import { testDocument, testIndicator, text } from "./test-documents";

describe("diffFrameworkDocuments", () => {
  it("finds nothing between a document and its copy under another label", () => {
    const diff = diffFrameworkDocuments(testDocument("1.0"), testDocument("2.0"));
    expect(diff).toEqual({
      from: "1.0",
      to: "2.0",
      versionFields: [],
      pillars: { added: [], removed: [], changed: [] },
      indicators: { added: [], removed: [], changed: [] },
      isEmpty: true,
    });
  });

  it("lists indicators added and removed, with their pillar, and no position change for their neighbours", () => {
    const next = testDocument("2.0");
    next.pillars[0].indicators.shift(); // INV-01 goes: INV-02 is now first, but has not moved among the rest
    next.pillars[1].indicators.push(testIndicator("LEG-02"));
    const diff = diffFrameworkDocuments(testDocument("1.0"), next);
    expect(diff.indicators).toEqual({ added: [{ code: "LEG-02", pillar: "LEG" }], removed: [{ code: "INV-01", pillar: "INV" }], changed: [] });
    expect(diff.isEmpty).toBe(false);
  });

  it("names the fields and languages of a wording change, and calls it text only", () => {
    const next = testDocument("2.0");
    next.pillars[0].indicators[1].title.fr = "Titre corrigé";
    next.pillars[0].indicators[1].levels[3].ar = "نص مصحح";
    expect(diffFrameworkDocuments(testDocument("1.0"), next).indicators.changed).toEqual([
      { code: "INV-02", pillar: "INV", fields: ["title", "levels"], languages: ["fr", "ar"], textOnly: true },
    ]);
  });

  it("reports a descriptor more or fewer as a structural change of levels in every language", () => {
    const next = testDocument("2.0");
    next.pillars[1].indicators[0].levels.pop();
    expect(diffFrameworkDocuments(testDocument("1.0"), next).indicators.changed).toEqual([
      { code: "LEG-01", pillar: "LEG", fields: ["levels"], languages: ["en", "fr", "es", "ru", "zh", "ar"], textOnly: false },
    ]);
  });

  it("calls a weight, reference, order or pillar change structural", () => {
    const next = testDocument("2.0");
    const [inv01, inv02] = next.pillars[0].indicators;
    inv02.weight = 3;
    inv02.articles = { unCybercrime: [7, 8], budapest: [] };
    next.pillars[0].indicators = [inv02, inv01];
    const diff = diffFrameworkDocuments(testDocument("1.0"), next);
    expect(diff.indicators.changed).toEqual([
      { code: "INV-02", pillar: "INV", fields: ["position", "weight", "articles.unCybercrime", "articles.budapest"], languages: [], textOnly: false },
      { code: "INV-01", pillar: "INV", fields: ["position"], languages: [], textOnly: false },
    ]);
  });

  it("takes article lists in another order for the same references (they are a set)", () => {
    const base = testDocument("1.0");
    base.pillars[0].indicators[0].articles = { unCybercrime: [7, 8, 41], budapest: [2, 35] };
    const next = testDocument("2.0");
    next.pillars[0].indicators[0].articles = { unCybercrime: [41, 7, 8], budapest: [35, 2] };
    expect(diffFrameworkDocuments(base, next).isEmpty).toBe(true);
  });

  it("reports an indicator that moved to another pillar", () => {
    const base = testDocument("1.0");
    base.pillars[1].indicators.push({ ...testIndicator("LEG-02") });
    const next = testDocument("2.0");
    // Same code, now listed under INV (the code prefix rule is the document's, not the diff's concern).
    next.pillars[0].indicators.push(testIndicator("LEG-02"));
    expect(diffFrameworkDocuments(base, next).indicators.changed).toEqual([{ code: "LEG-02", pillar: "INV", fields: ["pillar"], languages: [], textOnly: false }]);
  });

  it("lists pillars added, removed and changed, and the version's own texts", () => {
    const next = testDocument("2.0");
    next.name = text("Renamed framework");
    next.pillars[1].description = text("Legislation, renewed");
    next.pillars.push({ code: "PRE", name: text("Prevention"), description: text("Pre"), indicators: [testIndicator("PRE-01")] });
    const base = testDocument("1.0");
    base.pillars.push({ code: "OLD", name: text("Old"), description: text("Old"), indicators: [testIndicator("OLD-01")] });
    const diff = diffFrameworkDocuments(base, next);
    expect(diff.versionFields).toEqual(["name"]);
    expect(diff.pillars).toEqual({ added: ["PRE"], removed: ["OLD"], changed: [{ code: "LEG", fields: ["description"] }] });
    expect(diff.indicators.added).toEqual([{ code: "PRE-01", pillar: "PRE" }]);
    expect(diff.indicators.removed).toEqual([{ code: "OLD-01", pillar: "OLD" }]);
  });

  it("reports pillars in a new order", () => {
    const next = testDocument("2.0");
    next.pillars.reverse();
    expect(diffFrameworkDocuments(testDocument("1.0"), next).pillars.changed).toEqual([
      { code: "LEG", fields: ["position"] },
      { code: "INV", fields: ["position"] },
    ]);
  });
});
