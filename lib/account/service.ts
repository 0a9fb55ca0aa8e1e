import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/service";
import { hashPassword, verifyPassword } from "../auth/password";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../authz";
import type { Locale } from "../i18n/config";
import { parseInput } from "../api/parse";
import { isSignInBlocked, recordSignInFailure } from "../throttle/service";
import { generateInvitationToken, hashInvitationToken, isWellFormedToken, PASSWORD_RESET_TTL_MS } from "../team/tokens";
import { ZChangePassword, ZLocaleChoice, ZResetPassword, type TChangePassword, type TResetPassword } from "./schemas";

// One's own account (change password, language, sign out everywhere) and the one-time
// password-reset links (user_tokens, purpose PASSWORD_RESET). Every change that must end the
// person's other sessions bumps users.session_version: session tokens carry the version they were
// issued with, and lib/auth/actor.ts refuses a token whose version is no longer current.

/** Why a reset link is refused, for the page to say exactly that (errors carry it in `details.reason`). */
export type ResetLinkProblem = "UNKNOWN" | "EXPIRED" | "USED";

export interface PasswordResetView {
  email: string;
  name: string;
  expiresAt: Date;
}

export interface AccountView {
  email: string;
  name: string;
  locale: string | null;
  /** False for accounts that sign in only through single sign-on: there is no password to change. */
  hasPassword: boolean;
}

type Tx = Prisma.TransactionClient;

function linkInvalid(reason: ResetLinkProblem): AppError {
  return new AppError("LINK_INVALID", `reset link ${reason.toLowerCase()}`, { details: { reason } });
}

/**
 * Stores a new reset token for the user (its SHA-256 only) and returns the token, to be put in a
 * link by the caller. Inside the caller's transaction, with its audit event.
 */
export async function createPasswordResetToken(
  tx: Tx,
  options: { userId: string; createdById: string | null; ttlMs?: number; now?: Date },
): Promise<{ token: string; expiresAt: Date }> {
  const now = options.now ?? new Date();
  const token = generateInvitationToken();
  const expiresAt = new Date(now.getTime() + (options.ttlMs ?? PASSWORD_RESET_TTL_MS));
  await tx.userToken.create({
    data: { userId: options.userId, purpose: "PASSWORD_RESET", tokenHash: hashInvitationToken(token), expiresAt, createdById: options.createdById },
  });
  return { token, expiresAt };
}

async function findResetToken(token: string) {
  // A malformed token is refused like an unknown one, without a lookup.
  if (!isWellFormedToken(token)) throw linkInvalid("UNKNOWN");
  const row = await getDb().userToken.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { id: true, purpose: true, expiresAt: true, usedAt: true, user: { select: { id: true, email: true, name: true, disabledAt: true } } },
  });
  // A disabled account's link is dead: re-enabling the account is the administrator's decision.
  if (!row || row.purpose !== "PASSWORD_RESET" || row.user.disabledAt) throw linkInvalid("UNKNOWN");
  if (row.usedAt) throw linkInvalid("USED");
  if (row.expiresAt.getTime() <= Date.now()) throw linkInvalid("EXPIRED");
  return row;
}

export async function getPasswordReset(token: string): Promise<PasswordResetView> {
  const row = await findResetToken(token);
  return { email: row.user.email, name: row.user.name, expiresAt: row.expiresAt };
}

/**
 * Sets the password from a reset link. The token is claimed by a conditional UPDATE (unused and
 * unexpired at this instant): of two concurrent uses, the second waits on the row lock, then
 * matches nothing. Every session of the person ends (session_version), and their other reset
 * links die with this one.
 */
export async function resetPassword(token: string, input: TResetPassword): Promise<{ email: string }> {
  const parsed = parseInput(ZResetPassword, input);
  const row = await findResetToken(token);
  // Hashed before the transaction: argon2 takes tens of milliseconds, no need to hold locks meanwhile.
  const passwordHash = await hashPassword(parsed.password);
  await getDb().$transaction(async (tx) => {
    const now = new Date();
    const claimed = await tx.userToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count !== 1) throw linkInvalid("USED");
    const updated = await tx.user.updateMany({
      where: { id: row.user.id, disabledAt: null },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    if (updated.count !== 1) throw linkInvalid("UNKNOWN");
    await tx.userToken.updateMany({ where: { userId: row.user.id, purpose: "PASSWORD_RESET", usedAt: null }, data: { usedAt: now } });
    await recordAudit({ actorId: row.user.id, action: "user.password_reset", entityType: "user", entityId: row.user.id, after: { tokenId: row.id } }, tx);
  });
  return { email: row.user.email };
}

export async function getAccount(actor: Actor): Promise<AccountView> {
  const user = await getDb().user.findUniqueOrThrow({ where: { id: actor.userId }, select: { email: true, name: true, locale: true, passwordHash: true } });
  return { email: user.email, name: user.name, locale: user.locale, hasPassword: user.passwordHash !== null };
}

/**
 * Changes one's own password, the current one required. Every session ends, this one included
 * (the caller signs the person in again with the new password: see app/(app)/account/actions.ts).
 */
export async function changePassword(actor: Actor, input: TChangePassword): Promise<{ email: string }> {
  const parsed = parseInput(ZChangePassword, input);
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { email: true, passwordHash: true, sessionVersion: true } });
  if (!user.passwordHash) throw new AppError("INVALID_INPUT", "no password to change", { fields: { currentPassword: "noPassword" } });
  // Guessing the current password from a session someone left open counts like failed sign-ins
  // of the account (the same secret is being guessed), with a counter of its own per person in
  // place of the client address.
  const throttleKey = `account-page:${actor.userId}`;
  if (await isSignInBlocked(user.email, throttleKey)) throw new AppError("RATE_LIMITED", "too many wrong current passwords");
  if (!(await verifyPassword(user.passwordHash, parsed.currentPassword))) {
    await recordSignInFailure(user.email, throttleKey);
    throw new AppError("INVALID_INPUT", "current password is wrong", { fields: { currentPassword: "currentPasswordWrong" } });
  }
  const passwordHash = await hashPassword(parsed.password);
  await db.$transaction(async (tx) => {
    // Conditional on the version read: a sign-out everywhere (or another change) in between wins.
    const updated = await tx.user.updateMany({
      where: { id: actor.userId, sessionVersion: user.sessionVersion, disabledAt: null },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "account changed meanwhile");
    await recordAudit({ actorId: actor.userId, action: "account.password_change", entityType: "user", entityId: actor.userId }, tx);
  });
  return { email: user.email };
}

export async function setPreferredLocale(actor: Actor, locale: Locale): Promise<{ locale: Locale }> {
  const parsed = parseInput(ZLocaleChoice, { locale });
  const db = getDb();
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { locale: true } });
    await tx.user.update({ where: { id: actor.userId }, data: { locale: parsed.locale } });
    await recordAudit({ actorId: actor.userId, action: "account.locale", entityType: "user", entityId: actor.userId, before: { locale: before.locale }, after: { locale: parsed.locale } }, tx);
  });
  return { locale: parsed.locale };
}

/** Ends every session of the person, on every device, this one included. */
export async function signOutEverywhere(actor: Actor): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit({ actorId: actor.userId, action: "account.sign_out_everywhere", entityType: "user", entityId: actor.userId }, tx);
  });
}
