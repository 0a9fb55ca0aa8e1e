import "server-only";
// An officer's portfolio (their regions and countries) or, for an administrator, every country:
// the latest score per country and pillar (the heat map), rounds by status, the most common gaps,
// the demand for each service, and progress between cycles. Every figure is aggregated in SQL over
// the countries the authorization module allows (a fixed number of queries, whatever the number of
// countries or rounds); only per-country rows and small summaries come back.
import { assignedOfficerWhere, isOfficer, type Actor } from "../authz";
import { getReadDb } from "../db";
import { AppError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import type { RoundStatus } from "../generated/prisma/enums";
import type { LocalizedText } from "../i18n/config";
import { VALIDATED_ROUND } from "../rounds/sql";
import { medianShown, round2, SCORING_METHOD_VERSION } from "../scoring/score";
import type { DeliveryModeCode, MedianHiddenReason } from "../scoring/types";
import type { TPortfolioFilters } from "./schemas";

export interface PortfolioCountry {
  iso2: string;
  name: LocalizedText;
  region: string | null;
  /** The latest round matching the filters (cancelled rounds never count); null when none. */
  round: { id: string; cycle: string; status: RoundStatus } | null;
  /** Pillar code -> mean level (0-4, two decimals), as the country's dashboard shows it. */
  scores: Record<string, number | null>;
}

export interface PortfolioData {
  methodVersion: string;
  filters: TPortfolioFilters;
  /** The programme regions of the portfolio (for the filter). */
  regions: { code: string; name: LocalizedText }[];
  /** The cycles of the portfolio's rounds, newest first (for the filter). */
  cycles: string[];
  pillars: { code: string; name: LocalizedText }[];
  countries: PortfolioCountry[];
  statusCounts: { status: RoundStatus; count: number }[];
  commonGaps: { code: string; title: LocalizedText; countries: number; meanGap: number }[];
  serviceDemand: { code: string; name: LocalizedText; mode: DeliveryModeCode; countries: number; weightedGap: number }[];
  /** Per cycle, each pillar's median over the portfolio's validated rounds; hidden below three countries. */
  progress: { cycle: string; pillars: { code: string; median: number | null; contributors: number; hiddenReason: MedianHiddenReason | null }[] }[];
}

/** The one row of the latest rounds' statement: arrays, to keep the JSON small. */
interface LatestFigures {
  /** per latest round: country id, round id, cycle, status, [pillar code, mean level] (empty for a round without levels) */
  heat: [string, string, string, RoundStatus, [string, number | null][]][];
  /** indicator code, countries with a gap on it, mean gap, the published indicator's title */
  gaps: [string, number, number, LocalizedText | null][];
  /** service code, countries whose package includes it, weighted gap it closes, its name and mode */
  demand: [string, number, number, LocalizedText, DeliveryModeCode][];
}

/** The one row of the reference statement: what the filters and the table's rows and columns name. */
interface References {
  /** id, ISO code, name, programme region code, ordered by ISO code */
  countries: [string, string, LocalizedText, string | null][];
  /** code, name, ordered by code */
  regions: [string, LocalizedText][];
  /** newest first */
  cycles: string[];
  /** code, name, in the published framework's order */
  pillars: [string, LocalizedText][];
}

/**
 * The countries of the reader's portfolio, as ids: the authorization module's filter, resolved once.
 * Null for every country (an administrator without a region filter): no list of every id travels.
 */
async function portfolioCountryIds(actor: Actor, region: string | null): Promise<string[] | null> {
  if (!actor.isAdmin && !isOfficer(actor)) throw new AppError("FORBIDDEN", "portfolio: officers and administrators");
  if (actor.isAdmin && !region) return null;
  const where: Prisma.CountryWhereInput = {
    AND: [actor.isAdmin ? {} : assignedOfficerWhere(actor), region ? { programmeRegion: { code: region } } : {}],
  };
  const rows = await getReadDb().country.findMany({ where, select: { id: true } });
  return rows.map((r) => r.id);
}

/**
 * Four statements after the reader's countries are known, all at once: references (countries,
 * regions, cycles, pillars), the latest rounds' figures, rounds by status, progress. Each answers
 * one row of JSON or a few rows; country ids travel as one array parameter, not a list of hundreds,
 * and not at all for an administrator's every country.
 */
export async function getPortfolio(actor: Actor, filters: TPortfolioFilters): Promise<PortfolioData> {
  const db = getReadDb();
  const [ids, allIds] = await Promise.all([portfolioCountryIds(actor, filters.region), filters.region ? portfolioCountryIds(actor, null) : Promise.resolve(null)]);
  const scopeIds = filters.region ? allIds : ids;
  const status = filters.status;
  const cycle = filters.cycle;

  // The latest round of each country matching the filters (used by the heat map, gaps and demand).
  const latest = latestRoundsSql(ids, status, cycle);

  const [[refs], [latestFigures], statusRows, progressRows] = await Promise.all([
    db.$queryRaw<[References]>`
      SELECT
        (SELECT COALESCE(json_agg(json_build_array(c.id, c.iso2, c.name, pr.code) ORDER BY c.iso2), '[]')
           FROM countries c LEFT JOIN programme_regions pr ON pr.id = c.programme_region_id
          WHERE ${inScope("c.id", ids)}) AS countries,
        (SELECT COALESCE(json_agg(json_build_array(pr.code, pr.name) ORDER BY pr.code), '[]')
           FROM programme_regions pr
          WHERE EXISTS (SELECT 1 FROM countries c WHERE c.programme_region_id = pr.id AND ${inScope("c.id", scopeIds)})) AS regions,
        (SELECT COALESCE(json_agg(x.cycle ORDER BY x.cycle DESC), '[]')
           FROM (SELECT DISTINCT r.cycle FROM assessment_rounds r WHERE ${inScope("r.country_id", scopeIds)} AND r.cancelled_at IS NULL) x) AS cycles,
        (SELECT COALESCE(json_agg(json_build_array(p.code, p.name) ORDER BY p.position), '[]')
           FROM pillars p JOIN framework_versions f ON f.id = p.framework_version_id AND f.status = 'PUBLISHED') AS pillars`,
    // The heat map, the most common gaps and the demand for services, in one statement, from the
    // figures kept for every round (round_figures, migration 20261203090000: its heat map row and
    // its gaps), not from the latest rounds' answers. The gaps are unnested once (a materialized
    // CTE) for both the most common gaps and the demand.
    db.$queryRaw<[LatestFigures]>`
      WITH latest AS MATERIALIZED (${latest}),
      gapped AS MATERIALIZED (
        SELECT f.round_id, u.code, u.gap, u.weight
        FROM latest l
        JOIN round_figures f ON f.round_id = l.id,
        unnest(f.gap_codes, f.gaps, f.gap_weights) AS u(code, gap, weight)
      ),
      gaps AS (
        SELECT code, count(*)::int AS countries, AVG(gap)::float8 AS mean_gap
        FROM gapped
        GROUP BY code
        ORDER BY countries DESC, mean_gap DESC, code
        LIMIT 10
      ),
      -- Per service and country first, then per service: the countries are the groups, counted
      -- without count(DISTINCT ...), which sorts.
      demand AS (
        SELECT x.code, count(*)::int AS countries, SUM(x.weighted_gap)::int AS weighted_gap
        FROM (
          SELECT s.code, v.round_id, SUM(v.gap * v.weight) AS weighted_gap
          FROM gapped v
          JOIN service_indicators si ON si.indicator_code = v.code
          JOIN services s ON s.id = si.service_id AND s.is_active
          GROUP BY s.code, v.round_id
        ) x
        GROUP BY x.code
      )
      SELECT
        (SELECT COALESCE(json_agg(json_build_array(l.country_id, l.id, l.cycle, l.status, COALESCE(f.heat, '[]'))), '[]')
           FROM latest l LEFT JOIN round_figures f ON f.round_id = l.id) AS heat,
        (SELECT COALESCE(json_agg(json_build_array(g.code, g.countries, g.mean_gap,
                  (SELECT i.title FROM indicators i JOIN framework_versions f ON f.id = i.framework_version_id AND f.status = 'PUBLISHED' WHERE i.code = g.code LIMIT 1))
                ORDER BY g.countries DESC, g.mean_gap DESC, g.code), '[]') FROM gaps g) AS gaps,
        (SELECT COALESCE(json_agg(json_build_array(d.code, d.countries, d.weighted_gap, s.name, s.mode) ORDER BY d.weighted_gap DESC, d.code), '[]')
           FROM demand d JOIN services s ON s.code = d.code) AS demand`,
    db.$queryRaw<{ status: RoundStatus; count: number }[]>`
      SELECT r.status, count(*)::int AS count
      FROM assessment_rounds r
      WHERE ${inScope("r.country_id", ids)} AND r.cancelled_at IS NULL AND (${cycle}::text IS NULL OR r.cycle = ${cycle})
      GROUP BY r.status`,
    // Progress between cycles: each country's validated round of each cycle, on validated levels
    // (round_pillar_scores, kept by triggers at validation: a few rows per round, not every answer).
    // The median of the scores rounded to two decimals, as percentile_cont(0.5) over the rounded
    // scores gives it, but rounding only the middle one or two: rounding never reorders, so the
    // middle of the sorted scores, rounded, is the middle of the rounded scores (and the mean of the
    // two middle ones is percentile_cont's lo + (hi - lo) * 0.5). Rounding every score cost more.
    db.$queryRaw<{ cycle: string; pillar: string; median: number | null; contributors: number }[]>`
      SELECT g.cycle, g.pillar,
             CASE WHEN g.n % 2 = 1 THEN ROUND(g.v[(g.n + 1) / 2]::numeric, 2)::float8
                  ELSE ROUND(g.v[g.n / 2]::numeric, 2)::float8
                       + (ROUND(g.v[g.n / 2 + 1]::numeric, 2)::float8 - ROUND(g.v[g.n / 2]::numeric, 2)::float8) * 0.5::float8 END AS median,
             g.contributors
      FROM (
        SELECT r.cycle, p.code AS pillar, array_agg(s.score ORDER BY s.score) AS v, count(*)::int AS n,
               -- A country has one live round per cycle (a unique index, migration 20261202060000),
               -- so each score is one country's: no count(DISTINCT ...), which sorts.
               count(*)::int AS contributors
        FROM assessment_rounds r
        JOIN round_pillar_scores s ON s.round_id = r.id
        JOIN pillars p ON p.id = s.pillar_id
        WHERE ${inScope("r.country_id", ids)} AND ${VALIDATED_ROUND}
        GROUP BY r.cycle, p.code
      ) g
      ORDER BY g.cycle, g.pillar`,
  ]);

  const pillars = refs.pillars.map(([code, name]) => ({ code, name }));
  const noScores = () => Object.fromEntries(pillars.map((p) => [p.code, null])) as Record<string, number | null>;
  const byCountry = new Map<string, PortfolioCountry["round"] & { scores: Record<string, number | null> }>();
  for (const [countryId, roundId, roundCycle, roundStatus, scores] of latestFigures.heat) {
    const entry = { id: roundId, cycle: roundCycle, status: roundStatus, scores: noScores() };
    for (const [pillar, score] of scores) if (score !== null) entry.scores[pillar] = round2(score);
    byCountry.set(countryId, entry);
  }

  const progressByCycle = new Map<string, PortfolioData["progress"][number]>();
  for (const row of progressRows) {
    const entry = progressByCycle.get(row.cycle) ?? { cycle: row.cycle, pillars: [] };
    const shown = medianShown(row.contributors);
    entry.pillars.push({ code: row.pillar, median: shown && row.median !== null ? round2(row.median) : null, contributors: row.contributors, hiddenReason: shown ? null : "FEWER_THAN_THREE" });
    progressByCycle.set(row.cycle, entry);
  }

  return {
    methodVersion: SCORING_METHOD_VERSION,
    filters,
    regions: refs.regions.map(([code, name]) => ({ code, name })),
    cycles: refs.cycles,
    pillars,
    countries: refs.countries
      .map(([id, iso2, name, region]) => {
        const entry = byCountry.get(id);
        return {
          iso2,
          name,
          region,
          round: entry ? { id: entry.id, cycle: entry.cycle, status: entry.status } : null,
          scores: entry?.scores ?? noScores(),
        };
      })
      // With a status or cycle filter, only the countries with such a round.
      .filter((c) => (filters.status === null && filters.cycle === null) || c.round !== null),
    statusCounts: statusRows.sort((a, b) => a.status.localeCompare(b.status)),
    commonGaps: latestFigures.gaps.map(([code, countries, meanGap, title]) => ({ code, title: title ?? { en: code }, countries, meanGap: round2(meanGap) })),
    serviceDemand: latestFigures.demand.map(([code, countries, weightedGap, name, mode]) => ({ code, name, mode, countries, weightedGap })),
    progress: [...progressByCycle.values()],
  };
}

/** `column` is one of `ids` (every country when null). */
function inScope(column: "c.id" | "r.country_id", ids: string[] | null): Prisma.Sql {
  return ids === null ? Prisma.sql`TRUE` : Prisma.sql`${Prisma.raw(column)} = ANY(${ids}::uuid[])`;
}

/** The latest round of each country of `ids` (every country when null) matching the filters; `l` columns: id, country_id, cycle, status. */
function latestRoundsSql(ids: string[] | null, status: RoundStatus | null, cycle: string | null): Prisma.Sql {
  return Prisma.sql`
    SELECT DISTINCT ON (r.country_id) r.id, r.country_id, r.cycle, r.status
    FROM assessment_rounds r
    WHERE ${inScope("r.country_id", ids)} AND r.cancelled_at IS NULL
      AND (${status}::text IS NULL OR r.status::text = ${status}::text)
      AND (${cycle}::text IS NULL OR r.cycle = ${cycle}::text)
    ORDER BY r.country_id, r.opened_at DESC, r.id DESC`;
}
