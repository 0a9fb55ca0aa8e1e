import "server-only";
// The country dashboard's figures: one round scored by lib/scoring, its progress against the
// country's previous validated round, the trend over the country's rounds and the regional benchmark.
// Anything over many rounds (trend, benchmark) reads the figures the database keeps per round
// (round_figures, round_pillar_scores: triggers recompute them in the transaction that changes a
// round), a row per round or pillar; the number of queries is fixed (six), whatever the number of
// rounds or countries.
import { assertCanOnCountry, canOnCountry, canSeeIndicatorDecision, type Actor } from "../authz";
import { getReadPool } from "../db";
import { Prisma } from "../generated/prisma/client";
import { AppError } from "../errors";
import type { RoundStatus } from "../generated/prisma/enums";
import type { LocalizedText } from "../i18n/config";
import { isUuid } from "../ids";
import { VALIDATED_ROUND } from "../rounds/sql";
import { benchmarkOf, progressBetween, round2, scoreRound } from "../scoring/score";
import type { AnswerKindCode, RoundScores, ScoringAnswer } from "../scoring/types";
import { loadScoringData, readRows } from "./round-scores";
import type { DashboardData, DashboardRoundRef, DashboardService, TrendPoint } from "./types";

interface RoundRow {
  id: string;
  cycle: string;
  status: RoundStatus;
  opened_at: Date;
  framework_version_id: string;
  framework_version: string;
  country_id: string;
  iso2: string;
  country_name: LocalizedText;
  programme_region_id: string | null;
  region_code: string | null;
  region_name: LocalizedText | null;
  targets: { pillarId: string; targetLevel: number }[];
  last_review_sent_at: Date | null;
}

interface ScoringRow {
  code: string;
  pillar: string;
  weight: number;
  kind: AnswerKindCode | null;
  level: number | null;
  target_override: number | null;
}

function answersOf(rows: readonly ScoringRow[]): Map<string, ScoringAnswer> {
  const answers = new Map<string, ScoringAnswer>();
  for (const row of rows) {
    if (row.kind !== null || row.level !== null || row.target_override !== null) {
      answers.set(row.code, { kind: row.kind, level: row.level, targetOverride: row.target_override });
    }
  }
  return answers;
}

