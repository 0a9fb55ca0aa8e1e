// Officers' portfolios against real data: administrators assign and unassign regions and countries
// (audited, idempotent), the officer's scope follows at once, and everyone else is refused.
// Only non-demo countries get members here: the seed test counts the demo teams.
import { describe, expect, it } from "vitest";
import { loadActor } from "../auth/actor";
import type { Actor } from "../authz";
import { getCountryForActor, listCountriesForActor } from "../countries/service";
import { getDb } from "../db";
import { countryId, makeUser } from "../testing/fixtures";
import { assignOfficer, getOfficer, listOfficers, searchUsers, unassignOfficer } from "./service";

/** The actor as the next request would load it (assignments are read from the database). */
async function reload(actor: Actor): Promise<Actor> {
  const fresh = await loadActor(actor.userId, 0);
  if (!fresh) throw new Error("actor gone");
  return fresh;
}

const iso2s = (rows: { iso2: string }[]) => rows.map((r) => r.iso2);

describe("officer assignments", () => {
  it("makes a user an officer of a country, who then sees it, and loses it on unassign; both audited", async () => {
    const admin = await makeUser({ isAdmin: true });
    let person = await makeUser();
    expect(await listCountriesForActor(person)).toEqual([]);

    await expect(assignOfficer(admin, person.userId, { kind: "country", code: "fr" })).resolves.toEqual({ changed: true });
    person = await reload(person);
    expect(iso2s(await listCountriesForActor(person))).toEqual(["FR"]);
    await expect(getCountryForActor(person, "FR")).resolves.toMatchObject({ iso2: "FR" });
    expect((await listOfficers(admin)).find((o) => o.userId === person.userId)).toMatchObject({ countries: [{ code: "FR" }], regions: [] });

    // Idempotent: again is no change and no second event.
    await expect(assignOfficer(admin, person.userId, { kind: "country", code: "FR" })).resolves.toEqual({ changed: false });
    expect(await getDb().officerAssignment.count({ where: { userId: person.userId } })).toBe(1);

    await expect(unassignOfficer(admin, person.userId, { kind: "country", code: "FR" })).resolves.toEqual({ changed: true });
    await expect(unassignOfficer(admin, person.userId, { kind: "country", code: "FR" })).resolves.toEqual({ changed: false });
    person = await reload(person);
    expect(await listCountriesForActor(person)).toEqual([]);
    await expect(getCountryForActor(person, "FR")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await listOfficers(admin)).map((o) => o.userId)).not.toContain(person.userId);

    const fr = await countryId("FR");
    const events = await getDb().auditEvent.findMany({ where: { entityId: person.userId }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.actorId, e.countryId])).toEqual([
      ["officer.assign", admin.userId, fr],
      ["officer.unassign", admin.userId, fr],
    ]);
    expect(events[0].after).toEqual({ kind: "country", code: "FR" });
    expect(events[1].before).toEqual({ kind: "country", code: "FR" });
  });

  it("assigns a programme region: the officer sees its countries", async () => {
    const admin = await makeUser({ isAdmin: true });
    const person = await makeUser();
    await assignOfficer(admin, person.userId, { kind: "region", code: "EUR" });
    const visible = iso2s(await listCountriesForActor(await reload(person)));
    expect(visible).toEqual(expect.arrayContaining(["FR", "DE", "IT"]));
    expect(visible).not.toContain("KE");
    const detail = await getOfficer(admin, person.userId);
    expect(detail.regions.map((r) => r.code)).toEqual(["EUR"]);
    await unassignOfficer(admin, person.userId, { kind: "region", code: "EUR" });
    expect(await listCountriesForActor(await reload(person))).toEqual([]);
  });

  it("refuses administrators and country team members as officers, with the reason", async () => {
    const admin = await makeUser({ isAdmin: true });
    const otherAdmin = await makeUser({ isAdmin: true });
    const member = await makeUser({ memberOf: { iso2: "ML", role: "RESPONDENT" } });
    await expect(assignOfficer(admin, otherAdmin.userId, { kind: "region", code: "EAF" })).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "ADMINISTRATOR" } });
    await expect(assignOfficer(admin, member.userId, { kind: "country", code: "NE" })).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "TEAM_MEMBER" } });
    expect(await getDb().officerAssignment.count({ where: { userId: { in: [otherAdmin.userId, member.userId] } } })).toBe(0);
  });

  it("answers clear errors for unknown users, regions and countries", async () => {
    const admin = await makeUser({ isAdmin: true });
    const person = await makeUser();
    await expect(assignOfficer(admin, "0190a1b2-0000-7000-8000-000000000000", { kind: "region", code: "EAF" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(assignOfficer(admin, "not-a-uuid", { kind: "region", code: "EAF" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(assignOfficer(admin, person.userId, { kind: "region", code: "NOPE" })).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { code: "unknownRegion" } });
    await expect(assignOfficer(admin, person.userId, { kind: "country", code: "XX" })).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { code: "unknownCountry" } });
    await expect(assignOfficer(admin, person.userId, { kind: "planet" as never, code: "EAF" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(getOfficer(admin, "0190a1b2-0000-7000-8000-000000000000")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is refused to everyone but administrators: an officer and a focal point included", async () => {
    const person = await makeUser();
    for (const actor of [await makeUser({ officerOfRegion: "EAF" }), await makeUser({ memberOf: { iso2: "ML", role: "FOCAL_POINT" } }), await makeUser()]) {
      await expect(assignOfficer(actor, person.userId, { kind: "country", code: "ML" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(assignOfficer(actor, actor.userId, { kind: "region", code: "EUR" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(unassignOfficer(actor, person.userId, { kind: "country", code: "ML" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listOfficers(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getOfficer(actor, person.userId)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(searchUsers(actor, "example")).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await getDb().officerAssignment.count({ where: { userId: person.userId } })).toBe(0);
  });

  it("finds people to assign by name or email", async () => {
    const admin = await makeUser({ isAdmin: true });
    const person = await makeUser({ email: `findme.${Date.now()}@test.example.org` });
    const found = await searchUsers(admin, "FINDME");
    expect(found.map((u) => u.userId)).toContain(person.userId);
    expect(found.find((u) => u.userId === person.userId)).toMatchObject({ isAdmin: false, isOfficer: false, isTeamMember: false });
    expect(await searchUsers(admin, "  ")).toEqual([]);
  });
});
