// Shapes of the reference data the seed writes that are still TypeScript: the service catalogue (the
// framework is a data file: prisma/frameworks/, lib/frameworks/document.ts).
// Texts are translatable: `en` is required and is the fallback for a language not yet translated.

export const LOCALES = ["en", "fr", "es", "ru", "zh", "ar"] as const;
export type Locale = (typeof LOCALES)[number];
export type LocalizedText = { en: string } & Partial<Record<Exclude<Locale, "en">, string>>;

export type ServiceArea =
  | "CYBER_INVESTIGATIONS"
  | "OCSEA"
  | "DIGITAL_FORENSICS"
  | "DIGITAL_EVIDENCE"
  | "VIRTUAL_ASSETS"
  | "PREVENTION_AWARENESS";

export type DeliveryMode = "CAPACITY_BUILDING" | "COOPERATION" | "NORMATIVE_ASSISTANCE";

export interface ServiceSeed {
  /** Stable code, `<AREA>-<MODE>` abbreviations, e.g. `CI-CB`. */
  code: string;
  area: ServiceArea;
  mode: DeliveryMode;
  name: LocalizedText;
  description: LocalizedText;
  /** Indicator codes this service helps close a gap on. */
  indicatorCodes: string[];
}
