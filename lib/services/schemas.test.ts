import { describe, expect, it } from "vitest";
import { parseInput } from "../api/parse";
import { ZServiceCode, ZServiceCreate, ZServiceUpdate } from "./schemas";

const text = (label: string) => ({ en: `${label} en`, fr: `${label} fr`, es: `${label} es`, ru: `${label} ru`, zh: `${label} zh`, ar: `${label} ar` });
const valid = { code: "TS-01", area: "DIGITAL_FORENSICS", mode: "COOPERATION", name: text("Name"), description: text("Description"), indicatorCodes: ["INV-01"] };

function fieldsOf(schema: typeof ZServiceCreate | typeof ZServiceUpdate, input: unknown): Record<string, string> {
  try {
    parseInput(schema, input);
  } catch (error) {
    return (error as { fields: Record<string, string> }).fields;
  }
  return {};
}

describe("ZServiceCreate", () => {
  it("accepts a complete service and trims its texts", () => {
    const parsed = ZServiceCreate.parse({ ...valid, name: { ...valid.name, fr: "  Nom  " } });
    expect(parsed.name.fr).toBe("Nom");
    expect(parsed.code).toBe("TS-01");
  });

  it("refuses a missing or blank language, naming it", () => {
    const { ar: _ar, ...withoutArabic } = valid.name;
    expect(fieldsOf(ZServiceCreate, { ...valid, name: withoutArabic })).toEqual({ "name.ar": "required" });
    expect(fieldsOf(ZServiceCreate, { ...valid, description: { ...valid.description, zh: "   " } })).toEqual({ "description.zh": "required" });
  });

  it("refuses control characters in a name or a description", () => {
    expect(fieldsOf(ZServiceCreate, { ...valid, name: { ...valid.name, ru: "Имя\u0000" } })).toEqual({ "name.ru": "controlCharacters" });
    expect(fieldsOf(ZServiceCreate, { ...valid, description: { ...valid.description, en: "a\u001bb" } })).toEqual({ "description.en": "controlCharacters" });
    // Line breaks in a description and bidirectional marks in Arabic are text, not controls.
    expect(ZServiceCreate.safeParse({ ...valid, description: { ...valid.description, en: "one\ntwo", ar: "\u200fنص" } }).success).toBe(true);
  });

  it("bounds the lengths", () => {
    expect(fieldsOf(ZServiceCreate, { ...valid, name: { ...valid.name, es: "x".repeat(201) } })).toEqual({ "name.es": "tooLong" });
    expect(fieldsOf(ZServiceCreate, { ...valid, description: { ...valid.description, fr: "x".repeat(2001) } })).toEqual({ "description.fr": "tooLong" });
  });

  it("refuses bad codes", () => {
    for (const code of ["ci-cb", "CI_CB", "CI--CB", "-CI", "CI-", "CI CB", "", "A".repeat(33), "CI\u0000"]) {
      expect(ZServiceCode.safeParse(code).success, JSON.stringify(code)).toBe(false);
    }
    for (const code of ["CI-CB", "X1", "OCSEA-CB-2"]) expect(ZServiceCode.safeParse(code).success, code).toBe(true);
    expect(fieldsOf(ZServiceCreate, { ...valid, code: "ci cb" })).toEqual({ code: "codeFormat" });
  });

  it("requires an area, a mode and at least one indicator", () => {
    expect(fieldsOf(ZServiceCreate, { ...valid, area: "OTHER", mode: undefined, indicatorCodes: [] })).toEqual({
      area: "areaRequired",
      mode: "modeRequired",
      indicatorCodes: "indicatorsRequired",
    });
    expect(fieldsOf(ZServiceCreate, { ...valid, indicatorCodes: "INV-01" })).toEqual({ indicatorCodes: "indicatorsRequired" });
  });
});

describe("ZServiceUpdate", () => {
  it("takes no code: an edit never changes it", () => {
    const parsed = ZServiceUpdate.parse({ ...valid, code: "OTHER" });
    expect("code" in parsed).toBe(false);
  });
});
