/** Translations of framework v1's indicator texts into one language, keyed by indicator code. */
export interface IndicatorTranslation {
  title: string;
  question: string;
  guidance: string;
  /** Descriptors of levels 0..4, in order. */
  levels: [string, string, string, string, string];
  evidenceGuidance: string;
}

export type FrameworkTranslation = Record<string, IndicatorTranslation>;
