// Authorization against real data: country teams see only their own country, officers only
// their portfolio, administrators everything, and nobody else anything.
import { describe, expect, it } from "vitest";
import { getCountryForActor, listCountriesForActor } from "./countries/service";
import { getAdminOverview, getCountriesWithRounds } from "./home/service";
import { listRoundSummaries } from "./rounds/service";
import { countryId, makeRound, makeUser } from "./testing/fixtures";
import { ASSIGNED_OFFICER_SQL, COUNTRY_SCOPE_SQL, MEMBER_COUNTRY_SQL, assignedOfficerWhere, countryScopeWhere, scopeSqlParams, type Actor } from "./authz";
import { getDb, getPool } from "./db";
import type { Prisma } from "./generated/prisma/client";

describe("country scope", () => {
  it("refuses a country member another country's data, and serves their own", async () => {
    const kenyan = await makeUser({ memberOf: { iso2: "KE", role: "FOCAL_POINT" } });
    await expect(getCountryForActor(kenyan, "UG")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getCountryForActor(kenyan, "ke")).resolves.toMatchObject({ iso2: "KE" });
    expect((await listCountriesForActor(kenyan)).map((c) => c.iso2)).toEqual(["KE"]);
  });

  it("does not leak another country's rounds even when asked for them by id", async () => {
    const respondent = await makeUser({ memberOf: { iso2: "KE", role: "RESPONDENT" } });
    const ugRound = await makeRound("UG");
    const keRound = await makeRound("KE");
    const rounds = await listRoundSummaries(respondent, [await countryId("UG"), await countryId("KE")]);
    expect(rounds.get(await countryId("UG"))).toBeUndefined();
    expect(rounds.get(await countryId("KE"))?.map((r) => r.id)).toContain(keRound.id);
    expect([...rounds.values()].flat().map((r) => r.id)).not.toContain(ugRound.id);
  });

  it("gives an officer their region and assigned countries, nothing else", async () => {
    const officer = await makeUser({ officerOfRegion: "EAF", officerOfCountry: "GT" });
    const visible = (await listCountriesForActor(officer)).map((c) => c.iso2);
    expect(visible).toEqual(expect.arrayContaining(["KE", "UG", "TZ", "GT"]));
    expect(visible).not.toContain("CR");
    expect(visible).not.toContain("FR");
    await expect(getCountryForActor(officer, "CR")).rejects.toMatchObject({ code: "FORBIDDEN" });
    const portfolio = await getCountriesWithRounds(officer, "portfolio");
    expect(portfolio.map((p) => p.country.iso2)).toEqual(expect.arrayContaining(["KE", "GT"]));
  });

  it("fails closed for a user with no role", async () => {
    const nobody = await makeUser();
    expect(await listCountriesForActor(nobody)).toEqual([]);
    await expect(getCountryForActor(nobody, "KE")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getAdminOverview(nobody)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("gives administrators every country and the installation's counts", async () => {
    const admin = await makeUser({ isAdmin: true });
    expect(await listCountriesForActor(admin)).toHaveLength(193);
    const overview = await getAdminOverview(admin);
    expect(overview.countries).toBe(193);
    expect(overview.users).toBeGreaterThanOrEqual(1);
  });

  it("answers NOT_FOUND for a code that is no country", async () => {
    const admin = await makeUser({ isAdmin: true });
    await expect(getCountryForActor(admin, "XX")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the SQL forms of the scope rules (lib/authz.ts)", () => {
  /** Country ids matched by a SQL form with the actor's parameters, and by the Prisma form. */
  async function both(actor: Actor, sql: string, where: Prisma.CountryWhereInput): Promise<[string[], string[]]> {
    const { rows } = await getPool().query<{ id: string }>(`SELECT c.id FROM countries c WHERE ${sql} ORDER BY c.id`, scopeSqlParams(actor));
    const viaPrisma = await getDb().country.findMany({ where, select: { id: true }, orderBy: { id: "asc" } });
    return [rows.map((r) => r.id), viaPrisma.map((c) => c.id)];
  }

  it("select exactly the countries the Prisma forms select, for every kind of actor", async () => {
    const actors = [
      await makeUser(),
      await makeUser({ isAdmin: true }),
      await makeUser({ officerOfRegion: "EAF", officerOfCountry: "GT" }),
      await makeUser({ officerOfCountry: "FR" }),
      await makeUser({ memberOf: { iso2: "KE", role: "FOCAL_POINT" } }),
      await makeUser({ memberOf: { iso2: "UG", role: "RESPONDENT" }, officerOfRegion: "CAM" }),
    ];
    // A country outside every programme region, for the duration of the test (test files run one at
    // a time): a NULL region must match no officer in either form.
    const outside = await getDb().country.create({
      data: { iso2: "XQ", iso3: "XQX", m49Code: "997", name: { en: "Test country outside the regions" }, m49Region: "Test", m49SubRegion: "Test" },
      select: { id: true },
    });
    try {
      await checkEvery(actors);
    } finally {
      await getDb().country.delete({ where: { id: outside.id } });
    }
    // Fails closed: no role, no country.
    expect((await both(actors[0], COUNTRY_SCOPE_SQL, {}))[0]).toEqual([]);
    expect((await both(actors[1], COUNTRY_SCOPE_SQL, {}))[0]).toHaveLength(await getDb().country.count());
  });

  async function checkEvery(actors: Actor[]) {
    for (const actor of actors) {
      const [scopeSql, scopePrisma] = await both(actor, COUNTRY_SCOPE_SQL, countryScopeWhere(actor));
      expect(scopeSql).toEqual(scopePrisma);
      // The two filters are always used with the scope, which also gives every parameter its type.
      const [assignedSql, assignedPrisma] = await both(actor, `${COUNTRY_SCOPE_SQL} AND ${ASSIGNED_OFFICER_SQL}`, { AND: [countryScopeWhere(actor), assignedOfficerWhere(actor)] });
      expect(assignedSql).toEqual(assignedPrisma);
      const [memberSql] = await both(actor, `${COUNTRY_SCOPE_SQL} AND ${MEMBER_COUNTRY_SQL}`, {});
      expect(memberSql).toEqual(actor.memberships.map((m) => m.countryId).sort());
    }
  }

  it("keep a home page's lists within the scope: a portfolio of the officer's countries, a team its own country", async () => {
    const officer = await makeUser({ officerOfCountry: "GT" });
    const round = await makeRound("GT");
    const portfolio = await getCountriesWithRounds(officer, "portfolio");
    expect(portfolio.map((p) => p.country.iso2)).toEqual(["GT"]);
    expect(portfolio[0].rounds.map((r) => r.id)).toEqual([round.id]);
    expect(await getCountriesWithRounds(officer, "membership")).toEqual([]);
    const focal = await makeUser({ memberOf: { iso2: "GT", role: "FOCAL_POINT" } });
    expect((await getCountriesWithRounds(focal, "membership")).map((p) => p.country.iso2)).toEqual(["GT"]);
    expect(await getCountriesWithRounds(focal, "portfolio")).toEqual([]);
  });
});
