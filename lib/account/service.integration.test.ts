// One's own account and password-reset links against a real PostgreSQL, and the revocation of
// every session: a session token made before disabling, a password change, a reset or "sign out
// everywhere" no longer yields an actor (lib/auth/actor.ts compares its session version).
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import type { Actor } from "../authz";
import { loadActor } from "../auth/actor";
import { hashPassword, verifyPassword } from "../auth/password";
import { decodeSessionToken } from "../auth/token";
import { env } from "../env";
import { makeUser, uniqueEmail } from "../testing/fixtures";
import { setUserDisabled, sendPasswordReset } from "../admin/users/service";
import { changePassword, getPasswordReset, resetPassword, setPreferredLocale, signOutEverywhere } from "./service";

const OLD = "the old password 2026";
const NEW = "a brand new password 2026";

async function withPassword(): Promise<Actor> {
  return makeUser({ passwordHash: await hashPassword(OLD), email: uniqueEmail("account") });
}

/** A session token as next-auth issues it at sign-in, with the session version of that moment. */
async function sessionTokenOf(actor: Actor): Promise<string> {
  const { sessionVersion } = await getDb().user.findUniqueOrThrow({ where: { id: actor.userId }, select: { sessionVersion: true } });
  return encode({ token: { uid: actor.userId, sv: sessionVersion, name: actor.name }, secret: env().NEXTAUTH_SECRET! });
}

/** What getActor does with the cookie's token: decrypt it, then load the actor for its version. */
async function actorFromToken(token: string): Promise<Actor | null> {
  const claims = await decodeSessionToken(token, env().NEXTAUTH_SECRET!);
  return loadActor(claims.uid!, claims.sv ?? -1);
}

async function resetTokenFor(admin: Actor, user: Actor): Promise<string> {
  const result = await sendPasswordReset(admin, user.userId);
  if (result.delivery !== "link") throw new Error("expected a link");
  return new URL(result.link).pathname.split("/").pop()!;
}

async function auditActions(userId: string): Promise<string[]> {
  const events = await getDb().auditEvent.findMany({ where: { entityType: "user", entityId: userId }, select: { action: true }, orderBy: { id: "asc" } });
  return events.map((e) => e.action);
}

describe("a session token made before is refused", () => {
  it("after the account is disabled (and stays refused once it is enabled again)", async () => {
    const admin = await makeUser({ isAdmin: true });
    const user = await withPassword();
    const token = await sessionTokenOf(user);
    expect(await actorFromToken(token)).toMatchObject({ userId: user.userId });
    await setUserDisabled(admin, user.userId, true);
    expect(await actorFromToken(token)).toBeNull();
    await setUserDisabled(admin, user.userId, false);
    expect(await actorFromToken(token)).toBeNull();
    expect(await auditActions(user.userId)).toEqual(["user.disable", "user.enable"]);
  });

  it("after a password change, while a token of the new version works", async () => {
    const user = await withPassword();
    const token = await sessionTokenOf(user);
    await changePassword(user, { currentPassword: OLD, password: NEW, confirmPassword: NEW });
    expect(await actorFromToken(token)).toBeNull();
    expect(await actorFromToken(await sessionTokenOf(user))).toMatchObject({ userId: user.userId });
  });

  it("after a password reset", async () => {
    const admin = await makeUser({ isAdmin: true });
    const user = await withPassword();
    const token = await sessionTokenOf(user);
    await resetPassword(await resetTokenFor(admin, user), { password: NEW, confirmPassword: NEW });
    expect(await actorFromToken(token)).toBeNull();
  });

  it("after sign-out everywhere", async () => {
    const user = await withPassword();
    const tokens = [await sessionTokenOf(user), await sessionTokenOf(user)];
    await signOutEverywhere(user);
    for (const token of tokens) expect(await actorFromToken(token)).toBeNull();
    expect(await auditActions(user.userId)).toEqual(["account.sign_out_everywhere"]);
  });
});

