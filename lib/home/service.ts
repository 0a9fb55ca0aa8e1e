import "server-only";
import { getDb } from "../db";
import { assertAdmin, countryScopeWhere, type Actor } from "../authz";
import { listRoundSummaries, type RoundSummary } from "../rounds/service";

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
    db.service.count(),
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

/** The countries an actor sees with their rounds, newest first: the portfolio of an officer, the
 *  own country of a team member. */
export async function getCountriesWithRounds(actor: Actor, filter: "membership" | "portfolio"): Promise<CountryRounds[]> {
  const db = getDb();
  const where =
    filter === "membership"
      ? { id: { in: actor.memberships.map((m) => m.countryId) } }
      : { AND: [countryScopeWhere({ ...actor, isAdmin: false, memberships: [] })] };
  const countries = await db.country.findMany({
    where: { AND: [countryScopeWhere(actor), where] },
    select: { id: true, iso2: true, name: true, programmeRegion: { select: { code: true, name: true } } },
    orderBy: { iso2: "asc" },
  });
  const rounds = await listRoundSummaries(actor, countries.map((c) => c.id));
  return countries.map((country) => ({ country, rounds: rounds.get(country.id) ?? [] }));
}
