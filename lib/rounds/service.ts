import "server-only";
import { getDb } from "../db";
import type { RoundStatus } from "../generated/prisma/enums";
import { roundScopeWhere, type Actor } from "../authz";

export interface RoundSummary {
  id: string;
  cycle: string;
  status: RoundStatus;
  frameworkVersion: string;
  openedAt: Date;
  submittedAt: Date | null;
  validatedAt: Date | null;
  indicatorCount: number;
  answeredCount: number;
}

/**
 * Rounds of a set of countries with their completeness, scoped to what the actor may see.
 * Completeness (answered = a level or "not applicable") is counted in SQL, not in JavaScript.
 */
export async function listRoundSummaries(actor: Actor, countryIds: string[]): Promise<Map<string, RoundSummary[]>> {
  const db = getDb();
  const rounds = await db.assessmentRound.findMany({
    where: { AND: [roundScopeWhere(actor), { countryId: { in: countryIds } }] },
    select: {
      id: true,
      countryId: true,
      cycle: true,
      status: true,
      openedAt: true,
      submittedAt: true,
      validatedAt: true,
      frameworkVersion: { select: { version: true, _count: { select: { indicators: true } } } },
      _count: { select: { answers: { where: { kind: { in: ["LEVEL", "NOT_APPLICABLE"] } } } } },
    },
    orderBy: [{ countryId: "asc" }, { openedAt: "desc" }],
  });
  const byCountry = new Map<string, RoundSummary[]>();
  for (const r of rounds) {
    const list = byCountry.get(r.countryId) ?? [];
    list.push({
      id: r.id,
      cycle: r.cycle,
      status: r.status,
      frameworkVersion: r.frameworkVersion.version,
      openedAt: r.openedAt,
      submittedAt: r.submittedAt,
      validatedAt: r.validatedAt,
      indicatorCount: r.frameworkVersion._count.indicators,
      answeredCount: r._count.answers,
    });
    byCountry.set(r.countryId, list);
  }
  return byCountry;
}
