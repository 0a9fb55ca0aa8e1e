// What the country dashboard shows, as the service (lib/dashboard/service.ts) returns it to the page
// and the JSON API (app/api/v1/rounds/[roundId]/dashboard). Names are localized texts ({en, fr, ...});
// figures come from lib/scoring only.
import type { LocalizedText } from "../i18n/config";
import type {
  Convention,
  CoverageArticle,
  IndicatorProgress,
  IndicatorResult,
  PackageMode,
  PillarBenchmark,
  PillarProgress,
  PillarResult,
} from "../scoring/types";
import type { RoundStatus } from "../generated/prisma/enums";

export interface DashboardRoundRef {
  id: string;
  cycle: string;
  status: RoundStatus;
}

export interface DashboardPillar extends PillarResult {
  name: LocalizedText;
  benchmark: PillarBenchmark;
  /** Against the previous validated round; null when there is none. */
  progress: PillarProgress | null;
}

export interface DashboardIndicator extends IndicatorResult {
  title: LocalizedText;
  /**
   * The level (0-4) an officer validated when it differs from the self-assessed `level`; null: none,
   * or one the reader may not see yet (the country's team sees it once the review is sent).
   */
  validatedLevel: number | null;
  progress: IndicatorProgress | null;
}

export interface DashboardService {
  code: string;
  area: string;
  name: LocalizedText;
}

/** An article of the Convention coverage, with its title. */
export interface DashboardCoverageArticle extends CoverageArticle {
  title: LocalizedText;
}

/** The scoring module's Convention coverage, each article with its title. */
export interface DashboardCoverage {
  convention: Convention;
  chapters: { chapter: number; articles: DashboardCoverageArticle[] }[];
}

export interface TrendPoint {
  roundId: string;
  cycle: string;
  status: RoundStatus;
  /** Pillar code -> score (0-4, two decimals), null where the round has none for the pillar. */
  scores: Record<string, number | null>;
}

export interface DashboardData {
  methodVersion: string;
  round: DashboardRoundRef & {
    frameworkVersion: string;
    /** Not validated: the figures may still change (the page shows a "provisional" banner). */
    provisional: boolean;
    country: { iso2: string; name: LocalizedText };
  };
  region: { code: string; name: LocalizedText } | null;
  /** In framework order. */
  pillars: DashboardPillar[];
  /** In framework order. */
  indicators: DashboardIndicator[];
  /** Codes of the indicators with a gap, ranked. */
  priorities: string[];
  package: PackageMode[];
  /** The services named in `package` and `indicators[].services`. */
  services: Record<string, DashboardService>;
  coverage: DashboardCoverage[];
  /** The previous validated round progress is measured against; null when there is none. */
  previousRound: DashboardRoundRef | null;
  /** The country's rounds, oldest first (cancelled ones left out), with pillar scores. */
  trend: TrendPoint[];
}
