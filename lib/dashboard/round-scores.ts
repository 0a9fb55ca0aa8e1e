import "server-only";
// Reading what the scoring module needs for one round (framework, answers, targets, services), for
// the dashboard and for the snapshot kept at validation. Two statements, whatever the round (an
// indicator's Convention articles come with it, aggregated in the first).
import pg from "pg";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { LocalizedText } from "../i18n/config";
import type { AnswerKindCode, Convention, DeliveryModeCode, ScoringInput } from "../scoring/types";

/** Where the statements run: a pg pool (the dashboard, getReadPool) or Prisma (the validation snapshot, inside its transaction). */
export type Reader = pg.Pool | Pick<PrismaClient | Prisma.TransactionClient, "$queryRaw">;

/**
 * The rows of one statement. On a pool it is a named statement, prepared once per connection (the
 * dashboard's six statements through Prisma cost about a quarter of its CPU); `name` must always go
 * with the same text. The column types used here (int4, float8, bool, text, text[], json,
 * timestamptz) come back alike both ways.
 */
export async function readRows<T>(db: Reader, name: string, sql: Prisma.Sql): Promise<T[]> {
  if (db instanceof pg.Pool) return (await db.query<T & pg.QueryResultRow>({ name, text: sql.text, values: sql.values })).rows;
  return db.$queryRaw<T[]>(sql);
}

interface IndicatorRow {
  pillar_id: string;
  pillar: string;
  pillar_name: LocalizedText;
  id: string;
  code: string;
  title: LocalizedText;
  weight: number;
  /** The indicator's Convention articles (indicator_articles) with their titles, by Convention and number. */
  articles: { convention: Convention; number: number; title: LocalizedText }[];
  kind: AnswerKindCode | null;
  level: number | null;
  target_override: number | null;
  answered: boolean;
  validated_level: number | null;
  validated_at: Date | null;
}

export interface ScoringData {
  input: ScoringInput;
  /** Names and titles for display, by code. */
  pillarNames: Map<string, LocalizedText>;
  indicatorTitles: Map<string, LocalizedText>;
  serviceNames: Map<string, { area: string; name: LocalizedText }>;
  /** Titles of the Convention articles the indicators refer to, by `${convention}:${number}`. */
  articleTitles: Map<string, LocalizedText>;
  /**
   * Officers' validated levels, by indicator code (issue 13's review), with when each was decided:
   * a reader outside the review sees one only once its review was sent (lib/authz.ts canSeeIndicatorDecision).
   */
  validatedLevels: Map<string, { level: number; decidedAt: Date }>;
}

/**
 * The scoring input of a round. With `levels: "validated"`, an officer's validated level replaces
 * the self-assessed one where there is one (what benchmarks and the validation snapshot use).
 */
export async function loadScoringData(
  db: Reader,
  round: { id: string; frameworkVersionId: string; targets: readonly { pillarId: string; targetLevel: number }[] },
  options: { levels?: "self" | "validated" } = {},
): Promise<ScoringData> {
  const [rows, services] = await Promise.all([
    // The framework version's indicators in order, each with the round's answer and any validated level.
    readRows<IndicatorRow>(db, "dashboard.indicators", Prisma.sql`
      SELECT p.id AS pillar_id, p.code AS pillar, p.name AS pillar_name, i.id, i.code, i.title, i.weight,
             coalesce((SELECT json_agg(json_build_object('convention', ia.convention, 'number', ia.number, 'title', ca.title)
                                       ORDER BY ia.convention, ia.number)
                         FROM indicator_articles ia
                         JOIN convention_articles ca ON ca.convention = ia.convention AND ca.number = ia.number
                        WHERE ia.indicator_id = i.id), '[]') AS articles,
             a.kind::text AS kind, a.level, a.target_override, a.id IS NOT NULL AS answered, v.validated_level, v.decided_at AS validated_at
      FROM pillars p
      JOIN indicators i ON i.pillar_id = p.id
      LEFT JOIN answers a ON a.round_id = ${round.id}::uuid AND a.indicator_id = i.id
      LEFT JOIN indicator_reviews v ON v.round_id = ${round.id}::uuid AND v.indicator_id = i.id AND v.validated_level IS NOT NULL
      WHERE p.framework_version_id = ${round.frameworkVersionId}::uuid
      ORDER BY p.position, i.position`),
    // The active services of the catalogue with the indicator codes they address.
    readRows<{ code: string; area: string; mode: DeliveryModeCode; name: LocalizedText; codes: string[] }>(db, "dashboard.services", Prisma.sql`
      SELECT s.code, s.area::text AS area, s.mode::text AS mode, s.name,
             coalesce(array_agg(si.indicator_code ORDER BY si.indicator_code) FILTER (WHERE si.indicator_code IS NOT NULL), '{}') AS codes
      FROM services s LEFT JOIN service_indicators si ON si.service_id = s.id
      WHERE s.is_active
      GROUP BY s.id
      ORDER BY s.code`),
  ]);
  const targets = new Map(round.targets.map((t) => [t.pillarId, t.targetLevel]));
  const useValidated = options.levels === "validated";
  const pillars = new Map<string, { code: string; name: LocalizedText; target: number }>();
  for (const r of rows) if (!pillars.has(r.pillar)) pillars.set(r.pillar, { code: r.pillar, name: r.pillar_name, target: targets.get(r.pillar_id) ?? 3 });

  const input: ScoringInput = {
    pillars: [...pillars.values()].map((p) => ({ code: p.code, target: p.target })),
    indicators: rows.map((r) => ({
      code: r.code,
      pillarCode: r.pillar,
      weight: r.weight,
      uncacArticles: r.articles.filter((a) => a.convention === "UNCC").map((a) => a.number),
      budapestArticles: r.articles.filter((a) => a.convention === "BUDAPEST").map((a) => a.number),
    })),
    answers: new Map(
      rows.flatMap((r) => {
        if (useValidated && r.validated_level !== null) return [[r.code, { kind: "LEVEL" as const, level: r.validated_level, targetOverride: r.target_override }] as const];
        return r.answered ? [[r.code, { kind: r.kind, level: r.level, targetOverride: r.target_override }] as const] : [];
      }),
    ),
    services: services.map((s) => ({ code: s.code, area: s.area, mode: s.mode, indicatorCodes: s.codes })),
  };
  return {
    input,
    pillarNames: new Map([...pillars.values()].map((p) => [p.code, p.name])),
    indicatorTitles: new Map(rows.map((r) => [r.code, r.title])),
    serviceNames: new Map(services.map((s) => [s.code, { area: s.area, name: s.name }])),
    articleTitles: new Map(rows.flatMap((r) => r.articles.map((a) => [`${a.convention}:${a.number}`, a.title] as const))),
    validatedLevels: new Map(
      rows.flatMap((r) => (r.validated_level === null || r.validated_at === null ? [] : [[r.code, { level: r.validated_level, decidedAt: r.validated_at }] as const])),
    ),
  };
}
