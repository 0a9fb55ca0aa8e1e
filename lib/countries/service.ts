import "server-only";
import { getDb, getPool } from "../db";
import { AppError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import type { MembershipRole, RoundStatus } from "../generated/prisma/enums";
import { recordAudit } from "../audit/service";
import { assertAdmin, assertCanOnCountry, countryScopeWhere, officersOfCountryWhere, type Actor } from "../authz";
import { localize, type Locale } from "../i18n/config";
import { parseInput } from "../api/parse";
import { ZCountryQuery, ZMoveCountryRegion, type TCountryQuery, type TMoveCountryRegion } from "./schemas";
import { isIso2 } from "../validation/codes";
import { collator } from "../i18n/formatters";

const COUNTRY_SELECT = {
  id: true,
  iso2: true,
  iso3: true,
  name: true,
  m49Region: true,
  m49SubRegion: true,
  m49IntermediateRegion: true,
  programmeRegionId: true,
  programmeRegion: { select: { code: true, name: true } },
} as const;

/** A country as its page and GET /api/v1/countries/<iso2> show it (COUNTRY_SELECT's shape). */
export interface CountryDetail {
  id: string;
  iso2: string;
  iso3: string;
  /** Localized JSON as stored. */
  name: unknown;
  m49Region: string;
  m49SubRegion: string;
  m49IntermediateRegion: string | null;
  programmeRegionId: string | null;
  programmeRegion: { code: string; name: unknown } | null;
}

/** A row of the countries list: the country, whether it has a focal point, and its latest round. */
export interface CountryListRow extends Omit<CountryDetail, "programmeRegionId"> {
  hasFocalPoint: boolean;
  latestRound: { cycle: string; status: RoundStatus } | null;
}

/**
 * One country, for an actor allowed to see it. Country identities are public (the UN's list), so an
 * unknown code is NOT_FOUND and a known one outside the actor's scope is FORBIDDEN.
 */
export async function getCountryForActor(actor: Actor, iso2: string): Promise<CountryDetail> {
  if (!isIso2(iso2)) throw new AppError("NOT_FOUND", "country");
  // A named statement (prepared once per connection): the country page and its API read it on every
  // view, and through Prisma the same read cost about three times the CPU.
  const {
    rows: [row],
  } = await getPool().query<CountryDetailRow>({
    name: "country.byIso2",
    text: `SELECT c.id, c.iso2, c.iso3, c.name, c.m49_region, c.m49_sub_region, c.m49_intermediate_region, c.programme_region_id, pr.code AS region_code, pr.name AS region_name
             FROM countries c LEFT JOIN programme_regions pr ON pr.id = c.programme_region_id
            WHERE c.iso2 = $1`,
    values: [iso2.toUpperCase()],
  });
  if (!row) throw new AppError("NOT_FOUND", "country");
  const country: CountryDetail = {
    id: row.id,
    iso2: row.iso2,
    iso3: row.iso3,
    name: row.name,
    m49Region: row.m49_region,
    m49SubRegion: row.m49_sub_region,
    m49IntermediateRegion: row.m49_intermediate_region,
    programmeRegionId: row.programme_region_id,
    programmeRegion: row.region_code === null ? null : { code: row.region_code, name: row.region_name },
  };
  assertCanOnCountry(actor, "country.view", country);
  return country;
}

interface CountryDetailRow {
  id: string;
  iso2: string;
  iso3: string;
  name: unknown;
  m49_region: string;
  m49_sub_region: string;
  m49_intermediate_region: string | null;
  programme_region_id: string | null;
  region_code: string | null;
  region_name: unknown;
}

/** `%`, `_` and the escape character itself match literally in a LIKE pattern once escaped. */
function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Ids of the countries whose name (reader's language or English) contains `q`, or whose ISO code is `q`. */
async function searchCountryIds(q: string, locale: Locale): Promise<string[]> {
  // JSON text by key is out of Prisma's filter reach with case-insensitivity, hence SQL. `lower()` on
  // both sides so the comparison folds case the same way for every script.
  const pattern = likeContains(q);
  const rows = await getDb().$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT id::text FROM countries
     WHERE iso2 = upper(${q}) OR iso3 = upper(${q})
        OR lower(name->>${locale}) LIKE lower(${pattern})
        OR lower(name->>'en') LIKE lower(${pattern})`);
  return rows.map((r) => r.id);
}

/**
 * Countries the actor may see (countryScopeWhere: administrators all 193), filtered by the list's
 * query and sorted. Names are sorted in the reader's language in JavaScript: a locale-aware SQL
 * collation would depend on the ICU collations of the server, and there are at most 193 rows.
 */
export async function listCountriesForActor(actor: Actor, query: TCountryQuery = {}, locale: Locale = "en"): Promise<CountryListRow[]> {
  const parsed = parseInput(ZCountryQuery, query);
  const filters: Prisma.CountryWhereInput[] = [countryScopeWhere(actor)];
  if (parsed.q) filters.push({ id: { in: await searchCountryIds(parsed.q, locale) } });
  if (parsed.region) filters.push({ m49Region: parsed.region });
  if (parsed.subRegion) filters.push({ m49SubRegion: parsed.subRegion });
  if (parsed.programmeRegion === "none") filters.push({ programmeRegionId: null });
  else if (parsed.programmeRegion) filters.push({ programmeRegion: { code: parsed.programmeRegion } });
  const countries = await getDb().country.findMany({
    where: { AND: filters },
    select: {
      ...COUNTRY_SELECT,
      _count: { select: { memberships: { where: { role: "FOCAL_POINT" } } } },
      rounds: { select: { cycle: true, status: true }, orderBy: { openedAt: "desc" }, take: 1 },
    },
    orderBy: { iso2: "asc" },
  });
  const rows: CountryListRow[] = countries.map((c) => ({
    id: c.id,
    iso2: c.iso2,
    iso3: c.iso3,
    name: c.name,
    m49Region: c.m49Region,
    m49SubRegion: c.m49SubRegion,
    m49IntermediateRegion: c.m49IntermediateRegion,
    programmeRegion: c.programmeRegion,
    hasFocalPoint: c._count.memberships > 0,
    latestRound: c.rounds[0] ?? null,
  }));
  if (parsed.sort !== "iso") {
    const compare = collator(locale).compare;
    rows.sort((a, b) => compare(localize(a.name, locale).text, localize(b.name, locale).text));
    if (parsed.sort === "-name") rows.reverse();
  }
  return rows;
}

export interface CountryFilterOptions {
  /** M49 names as stored (English), each with its sub-regions. */
  regions: { name: string; subRegions: string[] }[];
  programmeRegions: { code: string; name: unknown }[];
}

/** What the list can be filtered by. Reference data, the same for everyone signed in. */
export async function listCountryFilterOptions(): Promise<CountryFilterOptions> {
  const db = getDb();
  const [pairs, programmeRegions] = await Promise.all([
    db.country.groupBy({ by: ["m49Region", "m49SubRegion"], orderBy: [{ m49Region: "asc" }, { m49SubRegion: "asc" }] }),
    db.programmeRegion.findMany({ select: { code: true, name: true }, orderBy: { code: "asc" } }),
  ]);
  const regions = new Map<string, string[]>();
  for (const p of pairs) regions.set(p.m49Region, [...(regions.get(p.m49Region) ?? []), p.m49SubRegion]);
  return { regions: [...regions].map(([name, subRegions]) => ({ name, subRegions })), programmeRegions };
}

export interface CountryPeople {
  members: { userId: string; name: string; email: string; role: MembershipRole }[];
  /** Officers assigned to the country directly, to its programme region, or both. */
  officers: { userId: string; name: string; email: string; byCountry: boolean; byRegion: boolean }[];
}

/**
 * A country's team and its officers, for those who may read the team ("team.view": its focal
 * points, its officers, administrators). FORBIDDEN for everyone else.
 */
export async function getCountryPeople(actor: Actor, country: { id: string; programmeRegionId: string | null }): Promise<CountryPeople> {
  assertCanOnCountry(actor, "team.view", country);
  const db = getDb();
  const [memberships, assignments] = await Promise.all([
    db.membership.findMany({
      where: { countryId: country.id },
      select: { role: true, user: { select: { id: true, name: true, email: true } } },
      // FOCAL_POINT sorts before RESPONDENT (enum order).
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    }),
    db.officerAssignment.findMany({
      where: { AND: [officersOfCountryWhere(country), { user: { disabledAt: null } }] },
      select: { countryId: true, user: { select: { id: true, name: true, email: true } } },
      orderBy: { user: { name: "asc" } },
    }),
  ]);
  const officers = new Map<string, CountryPeople["officers"][number]>();
  for (const a of assignments) {
    const entry = officers.get(a.user.id) ?? { userId: a.user.id, name: a.user.name, email: a.user.email, byCountry: false, byRegion: false };
    if (a.countryId) entry.byCountry = true;
    else entry.byRegion = true;
    officers.set(a.user.id, entry);
  }
  return {
    members: memberships.map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, role: m.role })),
    officers: [...officers.values()],
  };
}

export interface MoveResult {
  programmeRegion: string | null;
  changed: boolean;
}

/**
 * Moves a country to another programme region (or none): administrators only. The officers of the
 * old region lose it and those of the new one gain it at once (the rule reads the current region).
 * Audited with the region before and after; moving a country where it already is changes nothing.
 */
export async function moveCountryRegion(actor: Actor, iso2: string, input: TMoveCountryRegion): Promise<MoveResult> {
  assertAdmin(actor);
  const { programmeRegion: code } = parseInput(ZMoveCountryRegion, input);
  const db = getDb();
  return db.$transaction(async (tx) => {
    const country = await tx.country.findUnique({
      where: { iso2: iso2.trim().toUpperCase() },
      select: { id: true, programmeRegion: { select: { code: true } } },
    });
    if (!country) throw new AppError("NOT_FOUND", "country");
    const target = code === null ? null : await tx.programmeRegion.findUnique({ where: { code }, select: { id: true, code: true } });
    if (code !== null && !target) throw new AppError("INVALID_INPUT", "unknown programme region", { fields: { programmeRegion: "unknownRegion" } });
    const before = country.programmeRegion?.code ?? null;
    if (before === code) return { programmeRegion: code, changed: false };
    await tx.country.update({ where: { id: country.id }, data: { programmeRegionId: target?.id ?? null } });
    await recordAudit(
      { actorId: actor.userId, action: "country.move_region", entityType: "country", entityId: country.id, countryId: country.id, before: { programmeRegion: before }, after: { programmeRegion: code } },
      tx,
    );
    return { programmeRegion: code, changed: true };
  });
}
