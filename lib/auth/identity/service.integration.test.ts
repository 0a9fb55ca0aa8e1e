import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db";
import { makeUser } from "../../testing/fixtures";
import { hashPassword } from "../password";
import { completeIdentityLink, findIdentityAccount, getIdentityStatus, startIdentityLink, unlinkIdentity } from "./service";

const PROVIDER = "oidc";
const subject = () => `sub-${randomBytes(6).toString("hex")}`;
const sha256 = (token: string) => createHash("sha256").update(token).digest("hex");

async function auditActions(userId: string): Promise<string[]> {
  const events = await getDb().auditEvent.findMany({ where: { entityId: userId, action: { startsWith: "auth.identity" } }, orderBy: { id: "asc" }, select: { action: true } });
  return events.map((e) => e.action);
}

describe("identity links", () => {
  it("links the signed-in owner's account once, through a hashed one-time token, and audits it", async () => {
    const owner = await makeUser({ memberOf: { iso2: "KE", role: "RESPONDENT" } });
    const { token } = await startIdentityLink(owner, PROVIDER);
    const stored = await getDb().userToken.findFirstOrThrow({ where: { userId: owner.userId, purpose: "IDENTITY_LINK" } });
    expect(stored.tokenHash).toBe(sha256(token));
    expect(stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(stored.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000);

    const sub = subject();
    await expect(completeIdentityLink({ token, sessionUserId: owner.userId, provider: PROVIDER, subject: sub })).resolves.toBe("LINKED");
    await expect(findIdentityAccount(PROVIDER, sub, { isDemoMode: false })).resolves.toMatchObject({ ok: true, userId: owner.userId });
    expect(await auditActions(owner.userId)).toEqual(["auth.identity_link"]);
    // Used up.
    await expect(completeIdentityLink({ token, sessionUserId: owner.userId, provider: PROVIDER, subject: subject() })).resolves.toBe("LINK_INVALID");
    await expect(startIdentityLink(owner, PROVIDER)).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "ALREADY_LINKED" } });
  });

  it("refuses a token carried into another person's session, an expired one, and one for another purpose", async () => {
    const owner = await makeUser({ memberOf: { iso2: "KE", role: "RESPONDENT" } });
    const intruder = await makeUser({ memberOf: { iso2: "UG", role: "RESPONDENT" } });
    const { token } = await startIdentityLink(owner, PROVIDER);
    await expect(completeIdentityLink({ token, sessionUserId: intruder.userId, provider: PROVIDER, subject: subject() })).resolves.toBe("LINK_INVALID");
    await expect(completeIdentityLink({ token, sessionUserId: null, provider: PROVIDER, subject: subject() })).resolves.toBe("LINK_INVALID");
    expect(await getDb().externalIdentity.count({ where: { userId: { in: [owner.userId, intruder.userId] } } })).toBe(0);

    const expired = await startIdentityLink(owner, PROVIDER);
    await getDb().userToken.update({ where: { tokenHash: sha256(expired.token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(completeIdentityLink({ token: expired.token, sessionUserId: owner.userId, provider: PROVIDER, subject: subject() })).resolves.toBe("LINK_INVALID");

    const reset = randomBytes(16).toString("hex");
    await getDb().userToken.create({ data: { userId: owner.userId, purpose: "PASSWORD_RESET", tokenHash: sha256(reset), expiresAt: new Date(Date.now() + 60_000) } });
    await expect(completeIdentityLink({ token: reset, sessionUserId: owner.userId, provider: PROVIDER, subject: subject() })).resolves.toBe("LINK_INVALID");
  });

  it("refuses an identity already linked to someone else", async () => {
    const first = await makeUser({ memberOf: { iso2: "KE", role: "RESPONDENT" } });
    const second = await makeUser({ memberOf: { iso2: "KE", role: "RESPONDENT" } });
    const sub = subject();
    await completeIdentityLink({ token: (await startIdentityLink(first, PROVIDER)).token, sessionUserId: first.userId, provider: PROVIDER, subject: sub });
    const outcome = await completeIdentityLink({ token: (await startIdentityLink(second, PROVIDER)).token, sessionUserId: second.userId, provider: PROVIDER, subject: sub });
    expect(outcome).toBe("IDENTITY_LINKED");
    await expect(findIdentityAccount(PROVIDER, sub, { isDemoMode: false })).resolves.toMatchObject({ ok: true, userId: first.userId });
  });

  it("never links an administrator, and an administrator linked before promotion does not sign in through the provider", async () => {
    const admin = await makeUser({ isAdmin: true });
    await expect(startIdentityLink(admin, PROVIDER)).rejects.toMatchObject({ code: "FORBIDDEN", details: { reason: "ADMIN" } });
    // A token made by other means still links nothing.
    const token = randomBytes(16).toString("hex");
    await getDb().userToken.create({ data: { userId: admin.userId, purpose: "IDENTITY_LINK", tokenHash: sha256(token), expiresAt: new Date(Date.now() + 60_000) } });
    await expect(completeIdentityLink({ token, sessionUserId: admin.userId, provider: PROVIDER, subject: subject() })).resolves.toBe("ADMIN");
    expect(await getDb().externalIdentity.count({ where: { userId: admin.userId } })).toBe(0);

    const promoted = await makeUser({ officerOfRegion: "EAF" });
    const sub = subject();
    await completeIdentityLink({ token: (await startIdentityLink(promoted, PROVIDER)).token, sessionUserId: promoted.userId, provider: PROVIDER, subject: sub });
    await getDb().user.update({ where: { id: promoted.userId }, data: { isAdmin: true } });
    await expect(findIdentityAccount(PROVIDER, sub, { isDemoMode: false })).resolves.toEqual({ ok: false, reason: "ADMIN" });
  });

  it("signs in nobody through an identity that was never linked, a disabled account, or a demo account outside demo mode", async () => {
    await expect(findIdentityAccount(PROVIDER, subject(), { isDemoMode: true })).resolves.toEqual({ ok: false, reason: "NOT_LINKED" });
    // Flagged as a demo account below: a member of a country outside the demo teams, which the seed test counts.
    const demo = await makeUser({ memberOf: { iso2: "MW", role: "RESPONDENT" } });
    const sub = subject();
    await completeIdentityLink({ token: (await startIdentityLink(demo, PROVIDER)).token, sessionUserId: demo.userId, provider: PROVIDER, subject: sub });
    await getDb().user.update({ where: { id: demo.userId }, data: { isDemo: true } });
    await expect(findIdentityAccount(PROVIDER, sub, { isDemoMode: false })).resolves.toEqual({ ok: false, reason: "DISABLED" });
    await expect(findIdentityAccount(PROVIDER, sub, { isDemoMode: true })).resolves.toMatchObject({ ok: true });
    await getDb().user.update({ where: { id: demo.userId }, data: { disabledAt: new Date() } });
    await expect(findIdentityAccount(PROVIDER, sub, { isDemoMode: true })).resolves.toEqual({ ok: false, reason: "DISABLED" });
  });

  it("unlinks only when a password remains, and audits it", async () => {
    const withPassword = await makeUser({ memberOf: { iso2: "KE", role: "RESPONDENT" }, passwordHash: await hashPassword("a-long-password-2026") });
    const sub = subject();
    await completeIdentityLink({ token: (await startIdentityLink(withPassword, PROVIDER)).token, sessionUserId: withPassword.userId, provider: PROVIDER, subject: sub });
    await expect(getIdentityStatus(withPassword, PROVIDER)).resolves.toMatchObject({ hasPassword: true, mayLink: true, linkedAt: expect.any(Date) });
    await unlinkIdentity(withPassword, PROVIDER);
    await expect(getIdentityStatus(withPassword, PROVIDER)).resolves.toMatchObject({ linkedAt: null });
    await expect(findIdentityAccount(PROVIDER, sub, { isDemoMode: false })).resolves.toEqual({ ok: false, reason: "NOT_LINKED" });
    expect(await auditActions(withPassword.userId)).toEqual(["auth.identity_link", "auth.identity_unlink"]);
    await expect(unlinkIdentity(withPassword, PROVIDER)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const ssoOnly = await makeUser({ memberOf: { iso2: "KE", role: "RESPONDENT" } });
    await getDb().externalIdentity.create({ data: { provider: PROVIDER, subject: subject(), userId: ssoOnly.userId } });
    await expect(unlinkIdentity(ssoOnly, PROVIDER)).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "NO_PASSWORD" } });
    expect(await getDb().externalIdentity.count({ where: { userId: ssoOnly.userId } })).toBe(1);
  });
});
