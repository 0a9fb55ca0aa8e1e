import { describe, expect, it } from "vitest";
import { editFieldOfIssue, mergePillarEdit, pillarEditValues } from "./pillar-edit";
import { ZFrameworkPillarEdit, type TFrameworkPillarEdit } from "./schemas";
import { testDocument } from "./test-documents";

const FINGERPRINT = "a".repeat(64);

function edit(mode: "draft" | "revision", language: "fr" | "ar" = "fr", pillar = "INV"): TFrameworkPillarEdit {
  return { mode, fingerprint: FINGERPRINT, reason: mode === "revision" ? "typo" : "", ...pillarEditValues(testDocument(), pillar, language)! };
}

describe("the editor's values of one pillar in one language", () => {
  it("are that pillar's texts in that language, with the label, codes and weights", () => {
    const values = pillarEditValues(testDocument(), "LEG", "ar")!;
    expect(values).toMatchObject({ language: "ar", pillarCode: "LEG", label: "9.9", name: "Test framework (ar)", pillar: { name: "Legislation (ar)" } });
    expect(values.pillar.indicators).toEqual([
      {
        code: "LEG-01",
        weight: 2,
        title: "LEG-01 title (ar)",
        question: "LEG-01 question (ar)",
        guidance: "LEG-01 guidance (ar)",
        evidenceGuidance: "LEG-01 evidence (ar)",
        levels: [0, 1, 2, 3, 4].map((l) => `LEG-01 level ${l} (ar)`),
      },
    ]);
    expect(pillarEditValues(testDocument(), "NOPE", "en")).toBeNull();
  });

  it("pass the shared schema as they are, and it refuses an empty text and a wrong code with the editor's keys", () => {
    expect(ZFrameworkPillarEdit.safeParse(edit("draft")).success).toBe(true);
    const bad = edit("draft");
    bad.pillar.indicators[0].title = "  ";
    bad.pillar.indicators[1].code = "inv-2";
    const result = ZFrameworkPillarEdit.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["pillar.indicators.0.title", "text"],
      ["pillar.indicators.1.code", "code"],
    ]);
    const revision = edit("revision");
    revision.reason = " ";
    expect(ZFrameworkPillarEdit.safeParse(revision).error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["reason", "required"]]);
  });
});

describe("merging the edited pillar into the stored document", () => {
  it("changes only the edited language's texts of the version, the pillar and its indicators", () => {
    const stored = testDocument();
    const e = edit("revision");
    e.name = "Cadre corrigé";
    e.pillar.indicators[1].title = "Titre corrigé";
    e.pillar.indicators[0].levels[3] = "Niveau 3 corrigé";
    const merged = mergePillarEdit(stored, e)!;
    const expected = structuredClone(stored);
    expected.name.fr = "Cadre corrigé";
    expected.pillars[0].indicators[1].title.fr = "Titre corrigé";
    expected.pillars[0].indicators[0].levels[3].fr = "Niveau 3 corrigé";
    expect(merged).toEqual(expected);
    // The stored document itself is left as it was.
    expect(stored.name.fr).toBe("Test framework (fr)");
  });

  it("takes a draft's label, codes and weights, and ignores them in a text revision", () => {
    const draft = edit("draft");
    draft.label = "10.0";
    draft.pillar.indicators[1].code = "INV-07";
    draft.pillar.indicators[1].weight = 3;
    const merged = mergePillarEdit(testDocument(), draft)!;
    expect(merged.version).toBe("10.0");
    expect(merged.pillars[0].indicators[1]).toMatchObject({ code: "INV-07", weight: 3 });

    const revision = { ...draft, mode: "revision" as const, reason: "x" };
    const kept = mergePillarEdit(testDocument(), revision)!;
    expect(kept.version).toBe("9.9");
    expect(kept.pillars[0].indicators[1]).toMatchObject({ code: "INV-02", weight: 2 });
  });

  it("refuses an edit that does not fit the document (another pillar or number of indicators or levels)", () => {
    expect(mergePillarEdit(testDocument(), { ...edit("draft"), pillarCode: "PRO" })).toBeNull();
    const fewer = edit("draft");
    fewer.pillar.indicators.pop();
    expect(mergePillarEdit(testDocument(), fewer)).toBeNull();
    const levels = edit("draft");
    levels.pillar.indicators[0].levels.pop();
    expect(mergePillarEdit(testDocument(), levels)).toBeNull();
  });
});

describe("where the form shows a problem of the merged document", () => {
  const at = (path: string, pillar = 1, language: "fr" | "en" = "fr") => editFieldOfIssue({ path, message: "m" }, pillar, language);
  it("puts the edited pillar's fields in the edited language at their field", () => {
    expect(at("pillars.1.indicators.0.code")).toEqual({ field: "pillar.indicators.0.code", key: "code" });
    expect(at("pillars.1.indicators.2.weight")).toEqual({ field: "pillar.indicators.2.weight", key: "weight" });
    expect(at("pillars.1.indicators.0.title.fr")).toEqual({ field: "pillar.indicators.0.title", key: "text" });
    expect(at("pillars.1.indicators.0.levels.4.fr")).toEqual({ field: "pillar.indicators.0.levels.4", key: "text" });
    expect(at("pillars.1.name.fr")).toEqual({ field: "pillar.name", key: "text" });
    expect(at("description.fr")).toEqual({ field: "description", key: "text" });
    expect(at("version")).toEqual({ field: "label", key: "label" });
  });

  it("leaves out what the form does not show: another pillar, another language, the whole list of levels", () => {
    expect(at("pillars.0.indicators.0.code")).toBeNull();
    expect(at("pillars.1.indicators.0.title.es")).toBeNull();
    expect(at("pillars.1.indicators.0.levels")).toBeNull();
    expect(at("pillars")).toBeNull();
  });
});
