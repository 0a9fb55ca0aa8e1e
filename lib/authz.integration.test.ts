// Authorization against real data: country teams see only their own country, officers only
// their portfolio, administrators everything, and nobody else anything.
import { describe, expect, it } from "vitest";
import { getCountryForActor, listCountriesForActor } from "./countries/service";
import { getAdminOverview, getCountriesWithRounds } from "./home/service";
import { listRoundSummaries } from "./rounds/service";
import { countryId, makeRound, makeUser } from "./testing/fixtures";

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
