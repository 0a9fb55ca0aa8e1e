import "server-only";
// Reading what the scoring module needs for one round (framework, answers, targets, services), for
// the dashboard and for the snapshot kept at validation. Three queries, whatever the round.
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { LocalizedText } from "../i18n/config";
import type { DeliveryModeCode, ScoringInput } from "../scoring/types";

type Reader = Pick<PrismaClient | Prisma.TransactionClient, "pillar" | "answer" | "service" | "indicatorReview">;

export interface ScoringData {
  input: ScoringInput;
  /** Names and titles for display, by code. */
  pillarNames: Map<string, LocalizedText>;
  indicatorTitles: Map<string, LocalizedText>;
  serviceNames: Map<string, { area: string; name: LocalizedText }>;
  /** Officers' validated levels, by indicator code (issue 13's review). */
  validatedLevels: Map<string, number>;
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
  const [framework, answers, services, reviews] = await Promise.all([
    db.pillar.findMany({
      where: { frameworkVersionId: round.frameworkVersionId },
      orderBy: { position: "asc" },
      select: {
        id: true,
        code: true,
        name: true,
        indicators: { orderBy: { position: "asc" }, select: { id: true, code: true, title: true, weight: true, uncacArticles: true, budapestArticles: true } },
      },
    }),
    db.answer.findMany({ where: { roundId: round.id }, select: { indicatorId: true, kind: true, level: true, targetOverride: true } }),
    db.service.findMany({
      where: { isActive: true },
      orderBy: { code: "asc" },
      select: { code: true, area: true, mode: true, name: true, indicators: { select: { indicatorCode: true }, orderBy: { indicatorCode: "asc" } } },
    }),
    db.indicatorReview.findMany({ where: { roundId: round.id, validatedLevel: { not: null } }, select: { indicatorId: true, validatedLevel: true } }),
  ]);
  const targets = new Map(round.targets.map((t) => [t.pillarId, t.targetLevel]));
  const answerOf = new Map(answers.map((a) => [a.indicatorId, a]));
  const validatedOf = new Map(reviews.map((r) => [r.indicatorId, r.validatedLevel]));
  const useValidated = options.levels === "validated";
  const codeOf = new Map(framework.flatMap((p) => p.indicators.map((i) => [i.id, i.code] as const)));

  const input: ScoringInput = {
    pillars: framework.map((p) => ({ code: p.code, target: targets.get(p.id) ?? 3 })),
    indicators: framework.flatMap((p) =>
      p.indicators.map((i) => ({ code: i.code, pillarCode: p.code, weight: i.weight, uncacArticles: i.uncacArticles, budapestArticles: i.budapestArticles })),
    ),
    answers: new Map(
      framework.flatMap((p) =>
        p.indicators.flatMap((i) => {
          const a = answerOf.get(i.id);
          const validated = useValidated ? validatedOf.get(i.id) : undefined;
          if (validated !== undefined && validated !== null) return [[i.code, { kind: "LEVEL" as const, level: validated, targetOverride: a?.targetOverride ?? null }] as const];
          return a ? [[i.code, { kind: a.kind, level: a.level, targetOverride: a.targetOverride }] as const] : [];
        }),
      ),
    ),
    services: services.map((s) => ({ code: s.code, area: s.area, mode: s.mode as DeliveryModeCode, indicatorCodes: s.indicators.map((i) => i.indicatorCode) })),
  };
  return {
    input,
    pillarNames: new Map(framework.map((p) => [p.code, p.name as LocalizedText])),
    indicatorTitles: new Map(framework.flatMap((p) => p.indicators.map((i) => [i.code, i.title as LocalizedText] as const))),
    serviceNames: new Map(services.map((s) => [s.code, { area: s.area, name: s.name as LocalizedText }])),
    validatedLevels: new Map(reviews.flatMap((r) => (r.validatedLevel === null ? [] : [[codeOf.get(r.indicatorId) ?? r.indicatorId, r.validatedLevel] as const]))),
  };
}
