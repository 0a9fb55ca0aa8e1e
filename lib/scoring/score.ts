// The scoring method: answers -> pillar scores, gaps, the priority list, the recommended assistance
// package and Convention coverage; progress between two rounds; the regional benchmark rule.
// Pure functions, no database: every screen, the JSON API and the exports call these, so a figure is
// computed one way only. The rules are product.md's "Scoring and gaps"; docs/scoring.md explains them
// to readers. Bump SCORING_METHOD_VERSION whenever a result could change for the same answers.
// An article's chapter comes from the Conventions' data file, imported statically (lib/conventions):
// the module stays pure (no database, no I/O) and synchronous, and the file is the one the
// database's convention_articles table is seeded from, so both give the same chapter.
import { chapterOf } from "../conventions/articles";
import {
  DELIVERY_MODES,
  type Convention,
  type ConventionCoverage,
  type CoverageArticle,
  type CoverageStatus,
  type IndicatorProgress,
  type IndicatorResult,
  type IndicatorState,
  type PackageMode,
  type PackageService,
  type PillarBenchmark,
  type PillarProgress,
  type PillarResult,
  type RoundProgressResult,
  type RoundScores,
  type ScoringAnswer,
  type ScoringInput,
} from "./types";

export const SCORING_METHOD_VERSION = "1.0";

/** The top of the maturity scale (levels 0-4). */
export const MAX_LEVEL = 4;
/** The target of a pillar the focal point has not set. */
export const DEFAULT_TARGET = 3;
/** Regional figures are shown only where at least this many countries contribute. */
export const MIN_BENCHMARK_COUNTRIES = 3;
/** Convention coverage: an article is in place when every applicable indicator is at this level or above. */
export const COVERAGE_IN_PLACE = 3;
/** ...and partly in place when some applicable indicator is at this level or above. */
export const COVERAGE_PARTLY = 2;

