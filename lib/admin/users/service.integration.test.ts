// The administration's people against a real PostgreSQL (country BW is used only here): search and pagination in SQL, disabling
// (never oneself, never the last administrator), reset links, and that only administrators get in.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db";
import { makeUser, uniqueEmail } from "../../testing/fixtures";
import { getAdminOverview, getInviteOptions, getUserDetail, listUsers, sendPasswordReset, setUserDisabled, USERS_PAGE_SIZE } from "./service";

describe("only administrators", () => {
  it("refuses a focal point, an officer and a respondent every function", async () => {
    const target = await makeUser();
    for (const actor of [
      await makeUser({ memberOf: { iso2: "BW", role: "FOCAL_POINT" } }),
      await makeUser({ officerOfRegion: "EAF" }),
      await makeUser({ memberOf: { iso2: "BW", role: "RESPONDENT" } }),
    ]) {
      await expect(listUsers(actor, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getUserDetail(actor, target.userId)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(setUserDisabled(actor, target.userId, true)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(sendPasswordReset(actor, target.userId)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getAdminOverview(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getInviteOptions(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await getDb().user.findUniqueOrThrow({ where: { id: target.userId } })).disabledAt).toBeNull();
    expect(await getDb().userToken.count({ where: { userId: target.userId } })).toBe(0);
  });
});

describe("the list of users", () => {
  it("searches name and email case-insensitively and pages through the matches", async () => {
    const admin = await makeUser({ isAdmin: true });
    const tag = `zq${randomBytes(4).toString("hex")}`;
    const db = getDb();
    await db.user.createMany({ data: Array.from({ length: USERS_PAGE_SIZE + 3 }, (_, i) => ({ email: `${tag}.${i}@test.example.org`, name: `Person ${String(i).padStart(2, "0")}` })) });
    await db.user.create({ data: { email: uniqueEmail("named"), name: `Someone ${tag.toUpperCase()}` } });

    const first = await listUsers(admin, { q: tag.toUpperCase() });
    expect(first).toMatchObject({ total: USERS_PAGE_SIZE + 4, page: 1, pageCount: 2 });
    expect(first.users).toHaveLength(USERS_PAGE_SIZE);
    const second = await listUsers(admin, { q: tag, page: "2" });
    expect(second.users).toHaveLength(4);
    const all = [...first.users, ...second.users].map((u) => u.id);
    expect(new Set(all).size).toBe(all.length);
    expect(first.users[0]).toMatchObject({ name: "Person 00", status: "invited", lastSignInAt: null, isAdmin: false });
    await expect(listUsers(admin, { page: "100000" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("shows roles, countries and status", async () => {
    const admin = await makeUser({ isAdmin: true });
    const focal = await makeUser({ memberOf: { iso2: "BW", role: "FOCAL_POINT" }, email: uniqueEmail("roles") });
    const page = await listUsers(admin, { q: focal.email });
    expect(page.users).toEqual([expect.objectContaining({ id: focal.userId, memberships: [{ countryIso2: "BW", role: "FOCAL_POINT" }], isOfficer: false })]);
    const detail = await getUserDetail(admin, focal.userId);
    expect(detail.memberships).toEqual([expect.objectContaining({ countryIso2: "BW", role: "FOCAL_POINT" })]);
    await expect(getUserDetail(admin, "not-a-uuid")).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});

describe("disabling and enabling", () => {
  it("disables (ending the sessions) and enables again, audited", async () => {
    const admin = await makeUser({ isAdmin: true });
    const user = await makeUser();
    await expect(setUserDisabled(admin, user.userId, true)).resolves.toEqual({ status: "disabled" });
    const disabled = await getDb().user.findUniqueOrThrow({ where: { id: user.userId } });
    expect(disabled.disabledAt).not.toBeNull();
    expect(disabled.sessionVersion).toBe(1);
    expect((await getUserDetail(admin, user.userId)).status).toBe("disabled");
    await setUserDisabled(admin, user.userId, false);
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.userId } })).disabledAt).toBeNull();
    const events = await getDb().auditEvent.findMany({ where: { entityId: user.userId }, select: { action: true, actorId: true } });
    expect(events).toEqual([
      { action: "user.disable", actorId: admin.userId },
      { action: "user.enable", actorId: admin.userId },
    ]);
  });

  it("refuses to disable oneself, and the last active administrator", async () => {
    const db = getDb();
    // Only this test's administrators are active while it runs: the others are set aside and restored.
    const others = await db.user.findMany({ where: { isAdmin: true, disabledAt: null }, select: { id: true } });
    await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { disabledAt: new Date() } });
    try {
      const first = await makeUser({ isAdmin: true });
      const second = await makeUser({ isAdmin: true });
      await expect(setUserDisabled(first, first.userId, true)).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "SELF" } });
      await setUserDisabled(first, second.userId, true);
      // `second` is disabled: `first` is the last one; nobody else is left to disable it, and an
      // administrator disabled meanwhile can no longer act.
      await expect(setUserDisabled(second, first.userId, true)).rejects.toMatchObject({ code: "FORBIDDEN" });
      const third = await makeUser({ isAdmin: true });
      await db.user.update({ where: { id: first.userId }, data: { disabledAt: new Date() } });
      await expect(setUserDisabled(third, third.userId, true)).rejects.toMatchObject({ details: { reason: "SELF" } });
      await db.user.update({ where: { id: first.userId }, data: { disabledAt: null } });
      // Two administrators disabling each other at the same moment: one wins, one stays.
      const outcomes = await Promise.allSettled([setUserDisabled(first, third.userId, true), setUserDisabled(third, first.userId, true)]);
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      expect(await db.user.count({ where: { id: { in: [first.userId, third.userId] }, disabledAt: null } })).toBe(1);
    } finally {
      await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { disabledAt: null } });
    }
  });
});

describe("the overview", () => {
  it("counts accounts and countries without a focal point", async () => {
    const admin = await makeUser({ isAdmin: true });
    const overview = await getAdminOverview(admin);
    expect(overview.users).toBeGreaterThan(0);
    expect(overview.administrators).toBeGreaterThan(0);
    expect(overview.countriesWithoutFocalPoint).toBeLessThanOrEqual(193);
    const options = await getInviteOptions(admin);
    expect(options.countries).toHaveLength(193);
    expect(options.pillars.map((p) => p.code)).toContain("INV");
  });
});