describe("changing one's own password", () => {
  it("requires the current password, and stores the new one hashed", async () => {
    const user = await withPassword();
    await expect(changePassword(user, { currentPassword: "not it at all", password: NEW, confirmPassword: NEW })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fields: { currentPassword: "currentPasswordWrong" },
    });
    await expect(changePassword(user, { currentPassword: OLD, password: NEW, confirmPassword: "something else" })).rejects.toMatchObject({
      fields: { confirmPassword: "passwordMismatch" },
    });
    await expect(changePassword(user, { currentPassword: OLD, password: "short", confirmPassword: "short" })).rejects.toMatchObject({ fields: { password: "passwordTooShort" } });
    await expect(changePassword(user, { currentPassword: OLD, password: NEW, confirmPassword: NEW })).resolves.toEqual({ email: user.email });
    const stored = await getDb().user.findUniqueOrThrow({ where: { id: user.userId }, select: { passwordHash: true, sessionVersion: true } });
    expect(await verifyPassword(stored.passwordHash!, NEW)).toBe(true);
    expect(stored.sessionVersion).toBe(1);
    expect(await auditActions(user.userId)).toEqual(["account.password_change"]);
  });

  it("throttles guesses of the current password like failed sign-ins", async () => {
    const user = await withPassword();
    for (let i = 0; i < env().AUTH_THROTTLE_ACCOUNT_MAX; i++) {
      await expect(changePassword(user, { currentPassword: `guess ${i}`, password: NEW, confirmPassword: NEW })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    }
    // Blocked now, even with the right password: the guesser learns nothing more.
    await expect(changePassword(user, { currentPassword: OLD, password: NEW, confirmPassword: NEW })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    const stored = await getDb().user.findUniqueOrThrow({ where: { id: user.userId }, select: { passwordHash: true } });
    expect(await verifyPassword(stored.passwordHash!, OLD)).toBe(true);
  });

  it("has nothing to change for an account without a password (single sign-on)", async () => {
    const user = await makeUser();
    await expect(changePassword(user, { currentPassword: "anything", password: NEW, confirmPassword: NEW })).rejects.toMatchObject({ fields: { currentPassword: "noPassword" } });
  });
});

describe("the preferred language", () => {
  it("is stored on the account and audited; an unknown one is refused", async () => {
    const user = await makeUser();
    await expect(setPreferredLocale(user, "ar")).resolves.toEqual({ locale: "ar" });
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.userId } })).locale).toBe("ar");
    // @ts-expect-error: a value the type forbids, as a crafted request could send it
    await expect(setPreferredLocale(user, "xx")).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await auditActions(user.userId)).toEqual(["account.locale"]);
  });
});

describe("password-reset links", () => {
  it("set the password once, end every session, and kill the person's other links", async () => {
    const admin = await makeUser({ isAdmin: true });
    const user = await withPassword();
    const older = await resetTokenFor(admin, user);
    const token = await resetTokenFor(admin, user);
    const stored = await getDb().userToken.findMany({ where: { userId: user.userId }, select: { tokenHash: true, expiresAt: true } });
    expect(stored.map((s) => s.tokenHash)).not.toContain(token);
    // One hour.
    for (const s of stored) expect(Math.abs(s.expiresAt.getTime() - Date.now() - 3600_000)).toBeLessThan(60_000);

    await expect(getPasswordReset(token)).resolves.toMatchObject({ email: user.email });
    await expect(resetPassword(token, { password: NEW, confirmPassword: NEW })).resolves.toEqual({ email: user.email });
    const after = await getDb().user.findUniqueOrThrow({ where: { id: user.userId }, select: { passwordHash: true, sessionVersion: true } });
    expect(await verifyPassword(after.passwordHash!, NEW)).toBe(true);
    expect(after.sessionVersion).toBe(1);
    await expect(getPasswordReset(token)).rejects.toMatchObject({ code: "LINK_INVALID", details: { reason: "USED" } });
    await expect(resetPassword(token, { password: OLD, confirmPassword: OLD })).rejects.toMatchObject({ code: "LINK_INVALID" });
    await expect(getPasswordReset(older)).rejects.toMatchObject({ code: "LINK_INVALID", details: { reason: "USED" } });
    expect(await auditActions(user.userId)).toEqual(["user.password_reset_link", "user.password_reset_link", "user.password_reset"]);
  });

  it("say when they have expired, or are unknown", async () => {
    const admin = await makeUser({ isAdmin: true });
    const user = await withPassword();
    const token = await resetTokenFor(admin, user);
    await getDb().userToken.updateMany({ where: { userId: user.userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(getPasswordReset(token)).rejects.toMatchObject({ code: "LINK_INVALID", details: { reason: "EXPIRED" } });
    await expect(resetPassword(token, { password: NEW, confirmPassword: NEW })).rejects.toMatchObject({ code: "LINK_INVALID" });
    await expect(getPasswordReset("x".repeat(43))).rejects.toMatchObject({ code: "LINK_INVALID", details: { reason: "UNKNOWN" } });
    await expect(getPasswordReset("../etc")).rejects.toMatchObject({ code: "LINK_INVALID", details: { reason: "UNKNOWN" } });
  });

  it("let exactly one of two simultaneous uses through", async () => {
    const admin = await makeUser({ isAdmin: true });
    const user = await withPassword();
    const token = await resetTokenFor(admin, user);
    const outcomes = await Promise.allSettled([
      resetPassword(token, { password: NEW, confirmPassword: NEW }),
      resetPassword(token, { password: `${NEW}!`, confirmPassword: `${NEW}!` }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === "rejected")[0]).toMatchObject({ reason: { code: "LINK_INVALID" } });
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.userId } })).sessionVersion).toBe(1);
  });

  it("do not work for a disabled account", async () => {
    const admin = await makeUser({ isAdmin: true });
    const user = await withPassword();
    const token = await resetTokenFor(admin, user);
    await setUserDisabled(admin, user.userId, true);
    await expect(getPasswordReset(token)).rejects.toMatchObject({ code: "LINK_INVALID" });
    await expect(sendPasswordReset(admin, user.userId)).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "DISABLED" } });
  });
});