export async function getRoundDashboard(actor: Actor, roundId: string): Promise<DashboardData> {
  if (!isUuid(roundId)) throw new AppError("NOT_FOUND", "round");
  // Heavy reads go to the read replica when there is one (DATABASE_REPLICA_URL).
  const db = getReadPool();

  // 1. The round, its country (for the authorization check), region, targets and when a review of it
  // was last sent (what of the officers' validated levels the country sees): one statement.
  const [row] = await readRows<RoundRow>(db, "dashboard.round", Prisma.sql`
    SELECT r.id, r.cycle, r.status, r.opened_at, r.framework_version_id, f.version AS framework_version,
           c.id AS country_id, c.iso2, c.name AS country_name, c.programme_region_id, pr.code AS region_code, pr.name AS region_name,
           coalesce((SELECT json_agg(json_build_object('pillarId', t.pillar_id, 'targetLevel', t.target_level)) FROM round_targets t WHERE t.round_id = r.id), '[]') AS targets,
           (SELECT max(rv.sent_at) FROM reviews rv WHERE rv.round_id = r.id) AS last_review_sent_at
    FROM assessment_rounds r
    JOIN framework_versions f ON f.id = r.framework_version_id
    JOIN countries c ON c.id = r.country_id
    LEFT JOIN programme_regions pr ON pr.id = c.programme_region_id
    WHERE r.id = ${roundId}::uuid`);
  const round = row
    ? {
        id: row.id,
        cycle: row.cycle,
        status: row.status,
        openedAt: row.opened_at,
        frameworkVersionId: row.framework_version_id,
        frameworkVersion: { version: row.framework_version },
        country: {
          id: row.country_id,
          iso2: row.iso2,
          name: row.country_name,
          programmeRegionId: row.programme_region_id,
          programmeRegion: row.region_code ? { code: row.region_code, name: row.region_name } : null,
        },
        targets: row.targets,
        lastReviewSentAt: row.last_review_sent_at,
      }
    : null;
  if (!round) throw new AppError("NOT_FOUND", "round");
  assertCanOnCountry(actor, "country.view", round.country);
  const country = round.country;
  // The officers' validated levels as the review shows them: reviewers as they are decided, the
  // country's team once the review was sent (never a draft of a review still open).
  const reviewer = canOnCountry(actor, "round.review", country);

  const [scoring, previous, trendRows, benchmarkRows] = await Promise.all([
    // 2-3. The framework version's indicators with the round's answers and validated levels; the
    // active services of the catalogue.
    loadScoringData(db, round),
    // 4. The previous validated round of the country, scored on its own framework version.
    readRows<ScoringRow & { round_id: string; cycle: string; status: RoundStatus; target: number | null }>(db, "dashboard.previous", Prisma.sql`
      WITH prev AS (
        SELECT r.id, r.cycle, r.status, r.framework_version_id
        FROM assessment_rounds r
        WHERE r.country_id = ${country.id}::uuid AND r.id <> ${round.id}::uuid AND ${VALIDATED_ROUND}
          AND r.opened_at < ${round.openedAt}
        ORDER BY r.validated_at DESC, r.opened_at DESC
        LIMIT 1
      )
      SELECT prev.id AS round_id, prev.cycle, prev.status, i.code, p.code AS pillar, i.weight,
             a.kind::text AS kind, a.level, a.target_override, t.target_level AS target
      FROM prev
      JOIN indicators i ON i.framework_version_id = prev.framework_version_id
      JOIN pillars p ON p.id = i.pillar_id
      LEFT JOIN answers a ON a.round_id = prev.id AND a.indicator_id = i.id
      LEFT JOIN round_targets t ON t.round_id = prev.id AND t.pillar_id = p.id
      ORDER BY p.position, i.position`),
    // 5. The trend: each pillar's score in each of the country's rounds (cancelled ones left out),
    // from the figures the database keeps per round (round_figures.heat: the mean self-assessed
    // level per pillar, migration 20261203090000), a row per round instead of every answer.
    readRows<{ round_id: string; cycle: string; status: RoundStatus; heat: [string, number][] | null }>(db, "dashboard.trend", Prisma.sql`
      SELECT r.id AS round_id, r.cycle, r.status, f.heat
      FROM assessment_rounds r
      LEFT JOIN round_figures f ON f.round_id = r.id
      WHERE r.country_id = ${country.id}::uuid AND r.cancelled_at IS NULL
      ORDER BY r.opened_at, r.id`),
    // 6. The benchmark: each pillar's score in the latest validated round of every country of the
    // programme region (the country itself included), on the officers' validated levels where set:
    // the scores the database keeps for validated rounds (round_pillar_scores, migration
    // 20261201230000), a few rows per country instead of every answer.
    country.programmeRegionId === null
      ? Promise.resolve([] as { pillar: string; score: number }[])
      : readRows<{ pillar: string; score: number }>(db, "dashboard.benchmark", Prisma.sql`
      WITH latest AS (
        SELECT DISTINCT ON (r.country_id) r.id
        FROM assessment_rounds r
        JOIN countries c ON c.id = r.country_id
        WHERE c.programme_region_id = ${country.programmeRegionId}::uuid AND ${VALIDATED_ROUND}
        ORDER BY r.country_id, r.validated_at DESC, r.opened_at DESC
      )
      SELECT p.code AS pillar, s.score
      FROM latest l
      JOIN round_pillar_scores s ON s.round_id = l.id
      JOIN pillars p ON p.id = s.pillar_id`),
  ]);

  const { input } = scoring;
  const validatedLevelOf = (code: string): number | null => {
    const v = scoring.validatedLevels.get(code);
    return v && canSeeIndicatorDecision(reviewer, v.decidedAt, round.lastReviewSentAt) ? v.level : null;
  };
  const scores = scoreRound(input);

  let previousScores: RoundScores | null = null;
  let previousRound: DashboardRoundRef | null = null;
  if (previous.length > 0) {
    const first = previous[0];
    previousRound = { id: first.round_id, cycle: first.cycle, status: first.status };
    const pillarCodes = [...new Set(previous.map((r) => r.pillar))];
    previousScores = scoreRound({
      pillars: pillarCodes.map((code) => ({ code, target: previous.find((r) => r.pillar === code)?.target ?? 3 })),
      indicators: previous.map((r) => ({ code: r.code, pillarCode: r.pillar, weight: r.weight, uncacArticles: [], budapestArticles: [] })),
      answers: answersOf(previous),
      services: [],
    });
  }
  const progress = previousScores ? progressBetween(scores, previousScores) : null;

  const regionScores = new Map<string, number[]>();
  for (const row of benchmarkRows) regionScores.set(row.pillar, [...(regionScores.get(row.pillar) ?? []), row.score]);


  const trend = new Map<string, TrendPoint>();
  for (const row of trendRows) {
    const point: TrendPoint = { roundId: row.round_id, cycle: row.cycle, status: row.status, scores: Object.fromEntries(input.pillars.map((p) => [p.code, null])) };
    for (const [pillar, score] of row.heat ?? []) point.scores[pillar] = round2(score);
    trend.set(row.round_id, point);
  }
  // The round on screen shows the scoring module's own figures (the same numbers as its pillars).
  const own = trend.get(round.id);
  if (own) for (const p of scores.pillars) own.scores[p.code] = p.score;

  const usedServices = new Set(scores.indicators.flatMap((i) => i.services));
  const serviceNames: Record<string, DashboardService> = {};
  for (const [code, s] of scoring.serviceNames) if (usedServices.has(code)) serviceNames[code] = { code, area: s.area, name: s.name };

  return {
    methodVersion: scores.methodVersion,
    round: {
      id: round.id,
      cycle: round.cycle,
      status: round.status,
      frameworkVersion: round.frameworkVersion.version,
      provisional: round.status !== "VALIDATED",
      country: { iso2: country.iso2, name: country.name },
    },
    region: country.programmeRegion ? { code: country.programmeRegion.code, name: country.programmeRegion.name ?? { en: country.programmeRegion.code } } : null,
    pillars: scores.pillars.map((p) => ({
      ...p,
      name: scoring.pillarNames.get(p.code) as LocalizedText,
      benchmark: benchmarkOf(p.code, regionScores.get(p.code) ?? [], country.programmeRegionId !== null),
      progress: progress?.pillars.find((x) => x.code === p.code) ?? null,
    })),
    indicators: scores.indicators.map((i) => ({
      ...i,
      title: scoring.indicatorTitles.get(i.code) as LocalizedText,
      validatedLevel: validatedLevelOf(i.code),
      progress: progress?.indicators.find((x) => x.code === i.code) ?? null,
    })),
    priorities: scores.priorities.map((i) => i.code),
    package: scores.package,
    services: serviceNames,
    // Each article with its title (from convention_articles, read with the indicators).
    coverage: scores.coverage.map((c) => ({
      ...c,
      chapters: c.chapters.map((ch) => ({
        ...ch,
        articles: ch.articles.map((a) => ({ ...a, title: scoring.articleTitles.get(`${c.convention}:${a.article}`) as LocalizedText })),
      })),
    })),
    previousRound,
    trend: [...trend.values()],
  };
}
