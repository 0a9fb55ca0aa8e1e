// The country list and pages against real data: search, filters and scope; a country's people; an
// administrator moving a country between programme regions (audited, refused to everyone else).
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "../db";
import { countryId, makeRound, makeUser, regionId } from "../testing/fixtures";
import { getCountryPeople, listCountriesForActor, listCountryFilterOptions, moveCountryRegion } from "./service";

const iso2s = (rows: { iso2: string }[]) => rows.map((r) => r.iso2);

describe("country list", () => {
  it("searches names in the reader's language, English and ISO codes", async () => {
    const admin = await makeUser({ isAdmin: true });
    expect(iso2s(await listCountriesForActor(admin, { q: "Fran" }))).toEqual(["FR"]);
    expect(iso2s(await listCountriesForActor(admin, { q: "fra" }, "en"))).toContain("FR");
    expect(iso2s(await listCountriesForActor(admin, { q: "Allemagne" }, "fr"))).toEqual(["DE"]);
    expect(iso2s(await listCountriesForActor(admin, { q: "germany" }, "fr"))).toEqual(["DE"]);
    expect(iso2s(await listCountriesForActor(admin, { q: "ke" }))).toContain("KE");
    expect(iso2s(await listCountriesForActor(admin, { q: "KEN" }))).toEqual(["KE"]);
    expect(iso2s(await listCountriesForActor(admin, { q: "فرنسا" }, "ar"))).toEqual(["FR"]);
    // LIKE wildcards are literal.
    expect(await listCountriesForActor(admin, { q: "%" })).toEqual([]);
  });

  it("filters by M49 region, sub-region and programme region, and sorts by name", async () => {
    const admin = await makeUser({ isAdmin: true });
    const europe = await listCountriesForActor(admin, { region: "Europe" });
    expect(europe.length).toBeGreaterThan(30);
    expect(europe.every((c) => c.m49Region === "Europe")).toBe(true);
    const west = iso2s(await listCountriesForActor(admin, { region: "Europe", subRegion: "Western Europe" }));
    expect(west).toEqual(expect.arrayContaining(["FR", "DE", "BE"]));
    expect(west).not.toContain("IT");
    const cam = await listCountriesForActor(admin, { programmeRegion: "CAM" });
    expect(iso2s(cam)).toEqual(expect.arrayContaining(["GT", "HN", "CR"]));
    expect(cam.every((c) => c.programmeRegion?.code === "CAM")).toBe(true);
    const names = cam.map((c) => (c.name as { en: string }).en);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    const reversed = (await listCountriesForActor(admin, { programmeRegion: "CAM", sort: "-name" })).map((c) => (c.name as { en: string }).en);
    expect(reversed).toEqual([...names].reverse());
    expect(await listCountriesForActor(admin, { region: "Atlantis" })).toEqual([]);
  });

  it("shows each country's focal point presence and latest round", async () => {
    const admin = await makeUser({ isAdmin: true });
    await makeUser({ memberOf: { iso2: "BJ", role: "FOCAL_POINT" } });
    const round = await makeRound("BJ", `L${Date.now()}`, "DRAFT");
    const [benin] = await listCountriesForActor(admin, { q: "BEN" });
    expect(benin).toMatchObject({ iso2: "BJ", hasFocalPoint: true, latestRound: { status: "DRAFT" } });
    await getDb().assessmentRound.delete({ where: { id: round.id } });
    const [nauru] = await listCountriesForActor(admin, { q: "NRU" });
    expect(nauru).toMatchObject({ iso2: "NR", hasFocalPoint: false, latestRound: null });
  });

  it("lists only the countries in the actor's scope, even when searched for", async () => {
    const malian = await makeUser({ memberOf: { iso2: "ML", role: "RESPONDENT" } });
    expect(iso2s(await listCountriesForActor(malian, { q: "Fran" }))).toEqual([]);
    expect(iso2s(await listCountriesForActor(malian, { region: "Africa" }))).toEqual(["ML"]);
    const nobody = await makeUser();
    expect(await listCountriesForActor(nobody, { region: "Europe" })).toEqual([]);
  });

  it("refuses a malformed query with INVALID_INPUT", async () => {
    const admin = await makeUser({ isAdmin: true });
    await expect(listCountriesForActor(admin, { q: "a\u0000b" })).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { q: "controlCharacters" } });
    await expect(listCountriesForActor(admin, { sort: "population" as never })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("offers the regions, sub-regions and programme regions to filter by", async () => {
    const options = await listCountryFilterOptions();
    expect(options.regions.map((r) => r.name).sort()).toEqual(["Africa", "Americas", "Asia", "Europe", "Oceania"]);
    expect(options.regions.find((r) => r.name === "Europe")?.subRegions).toContain("Western Europe");
    expect(options.programmeRegions.map((r) => r.code)).toEqual(expect.arrayContaining(["CAM", "EAF", "EUR"]));
  });
});

describe("a country's people", () => {
  it("lists the team and the officers by region and directly, for those who may read the team", async () => {
    const focal = await makeUser({ memberOf: { iso2: "SN", role: "FOCAL_POINT" } });
    const respondent = await makeUser({ memberOf: { iso2: "SN", role: "RESPONDENT" } });
    const byRegion = await makeUser({ officerOfRegion: "WCA" });
    const direct = await makeUser({ officerOfCountry: "SN" });
    const sn = { id: await countryId("SN"), programmeRegionId: await regionId("WCA") };
    const people = await getCountryPeople(focal, sn);
    expect(people.members.map((m) => m.userId)).toEqual(expect.arrayContaining([focal.userId, respondent.userId]));
    expect(people.officers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: byRegion.userId, byRegion: true, byCountry: false }),
        expect.objectContaining({ userId: direct.userId, byRegion: false, byCountry: true }),
      ]),
    );
    await expect(getCountryPeople(direct, sn)).resolves.toBeDefined();
    await expect(getCountryPeople(respondent, sn)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const ghanaFocal = await makeUser({ memberOf: { iso2: "GH", role: "FOCAL_POINT" } });
    await expect(getCountryPeople(ghanaFocal, sn)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("moving a country to another programme region", () => {
  // Chile: no demo data depends on it. Put back in SAM after each test.
  afterEach(async () => {
    await getDb().country.update({ where: { iso2: "CL" }, data: { programmeRegionId: await regionId("SAM") } });
  });

  it("is audited, moves the country between officers' portfolios, and is idempotent", async () => {
    const admin = await makeUser({ isAdmin: true });
    const samOfficer = await makeUser({ officerOfRegion: "SAM" });
    const camOfficer = await makeUser({ officerOfRegion: "CAM" });
    expect(iso2s(await listCountriesForActor(samOfficer))).toContain("CL");
    await expect(moveCountryRegion(admin, "cl", { programmeRegion: "CAM" })).resolves.toEqual({ programmeRegion: "CAM", changed: true });
    expect(iso2s(await listCountriesForActor(samOfficer))).not.toContain("CL");
    expect(iso2s(await listCountriesForActor(camOfficer))).toContain("CL");
    const cl = await countryId("CL");
    const events = await getDb().auditEvent.findMany({ where: { action: "country.move_region", entityId: cl, actorId: admin.userId } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entityType: "country", countryId: cl, before: { programmeRegion: "SAM" }, after: { programmeRegion: "CAM" } });

    await expect(moveCountryRegion(admin, "CL", { programmeRegion: "CAM" })).resolves.toEqual({ programmeRegion: "CAM", changed: false });
    await expect(moveCountryRegion(admin, "CL", { programmeRegion: null })).resolves.toMatchObject({ changed: true });
    expect(iso2s(await listCountriesForActor(camOfficer))).not.toContain("CL");
    expect(iso2s(await listCountriesForActor(admin, { programmeRegion: "none" }))).toEqual(["CL"]);
    expect(await getDb().auditEvent.count({ where: { action: "country.move_region", entityId: cl, actorId: admin.userId } })).toBe(2);
  });

  it("is refused to non-administrators, the country's own focal point and officers included", async () => {
    for (const actor of [
      await makeUser({ memberOf: { iso2: "CL", role: "FOCAL_POINT" } }),
      await makeUser({ memberOf: { iso2: "AR", role: "FOCAL_POINT" } }),
      await makeUser({ officerOfRegion: "SAM" }),
      await makeUser(),
    ]) {
      await expect(moveCountryRegion(actor, "CL", { programmeRegion: "CAM" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await getDb().country.findUniqueOrThrow({ where: { iso2: "CL" }, select: { programmeRegion: { select: { code: true } } } })).programmeRegion?.code).toBe("SAM");
  });

  it("answers a clear error for an unknown country or region", async () => {
    const admin = await makeUser({ isAdmin: true });
    await expect(moveCountryRegion(admin, "XX", { programmeRegion: "CAM" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(moveCountryRegion(admin, "CL", { programmeRegion: "NOPE" })).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { programmeRegion: "unknownRegion" } });
    await expect(moveCountryRegion(admin, "CL", { programmeRegion: "cam" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});