/** Rounds to two decimals (scores, gaps); the same rounding everywhere a score is shown. */
export function round2(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

function round1(value: number): number {
  return Math.round((value + Number.EPSILON) * 10) / 10;
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

function stateOf(answer: ScoringAnswer | undefined): IndicatorState {
  if (!answer || answer.kind === null) return "unanswered";
  if (answer.kind === "NOT_APPLICABLE") return "notApplicable";
  if (answer.kind === "DONT_KNOW") return "dontKnow";
  return answer.level === null ? "unanswered" : "level";
}

/** A pillar score as a percentage of the top of the scale, one decimal. */
export function percentOfScale(score: number): number {
  return round1((score / MAX_LEVEL) * 100);
}

/**
 * Scores one round.
 * - Indicator: level only when answered with a level; target = its override, else its pillar's
 *   target; gap = max(0, target - level); priority = gap x weight. "Don't know" and unanswered
 *   indicators have no level and no gap (they are missing data, not a zero); "not applicable" ones
 *   are left out of every mean.
 * - Pillar: score = mean level of its answered, applicable indicators (unweighted, product.md);
 *   gap = mean of those indicators' gaps, so a level above target on one indicator does not hide a
 *   gap on another, and per-indicator overrides count.
 * - Priority list: gap > 0, by priority (gap x weight) descending, then gap, then weight, then
 *   framework order.
 * - Package: each active service with the gap indicators it addresses, ranked within its delivery
 *   mode by the weighted gap it closes (sum of gap x weight), then by code.
 * - Coverage: see coverageOf.
 */
export function scoreRound(input: ScoringInput): RoundScores {
  const pillarTarget = new Map(input.pillars.map((p) => [p.code, p.target]));
  const servicesOf = new Map<string, string[]>();
  for (const service of input.services) {
    for (const code of service.indicatorCodes) servicesOf.set(code, [...(servicesOf.get(code) ?? []), service.code]);
  }

  const indicators: IndicatorResult[] = input.indicators.map((indicator) => {
    const answer = input.answers.get(indicator.code);
    const state = stateOf(answer);
    const override = answer?.targetOverride ?? null;
    const target = override ?? pillarTarget.get(indicator.pillarCode) ?? DEFAULT_TARGET;
    const level = state === "level" ? (answer?.level ?? null) : null;
    const gap = level === null ? null : Math.max(0, target - level);
    return {
      code: indicator.code,
      pillar: indicator.pillarCode,
      state,
      level,
      target,
      targetOverridden: override !== null,
      gap,
      weight: indicator.weight,
      priority: gap === null ? null : gap * indicator.weight,
      services: servicesOf.get(indicator.code) ?? [],
    };
  });

  const pillars: PillarResult[] = input.pillars.map((pillar) => {
    const own = indicators.filter((i) => i.pillar === pillar.code);
    const scored = own.filter((i) => i.state === "level");
    const score = mean(scored.map((i) => i.level ?? 0));
    const gap = mean(scored.map((i) => i.gap ?? 0));
    return {
      code: pillar.code,
      score: score === null ? null : round2(score),
      percent: score === null ? null : percentOfScale(score),
      target: pillar.target,
      gap: gap === null ? null : round2(gap),
      indicators: own.length,
      answered: scored.length,
      notApplicable: own.filter((i) => i.state === "notApplicable").length,
      dontKnow: own.filter((i) => i.state === "dontKnow").length,
      unanswered: own.filter((i) => i.state === "unanswered").length,
    };
  });

  const order = new Map(indicators.map((i, index) => [i.code, index]));
  const priorities = indicators
    .filter((i) => (i.gap ?? 0) > 0)
    .sort(
      (a, b) =>
        (b.priority ?? 0) - (a.priority ?? 0) ||
        (b.gap ?? 0) - (a.gap ?? 0) ||
        b.weight - a.weight ||
        (order.get(a.code) ?? 0) - (order.get(b.code) ?? 0),
    );

  return {
    methodVersion: SCORING_METHOD_VERSION,
    pillars,
    indicators,
    priorities,
    package: packageOf(priorities, input.services),
    coverage: (["UNCC", "BUDAPEST"] as const).map((convention) => coverageOf(convention, input, indicators)),
  };
}

function packageOf(priorities: readonly IndicatorResult[], services: ScoringInput["services"]): PackageMode[] {
  const byMode = new Map<string, PackageService[]>();
  for (const service of services) {
    const addressed = priorities.filter((i) => service.indicatorCodes.includes(i.code));
    if (addressed.length === 0) continue;
    const entry: PackageService = {
      code: service.code,
      area: service.area,
      mode: service.mode,
      weightedGap: addressed.reduce((sum, i) => sum + (i.priority ?? 0), 0),
      indicators: addressed.map((i) => i.code),
    };
    byMode.set(service.mode, [...(byMode.get(service.mode) ?? []), entry]);
  }
  return DELIVERY_MODES.map((mode) => ({
    mode,
    services: (byMode.get(mode) ?? []).sort((a, b) => b.weightedGap - a.weightedGap || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
  }));
}

/**
 * Convention coverage, per article that indicators reference, grouped by chapter. Indicators
 * answered "not applicable" do not count; of the others: in place when every one is at level 3 or
 * more, partly when some are at 2 or more, otherwise missing (unanswered and "don't know" count as
 * not in place). An article whose indicators are all "not applicable" is reported as such.
 */
export function coverageOf(convention: Convention, input: ScoringInput, results: readonly IndicatorResult[]): ConventionCoverage {
  const resultOf = new Map(results.map((r) => [r.code, r]));
  const byArticle = new Map<number, IndicatorResult[]>();
  for (const indicator of input.indicators) {
    const articles = convention === "UNCC" ? indicator.uncacArticles : indicator.budapestArticles;
    const result = resultOf.get(indicator.code);
    if (!result) continue;
    for (const article of new Set(articles)) byArticle.set(article, [...(byArticle.get(article) ?? []), result]);
  }
  const byChapter = new Map<number, CoverageArticle[]>();
  for (const article of [...byArticle.keys()].sort((a, b) => a - b)) {
    const referencing = byArticle.get(article) ?? [];
    const chapter = chapterOf(convention, article) ?? 0;
    const entry: CoverageArticle = {
      article,
      status: coverageStatus(referencing),
      indicators: referencing.map((r) => ({ code: r.code, level: r.level, state: r.state })),
    };
    byChapter.set(chapter, [...(byChapter.get(chapter) ?? []), entry]);
  }
  return {
    convention,
    chapters: [...byChapter.entries()].sort(([a], [b]) => a - b).map(([chapter, articles]) => ({ chapter, articles })),
  };
}

function coverageStatus(referencing: readonly IndicatorResult[]): CoverageStatus {
  const applicable = referencing.filter((r) => r.state !== "notApplicable");
  if (applicable.length === 0) return "notApplicable";
  if (applicable.every((r) => r.level !== null && r.level >= COVERAGE_IN_PLACE)) return "inPlace";
  if (applicable.some((r) => r.level !== null && r.level >= COVERAGE_PARTLY)) return "partly";
  return "missing";
}

/**
 * Progress of a round against the country's previous validated round, matched by indicator code
 * (codes are stable across framework versions). An indicator whose code is only in one of the two
 * versions is reported as added or removed, never as progress; a pillar's delta is the mean change
 * over the indicators compared in both rounds, so it compares like with like.
 */
export function progressBetween(current: RoundScores, previous: RoundScores): RoundProgressResult {
  const before = new Map(previous.indicators.map((i) => [i.code, i]));
  const now = new Set(current.indicators.map((i) => i.code));
  const indicators: IndicatorProgress[] = current.indicators.map((i) => {
    const prev = before.get(i.code);
    if (!prev) return { code: i.code, state: "added", previousLevel: null, level: i.level, delta: null };
    if (prev.level === null || i.level === null) return { code: i.code, state: "notComparable", previousLevel: prev.level, level: i.level, delta: null };
    return { code: i.code, state: "compared", previousLevel: prev.level, level: i.level, delta: i.level - prev.level };
  });
  const removed = previous.indicators.filter((i) => !now.has(i.code));
  for (const r of removed) indicators.push({ code: r.code, state: "removed", previousLevel: r.level, level: null, delta: null });

  const pillarOf = new Map(current.indicators.map((i) => [i.code, i.pillar]));
  const previousScore = new Map(previous.pillars.map((p) => [p.code, p.score]));
  const pillars: PillarProgress[] = current.pillars.map((p) => {
    const own = indicators.filter((i) => i.state !== "removed" && pillarOf.get(i.code) === p.code);
    const compared = own.filter((i) => i.state === "compared");
    const delta = mean(compared.map((i) => i.delta ?? 0));
    return {
      code: p.code,
      previousScore: previousScore.get(p.code) ?? null,
      score: p.score,
      delta: delta === null ? null : round2(delta),
      compared: compared.length,
      added: own.filter((i) => i.state === "added").length,
      removed: removed.filter((r) => r.pillar === p.code).length,
    };
  });
  return { pillars, indicators };
}

/** The rule for every cross-country figure: shown only where at least three countries contribute. */
export function medianShown(contributors: number): boolean {
  return contributors >= MIN_BENCHMARK_COUNTRIES;
}

/**
 * Linear-interpolation quantile of sorted values (the same definition as PostgreSQL's
 * percentile_cont), p in [0, 1].
 */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError("quantile of no values");
  const position = p * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

/**
 * The regional benchmark of one pillar from the scores of the region's countries (each country's
 * latest validated round, the country itself included): median and interquartile range, shown only
 * where at least three countries contribute. `inRegion` is false for a country that belongs to no
 * programme region. Each country's score is rounded as it is shown (two decimals) first, so the
 * median of the scores a reader sees is the median shown.
 */
export function benchmarkOf(code: string, countryScores: readonly number[], inRegion: boolean): PillarBenchmark {
  if (!inRegion) return { code, contributors: 0, median: null, q1: null, q3: null, medianHiddenReason: "NO_REGION" };
  const sorted = countryScores.map(round2).sort((a, b) => a - b);
  if (!medianShown(sorted.length)) {
    return { code, contributors: sorted.length, median: null, q1: null, q3: null, medianHiddenReason: "FEWER_THAN_THREE" };
  }
  return {
    code,
    contributors: sorted.length,
    median: round2(quantile(sorted, 0.5)),
    q1: round2(quantile(sorted, 0.25)),
    q3: round2(quantile(sorted, 0.75)),
    medianHiddenReason: null,
  };
}
