import "server-only";
import { getDb, getPool } from "../db";
import { ASSIGNED_OFFICER_SQL, COUNTRY_SCOPE_SQL, MEMBER_COUNTRY_SQL, assertAdmin, roundScopeWhere, scopeSqlParams, type Actor } from "../authz";
import type { RoundStatus } from "../generated/prisma/enums";
import { EDITABLE_STATUSES } from "../rounds/lifecycle";
import { computeProgress } from "../rounds/progress";
import { roundSummaryOf, type RoundSummary, type RoundSummaryColumns } from "../rounds/service";
import { ROUND_COUNTS } from "../rounds/sql";

export interface AdminOverview {
  users: number;
  activeUsers: number;
  countries: number;
  countriesWithRounds: number;
  rounds: number;
  roundsByStatus: { status: string; count: number }[];
  frameworkVersions: number;
  services: number;
}

export async function getAdminOverview(actor: Actor): Promise<AdminOverview> {
  assertAdmin(actor);
  const db = getDb();
  const [users, activeUsers, countries, countriesWithRounds, rounds, byStatus, frameworkVersions, services] = await Promise.all([
    db.user.count(),
    db.user.count({ where: { disabledAt: null } }),
    db.country.count(),
    db.country.count({ where: { rounds: { some: {} } } }),
    db.assessmentRound.count(),
    db.assessmentRound.groupBy({ by: ["status"], _count: { _all: true }, orderBy: { status: "asc" } }),
    db.frameworkVersion.count(),
    // Services in use: a retired one is kept for the rounds that name it, not counted.
    db.service.count({ where: { isActive: true } }),
  ]);
  return {
    users,
    activeUsers,
    countries,
    countriesWithRounds,
    rounds,
    roundsByStatus: byStatus.map((s) => ({ status: s.status, count: s._count._all })),
    frameworkVersions,
    services,
  };
}

export interface CountryRounds {
  country: { id: string; iso2: string; name: unknown; programmeRegion: { code: string; name: unknown } | null };
  rounds: RoundSummary[];
}

/** The countries an actor sees with their rounds, newest first: the portfolio of an officer (each
 *  country's latest round only), the own country of a team member (every round). */
export async function getCountriesWithRounds(actor: Actor, filter: "membership" | "portfolio"): Promise<CountryRounds[]> {
  // One statement, prepared once per connection, instead of three through Prisma: this is the
  // officer's home page, the page they open most. The rounds are those of the countries in scope
  // (roundScopeWhere is the country scope), so the country clause is the only authorization input.
  const portfolio = filter === "portfolio";
  const { rows } = await getPool().query<CountryRoundRow>({
    name: portfolio ? "home.portfolio" : "home.ownCountries",
    text: `SELECT c.id, c.iso2, c.name, pr.code AS region_code, pr.name AS region_name,
                  r.id AS round_id, r.cycle, r.status, r.opened_at, r.submitted_at, r.validated_at, r.cancelled_at, r.cancel_reason,
                  fv.version, ${ROUND_COUNTS.text}
             FROM countries c
             LEFT JOIN programme_regions pr ON pr.id = c.programme_region_id
             LEFT JOIN LATERAL (SELECT * FROM assessment_rounds r WHERE r.country_id = c.id ORDER BY r.opened_at DESC ${portfolio ? "LIMIT 1" : ""}) r ON TRUE
             LEFT JOIN framework_versions fv ON fv.id = r.framework_version_id
            WHERE ${COUNTRY_SCOPE_SQL} AND ${portfolio ? ASSIGNED_OFFICER_SQL : MEMBER_COUNTRY_SQL}
            ORDER BY c.iso2, r.opened_at DESC`,
    values: scopeSqlParams(actor),
  });
  const byCountry = new Map<string, CountryRounds>();
  for (const row of rows) {
    let entry = byCountry.get(row.id);
    if (!entry) {
      entry = { country: { id: row.id, iso2: row.iso2, name: row.name, programmeRegion: row.region_code === null ? null : { code: row.region_code, name: row.region_name } }, rounds: [] };
      byCountry.set(row.id, entry);
    }
    if (row.round_id === null) continue;
    entry.rounds.push(roundSummaryOf(row.round_id, row));
  }
  return [...byCountry.values()];
}

/** A row of getCountriesWithRounds' statement: a country with one of its rounds (the round's columns null when it has none). */
type CountryRoundRow = { id: string; iso2: string; name: unknown; region_code: string | null; region_name: unknown } & (
  | ({ round_id: string } & RoundSummaryColumns)
  | { round_id: null; cycle: null; status: null; opened_at: null; submitted_at: null; validated_at: null; cancelled_at: null; cancel_reason: null; version: null; indicators: number; answered: number }
);

export interface TaskPillar {
  code: string;
  name: unknown;
  answered: number;
  total: number;
  /** The first indicator of the pillar still to answer (blank or "don't know"), in framework order. */
  firstMissingCode: string | null;
}

export interface RoundTasks {
  roundId: string;
  cycle: string;
  status: RoundStatus;
  country: { iso2: string; name: unknown };
  pillars: TaskPillar[];
}

/**
 * A respondent's tasks: in each editable round of the countries where they are a respondent, the
 * pillars assigned to them with their progress. Focal points answer everything and follow the
 * round page instead. Rounds come through the actor's scope like every other read.
 */
export async function getMyTasks(actor: Actor): Promise<RoundTasks[]> {
  const assigned = new Map(actor.memberships.filter((m) => m.role === "RESPONDENT" && m.assignedPillarCodes.length > 0).map((m) => [m.countryId, m.assignedPillarCodes]));
  if (assigned.size === 0) return [];
  const db = getDb();
  const rounds = await db.assessmentRound.findMany({
    where: { AND: [roundScopeWhere(actor), { countryId: { in: [...assigned.keys()] }, status: { in: [...EDITABLE_STATUSES] } }] },
    select: { id: true, cycle: true, status: true, countryId: true, frameworkVersionId: true, country: { select: { iso2: true, name: true } } },
    orderBy: [{ openedAt: "desc" }],
  });
  return Promise.all(
    rounds.map(async (round) => {
      // About ten indicators per pillar: the pillars with their indicators and this round's answers.
      const pillars = await db.pillar.findMany({
        where: { frameworkVersionId: round.frameworkVersionId, code: { in: assigned.get(round.countryId) ?? [] } },
        select: { code: true, name: true, indicators: { select: { id: true, code: true, answers: { where: { roundId: round.id }, select: { kind: true } } }, orderBy: { position: "asc" } } },
        orderBy: { position: "asc" },
      });
      const progress = computeProgress(
        pillars.flatMap((p) => p.indicators.map((i) => ({ id: i.id, code: i.code, pillarCode: p.code }))),
        new Map(pillars.flatMap((p) => p.indicators.map((i) => [i.id, i.answers[0]?.kind ?? null] as const))),
      );
      return {
        roundId: round.id,
        cycle: round.cycle,
        status: round.status,
        country: round.country,
        pillars: pillars.map((p) => {
          const pp = progress.pillars.find((x) => x.pillarCode === p.code);
          return { code: p.code, name: p.name, answered: pp?.answered ?? 0, total: pp?.total ?? 0, firstMissingCode: progress.missing.find((m) => m.pillarCode === p.code)?.code ?? null };
        }),
      };
    }),
  );
}
