import { describe, expect, it } from "vitest";
import { directionOf, localize, negotiateLocale } from "./config";

describe("negotiateLocale", () => {
  it.each([
    [undefined, "en"],
    ["", "en"],
    ["fr-CA,fr;q=0.9,en;q=0.8", "fr"],
    ["de-DE,de;q=0.9,es;q=0.5,ru;q=0.7", "ru"],
    ["zh-Hans-CN", "zh"],
    ["ar-EG;q=0.1, pt", "ar"],
    ["pt-BR, de", "en"],
    ["es;q=0, fr;q=0.2", "fr"],
    ["en;q=abc, ru", "ru"],
  ])("%s -> %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe("localize", () => {
  it("returns the reader's language when present", () => {
    expect(localize({ en: "Kenya", fr: "Kenya", ar: "كينيا" }, "ar")).toEqual({ text: "كينيا", lang: "ar" });
  });
  it("falls back to English and says so", () => {
    expect(localize({ en: "Investigation", ru: "" }, "ru")).toEqual({ text: "Investigation", lang: "en" });
  });
  it("tolerates data that is not a localized text", () => {
    expect(localize(null, "fr")).toEqual({ text: "", lang: "en" });
    expect(localize("plain", "fr")).toEqual({ text: "", lang: "en" });
  });
});

describe("directionOf", () => {
  it("is right-to-left for Arabic only", () => {
    expect(directionOf("ar")).toBe("rtl");
    for (const l of ["en", "fr", "es", "ru", "zh"] as const) expect(directionOf(l)).toBe("ltr");
  });
});
