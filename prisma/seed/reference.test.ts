import { describe, expect, it } from "vitest";
import { buildCountries, programmeRegions } from "./countries";
import { frameworkV1 } from "./frameworks";
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

describe("service catalogue against framework v1", () => {
  const codes = new Set(frameworkV1.pillars.flatMap((p) => p.indicators.map((i) => i.code)));
  it("has a service for every indicator, and services name only real indicators", () => {
    const covered = new Set(serviceCatalogue.flatMap((s) => s.indicatorCodes));
    for (const code of covered) expect(codes.has(code), code).toBe(true);
    for (const code of codes) expect(covered.has(code), code).toBe(true);
    expect(serviceCatalogue).toHaveLength(18);
    expect(new Set(serviceCatalogue.map((s) => `${s.area}/${s.mode}`)).size).toBe(18);
  });
});
