import type { TAnswerFields } from "@/lib/answers/schemas";

/** An indicator as the questionnaire shows it: texts already in the reader's language. */
export interface QuestionnaireIndicator {
  id: string;
  code: string;
  weight: number;
  title: string;
  question: string;
  guidance: string;
  evidenceGuidance: string;
  levels: string[];
  /** Language of the texts, when it differs from the page's (untranslated content falls back to English). */
  textLang: string | null;
  uncacArticles: number[];
  budapestArticles: number[];
  answer: (TAnswerFields & { version: number; updatedAt: string | null; updatedBy: string | null }) | null;
  evidence: EvidenceView[];
}

export interface EvidenceView {
  id: string;
  kind: "LINK" | "FILE";
  title: string | null;
  url: string | null;
  fileName: string | null;
  sizeBytes: number | null;
}
