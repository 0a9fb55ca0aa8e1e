import type { TAnswerFields } from "@/lib/answers/schemas";
import type { ConventionCode } from "@/lib/conventions/articles";

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
  /** The Convention articles it refers to (UN Convention first, by number), titles in the reader's language. */
  articles: { convention: ConventionCode; number: number; title: string }[];
  /** `carryPending`: carried over from a previous round, not yet confirmed or changed. */
  answer: (TAnswerFields & { version: number; updatedAt: string | null; updatedBy: string | null; carryPending: boolean }) | null;
  evidence: EvidenceView[];
  /** The previous round's answer this one was carried over from: its cycle and its evidence (read-only). */
  carriedFrom: { cycle: string; evidence: EvidenceView[] } | null;
  /** Names of the active services of the catalogue that help close a gap on this indicator. */
  services: string[];
}

export interface EvidenceView {
  id: string;
  kind: "LINK" | "FILE";
  title: string | null;
  url: string | null;
  fileName: string | null;
  sizeBytes: number | null;
}
