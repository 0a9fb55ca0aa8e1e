// The first administrator (npm run admin:create) against a real PostgreSQL: created or promoted,
// idempotent, with a one-time link of 24 hours that sets the password through the reset page's service.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "../../db";
import { env } from "../../env";
import { loadActor } from "../../auth/actor";
import { getPasswordReset, resetPassword } from "../../account/service";
import { makeUser, uniqueEmail } from "../../testing/fixtures";
import { createAdministrator } from "./service";

const pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: 2 });
afterAll(() => pool.end());
const BASE = "https://cybercap.example.org";

function tokenOf(link: string): string {
  return link.split("/").pop()!;
}

describe("createAdministrator", () => {
  it("creates a password-less administrator with a one-time link valid a day", async () => {
    const email = uniqueEmail("first.admin").toUpperCase();
    const admin = await createAdministrator(pool, { email, name: "First Admin", baseUrl: BASE });
    expect(admin).toMatchObject({ email: email.toLowerCase(), outcome: "created", reenabled: false });
    expect(admin.link).toMatch(/^https:\/\/cybercap\.example\.org\/reset-password\/[A-Za-z0-9_-]{43}$/);
    expect(Math.abs(admin.expiresAt.getTime() - Date.now() - 24 * 3600_000)).toBeLessThan(60_000);
    const user = await getDb().user.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
    expect(user).toMatchObject({ id: admin.userId, name: "First Admin", isAdmin: true, passwordHash: null });
    expect((await getDb().userToken.findFirstOrThrow({ where: { userId: user.id } })).tokenHash).not.toBe(tokenOf(admin.link));

    await expect(getPasswordReset(tokenOf(admin.link))).resolves.toMatchObject({ email: email.toLowerCase() });
    await resetPassword(tokenOf(admin.link), { password: "the first admin's password", confirmPassword: "the first admin's password" });
    expect((await loadActor(user.id, 1))?.isAdmin).toBe(true);
    const events = await getDb().auditEvent.findMany({ where: { entityId: user.id }, select: { action: true }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["admin.create", "user.password_reset"]);
  });

  it("is idempotent: a second run keeps one account and only its newest link works", async () => {
    const email = uniqueEmail("again");
    const first = await createAdministrator(pool, { email, baseUrl: BASE });
    const second = await createAdministrator(pool, { email, baseUrl: BASE });
    expect(second).toMatchObject({ userId: first.userId, outcome: "unchanged" });
    expect(await getDb().user.count({ where: { email } })).toBe(1);
    await expect(getPasswordReset(tokenOf(first.link))).rejects.toMatchObject({ code: "LINK_INVALID" });
    await expect(getPasswordReset(tokenOf(second.link))).resolves.toMatchObject({ email });
    expect((await getDb().user.findUniqueOrThrow({ where: { email } })).name).toBe(email.split("@")[0]);
  });

  it("promotes an existing account, and enables it again when it was disabled", async () => {
    const existing = await makeUser({ memberOf: { iso2: "BW", role: "RESPONDENT" } });
    await getDb().user.update({ where: { id: existing.userId }, data: { disabledAt: new Date() } });
    const promoted = await createAdministrator(pool, { email: existing.email, baseUrl: BASE });
    expect(promoted).toMatchObject({ userId: existing.userId, outcome: "promoted", reenabled: true });
    expect(await getDb().user.findUniqueOrThrow({ where: { id: existing.userId } })).toMatchObject({ isAdmin: true, disabledAt: null, name: "Test User" });
  });

  it("refuses something that is not an email address", async () => {
    await expect(createAdministrator(pool, { email: "not an email", baseUrl: BASE })).rejects.toThrow(/not an email/);
  });
});
