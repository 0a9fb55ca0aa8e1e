import { describe, expect, it } from "vitest";
import { buildCountries, programmeRegions } from "../../prisma/seed/countries";
import { LOCALES } from "../i18n/config";
import { M49_AREAS, m49Name } from "./m49-names";

describe("M49 names", () => {
  const countries = buildCountries();
  const stored = (kind: "m49Region" | "m49SubRegion" | "m49IntermediateRegion") =>
    [...new Set(countries.map((c) => c[kind]).filter((n): n is string => n !== null))];

  it.each([
    ["m49Region", "region"],
    ["m49SubRegion", "subRegion"],
    ["m49IntermediateRegion", "intermediateRegion"],
  ] as const)("name every %s the seed produces in all six languages", (column, kind) => {
    const names = stored(column);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const entry = M49_AREAS[name];
      expect(entry, name).toBeDefined();
      expect(entry.kind, name).toBe(kind);
      expect(entry.names.en).toBe(name);
      for (const locale of LOCALES) expect(entry.names[locale].trim(), `${name} ${locale}`).not.toBe("");
      // Really translated: at least the scripts that differ from Latin differ from English.
      for (const locale of ["ru", "zh", "ar"] as const) expect(entry.names[locale], `${name} ${locale}`).not.toBe(name);
    }
  });

  it("has unique M49 codes and one name per code", () => {
    const codes = Object.values(M49_AREAS).map((a) => a.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("translates a stored name and leaves an unknown one as stored", () => {
    expect(m49Name("Western Europe", "ar")).toBe("أوروبا الغربية");
    expect(m49Name("Sub-Saharan Africa", "fr")).toBe("Afrique subsaharienne");
    expect(m49Name("Atlantis", "zh")).toBe("Atlantis");
    expect(m49Name("constructor", "fr")).toBe("constructor");
  });
});

describe("programme region names", () => {
  it("are seeded in all six languages, translated", () => {
    for (const region of programmeRegions) {
      for (const locale of LOCALES) expect(region.name[locale]?.trim(), `${region.code} ${locale}`).toBeTruthy();
      for (const locale of ["ru", "zh", "ar"] as const) expect(region.name[locale], `${region.code} ${locale}`).not.toBe(region.name.en);
    }
  });
});
