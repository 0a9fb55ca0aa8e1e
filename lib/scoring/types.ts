// The inputs and results of the scoring method (lib/scoring/score.ts). Pure data: no database, no
// locale. Screens, the JSON API and (later) exports all read these shapes.

export type DeliveryModeCode = "CAPACITY_BUILDING" | "COOPERATION" | "NORMATIVE_ASSISTANCE";
export type AnswerKindCode = "LEVEL" | "NOT_APPLICABLE" | "DONT_KNOW";

/** Display order of the delivery modes in the recommended package. */
export const DELIVERY_MODES: readonly DeliveryModeCode[] = ["CAPACITY_BUILDING", "COOPERATION", "NORMATIVE_ASSISTANCE"];

export interface ScoringPillar {
  code: string;
  /** The round's target level for the pillar (the focal point's; 3 by default). */
  target: number;
}

export interface ScoringIndicator {
  code: string;
  pillarCode: string;
  /** 1 normal, 2 important, 3 critical. */
  weight: number;
  uncacArticles: readonly number[];
  budapestArticles: readonly number[];
}

export interface ScoringAnswer {
  /** Null while only a justification or evidence was entered. */
  kind: AnswerKindCode | null;
  level: number | null;
  targetOverride: number | null;
}

export interface ScoringService {
  code: string;
  area: string;
  mode: DeliveryModeCode;
  indicatorCodes: readonly string[];
}

export interface ScoringInput {
  /** In framework order. */
  pillars: readonly ScoringPillar[];
  /** In framework order (pillar, then position): ties in the priority list keep this order. */
  indicators: readonly ScoringIndicator[];
  /** By indicator code; a missing entry is an unanswered indicator. */
  answers: ReadonlyMap<string, ScoringAnswer>;
  /** Active services of the catalogue. */
  services: readonly ScoringService[];
}

/** How an indicator was answered, as scoring sees it. */
export type IndicatorState = "level" | "notApplicable" | "dontKnow" | "unanswered";

export interface IndicatorResult {
  code: string;
  pillar: string;
  state: IndicatorState;
  /** 0-4 when answered with a level; null when unanswered, not applicable or don't know. */
  level: number | null;
  /** The indicator's override, else its pillar's target. */
  target: number;
  targetOverridden: boolean;
  /** max(0, target - level); null when there is no level. */
  gap: number | null;
  weight: number;
  /** gap x weight; null when there is no level. */
  priority: number | null;
  /** Codes of the services that address this indicator, in catalogue order. */
  services: string[];
}

export interface PillarResult {
  code: string;
  /** Mean level of the answered, applicable indicators (0-4, two decimals); null when none. */
  score: number | null;
  /** The score as a percentage of 4 (one decimal); null when there is no score. */
  percent: number | null;
  target: number;
  /** Mean gap of the answered, applicable indicators (two decimals); null when there is no score. */
  gap: number | null;
  indicators: number;
  answered: number;
  notApplicable: number;
  dontKnow: number;
  unanswered: number;
}

export interface PackageService {
  code: string;
  area: string;
  mode: DeliveryModeCode;
  /** Sum of gap x weight over the gap indicators the service addresses. */
  weightedGap: number;
  /** The gap indicators it addresses, by priority. */
  indicators: string[];
}

export interface PackageMode {
  mode: DeliveryModeCode;
  /** Ranked by weighted gap, then code. */
  services: PackageService[];
}

export type Convention = "UNCC" | "BUDAPEST";
/** in place: every applicable referencing indicator at 3 or more; partly: some at 2 or more. */
export type CoverageStatus = "inPlace" | "partly" | "missing" | "notApplicable";

export interface CoverageArticle {
  article: number;
  status: CoverageStatus;
  /** The referencing indicators, in framework order, with their level (null without one). */
  indicators: { code: string; level: number | null; state: IndicatorState }[];
}

export interface CoverageChapter {
  /** Chapter number (UNCC: 1-9; Budapest: 1-4), from prisma/frameworks/convention-articles.json. */
  chapter: number;
  articles: CoverageArticle[];
}

export interface ConventionCoverage {
  convention: Convention;
  chapters: CoverageChapter[];
}

export interface RoundScores {
  methodVersion: string;
  pillars: PillarResult[];
  /** In framework order. */
  indicators: IndicatorResult[];
  /** Indicators with a gap above zero, ranked (see score.ts for the order and its ties). */
  priorities: IndicatorResult[];
  package: PackageMode[];
  coverage: ConventionCoverage[];
}

// --- Progress against the previous validated round ---------------------------------------------

export type IndicatorProgressState =
  /** Both rounds have a level: `delta` is the change. */
  | "compared"
  /** The code exists in both framework versions but one of the rounds has no level for it. */
  | "notComparable"
  /** The code is not in the previous round's framework version (new, or renamed). */
  | "added"
  /** The code was in the previous round's framework version and is gone from this one. */
  | "removed";

export interface IndicatorProgress {
  code: string;
  state: IndicatorProgressState;
  previousLevel: number | null;
  level: number | null;
  delta: number | null;
}

export interface PillarProgress {
  code: string;
  previousScore: number | null;
  score: number | null;
  /** Mean change over the indicators compared in both rounds (two decimals); null when none. */
  delta: number | null;
  compared: number;
  added: number;
  removed: number;
}

export interface RoundProgressResult {
  pillars: PillarProgress[];
  indicators: IndicatorProgress[];
}

// --- Regional benchmark ------------------------------------------------------------------------

export type MedianHiddenReason = "NO_REGION" | "FEWER_THAN_THREE";

export interface PillarBenchmark {
  code: string;
  /** Countries whose latest validated round has a score for the pillar. */
  contributors: number;
  median: number | null;
  q1: number | null;
  q3: number | null;
  medianHiddenReason: MedianHiddenReason | null;
}
