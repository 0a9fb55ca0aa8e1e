import { describe, expect, it } from "vitest";
import { buildCountries, programmeRegions } from "./countries";
import { frameworkV1Pillars } from "./framework-v1";
import { frameworkV1Translations, translated, translatedLevels } from "./framework-v1-i18n";
import { serviceCatalogue } from "./service-catalogue";
import { LOCALES } from "./types";

describe("countries", () => {
  const countries = buildCountries();
  it("are the 193 UN Member States with unique codes", () => {
    expect(countries).toHaveLength(193);
    for (const key of ["iso2", "iso3", "m49Code"] as const) expect(new Set(countries.map((c) => c[key])).size).toBe(193);
    expect(countries.map((c) => c.iso2)).not.toContain("VA");
    expect(countries.map((c) => c.iso2)).not.toContain("PS");
  });
  it("each have a name in all six languages and a known programme region", () => {
    const codes = new Set(programmeRegions.map((r) => r.code));
    for (const c of countries) {
      for (const l of LOCALES) expect(c.name[l], `${c.iso2} ${l}`).toBeTruthy();
      expect(codes.has(c.programmeRegionCode), c.iso2).toBe(true);
    }
  });
});

describe("framework v1", () => {
  const indicators = frameworkV1Pillars.flatMap((p) => p.indicators.map((i) => ({ ...i, pillar: p.code })));
  it("has the six pillars with 6 to 10 indicators each", () => {
    expect(frameworkV1Pillars.map((p) => p.code)).toEqual(["PRE", "INV", "FOR", "EVI", "PRO", "LEG"]);
    for (const p of frameworkV1Pillars) {
      expect(p.indicators.length).toBeGreaterThanOrEqual(6);
      expect(p.indicators.length).toBeLessThanOrEqual(10);
      for (const l of LOCALES) expect(p.name[l], `${p.code} ${l}`).toBeTruthy();
    }
  });
  it("gives each indicator a stable unique code, five level descriptors and valid article references", () => {
    expect(new Set(indicators.map((i) => i.code)).size).toBe(indicators.length);
    for (const i of indicators) {
      expect(i.code).toMatch(new RegExp(`^${i.pillar}-\\d{2}$`));
      expect(i.levels).toHaveLength(5);
      expect(i.uncacArticles.length).toBeGreaterThan(0);
      for (const a of i.uncacArticles) expect(a >= 1 && a <= 68, `${i.code} UNCAC ${a}`).toBe(true);
      for (const a of i.budapestArticles) expect(a >= 1 && a <= 48, `${i.code} Budapest ${a}`).toBe(true);
    }
  });
  it("has a service for every indicator, and services name only real indicators", () => {
    const codes = new Set(indicators.map((i) => i.code));
    const covered = new Set(serviceCatalogue.flatMap((s) => s.indicatorCodes));
    for (const code of covered) expect(codes.has(code), code).toBe(true);
    for (const code of codes) expect(covered.has(code), code).toBe(true);
    expect(serviceCatalogue).toHaveLength(18);
    expect(new Set(serviceCatalogue.map((s) => `${s.area}/${s.mode}`)).size).toBe(18);
  });
});

describe("framework v1 translations", () => {
  const codes = frameworkV1Pillars.flatMap((p) => p.indicators.map((i) => i.code));
  it.each(Object.keys(frameworkV1Translations))("%s covers every indicator with every text", (locale) => {
    const translation = frameworkV1Translations[locale as keyof typeof frameworkV1Translations];
    expect(Object.keys(translation).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      const t = translation[code];
      for (const field of ["title", "question", "guidance", "evidenceGuidance"] as const) expect(t[field].trim(), `${locale} ${code} ${field}`).not.toBe("");
      expect(t.levels.filter((l) => l.trim() !== ""), `${locale} ${code} levels`).toHaveLength(5);
    }
  });
  it("merges translations into the seeded texts, English kept as the source", () => {
    const indicator = frameworkV1Pillars[1].indicators[0];
    const title = translated(indicator.code, "title", indicator.title);
    expect(title.en).toBe(indicator.title.en);
    expect(title.ar).toBe(frameworkV1Translations.ar[indicator.code].title);
    const levels = translatedLevels(indicator.code, indicator.levels);
    expect(levels[4].fr).toBe(frameworkV1Translations.fr[indicator.code].levels[4]);
  });
});
