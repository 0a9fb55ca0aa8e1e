// Shapes of the reference data the seed writes: the assessment framework and the service catalogue.
// Texts are translatable: `en` is required and is the fallback for a language not yet translated.

export const LOCALES = ["en", "fr", "es", "ru", "zh", "ar"] as const;
export type Locale = (typeof LOCALES)[number];
export type LocalizedText = { en: string } & Partial<Record<Exclude<Locale, "en">, string>>;

/** Maturity levels 0..4: none, initial, developing, established, advanced. */
export type LevelDescriptors = [LocalizedText, LocalizedText, LocalizedText, LocalizedText, LocalizedText];

export interface IndicatorSeed {
  /** Stable code, `<PILLAR>-<two digits>`, e.g. `INV-03`. Never reused for another meaning. */
  code: string;
  /** Relative importance when ranking gaps, 1 (normal) to 3 (critical). */
  weight: 1 | 2 | 3;
  title: LocalizedText;
  question: LocalizedText;
  guidance: LocalizedText;
  levels: LevelDescriptors;
  evidenceGuidance: LocalizedText;
  /** Articles of the UN Convention against Cybercrime (GA res. 79/243), 1..68. */
  uncacArticles: number[];
  /** Articles of the Budapest Convention (ETS 185), second reference, 1..48. */
  budapestArticles: number[];
}

export type PillarCode = "PRE" | "INV" | "FOR" | "EVI" | "PRO" | "LEG";

export interface PillarSeed {
  code: PillarCode;
  name: LocalizedText;
  description: LocalizedText;
  indicators: IndicatorSeed[];
}

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
