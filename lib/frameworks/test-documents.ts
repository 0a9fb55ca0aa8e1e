// Small hand-made framework documents for tests: valid as made, for each test to change in one place.
import type { TFrameworkDocument, TIndicatorDocument, TLocalizedText } from "./document";

export function text(en: string): TLocalizedText {
  return { en, fr: `${en} (fr)`, es: `${en} (es)`, ru: `${en} (ru)`, zh: `${en} (zh)`, ar: `${en} (ar)` };
}

export function testIndicator(code: string): TIndicatorDocument {
  return {
    code,
    weight: 2,
    title: text(`${code} title`),
    question: text(`${code} question`),
    guidance: text(`${code} guidance`),
    levelCount: 5,
    levels: [0, 1, 2, 3, 4].map((l) => text(`${code} level ${l}`)),
    evidenceGuidance: text(`${code} evidence`),
    articles: { unCybercrime: [7], budapest: [2] },
  };
}

/** Two pillars: INV (INV-01, INV-02) and LEG (LEG-01). */
export function testDocument(version = "9.9"): TFrameworkDocument {
  return {
    format: 1,
    version,
    name: text("Test framework"),
    description: text("For tests"),
    pillars: [
      { code: "INV", name: text("Investigation"), description: text("Inv"), indicators: [testIndicator("INV-01"), testIndicator("INV-02")] },
      { code: "LEG", name: text("Legislation"), description: text("Leg"), indicators: [testIndicator("LEG-01")] },
    ],
  };
}
