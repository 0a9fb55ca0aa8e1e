import "server-only";
import { isUniqueViolation } from "../../db/errors";
import { generateInvitationToken, hashInvitationToken } from "../../team/tokens";
import { getDb } from "../../db";
import { recordAudit } from "../../audit/service";
import { canUseSingleSignOn, isDemoAccountAllowed, type Actor } from "../../authz";
import { AppError } from "../../errors";

// Links between accounts and identities at the configured OpenID Connect provider.
//
// A provider identity reaches an existing account in exactly two ways: the account's owner links it
// while signed in (startIdentityLink, then completeIdentityLink in the sign-in callback), or a new
// person accepts an invitation through the provider (lib/team/service.ts). Never by a matching
// email at sign-in: an email at the provider proves nothing about who owns the Cybercap account.

const LINK_TTL_MS = 15 * 60 * 1000;

/** Why a single sign-on found no account to sign in. */
export type IdentitySignInRefusal = "NOT_LINKED" | "ADMIN" | "DISABLED";
export type IdentitySignIn = { ok: true; userId: string; sessionVersion: number } | { ok: false; reason: IdentitySignInRefusal };

/** The account a provider identity signs in as: only through a link made earlier. */
export async function findIdentityAccount(provider: string, subject: string, options: { isDemoMode: boolean }): Promise<IdentitySignIn> {
  const linked = await getDb().externalIdentity.findUnique({
    where: { provider_subject: { provider, subject } },
    select: { user: { select: { id: true, sessionVersion: true, disabledAt: true, isAdmin: true, isDemo: true } } },
  });
  if (!linked) return { ok: false, reason: "NOT_LINKED" };
  const user = linked.user;
  if (user.disabledAt || !isDemoAccountAllowed(user, options.isDemoMode)) return { ok: false, reason: "DISABLED" };
  if (!canUseSingleSignOn(user)) return { ok: false, reason: "ADMIN" };
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}

export interface IdentityStatus {
  /** When this account was linked to the provider, or null. */
  linkedAt: Date | null;
  /** Unlinking is offered only when a password remains to sign in with. */
  hasPassword: boolean;
  /** Administrators never use single sign-on (canUseSingleSignOn). */
  mayLink: boolean;
}

export async function getIdentityStatus(actor: Actor, provider: string): Promise<IdentityStatus> {
  const user = await getDb().user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { passwordHash: true, isAdmin: true, externalIdentities: { where: { provider }, select: { createdAt: true }, take: 1 } },
  });
  return { linkedAt: user.externalIdentities[0]?.createdAt ?? null, hasPassword: user.passwordHash !== null, mayLink: canUseSingleSignOn(user) };
}

/**
 * The signed-in owner asks to link their account: a one-time token (only its SHA-256 is stored),
 * bound to them, valid 15 minutes. The caller puts it in the sign-in handoff cookie.
 */
export async function startIdentityLink(actor: Actor, provider: string): Promise<{ token: string }> {
  if (!canUseSingleSignOn(actor)) throw new AppError("FORBIDDEN", "administrators do not use single sign-on", { details: { reason: "ADMIN" } });
  const db = getDb();
  const existing = await db.externalIdentity.count({ where: { userId: actor.userId, provider } });
  if (existing > 0) throw new AppError("CONFLICT", "already linked", { details: { reason: "ALREADY_LINKED" } });
  const token = generateInvitationToken();
  await db.userToken.create({
    data: {
      userId: actor.userId,
      createdById: actor.userId,
      purpose: "IDENTITY_LINK",
      tokenHash: hashInvitationToken(token),
      expiresAt: new Date(Date.now() + LINK_TTL_MS),
    },
  });
  return { token };
}

/** How a link attempt ended, for /account/identity. */
export type LinkOutcome = "LINKED" | "LINK_INVALID" | "IDENTITY_LINKED" | "ALREADY_LINKED" | "ADMIN";

/**
 * In the sign-in callback, once the provider has confirmed `subject`: links it to the account the
 * token was made for, if that account is still the one signed in. The token is used up whatever
 * the outcome (it commits with the refusal), so a refused link must be started again.
 */
export async function completeIdentityLink(input: { token: string; sessionUserId: string | null; provider: string; subject: string }): Promise<LinkOutcome> {
  const { token, sessionUserId, provider, subject } = input;
  if (!sessionUserId) return "LINK_INVALID";
  try {
    return await getDb().$transaction(async (tx) => {
      const now = new Date();
      // One statement decides validity: this purpose, unused, unexpired, and bound to the person
      // signed in now (a token carried into someone else's session is worthless).
      const claimed = await tx.userToken.updateMany({
        where: { tokenHash: hashInvitationToken(token), purpose: "IDENTITY_LINK", usedAt: null, expiresAt: { gt: now }, userId: sessionUserId },
        data: { usedAt: now },
      });
      if (claimed.count !== 1) return "LINK_INVALID";
      const user = await tx.user.findUnique({ where: { id: sessionUserId }, select: { isAdmin: true, disabledAt: true } });
      if (!user || user.disabledAt) return "LINK_INVALID";
      if (!canUseSingleSignOn(user)) return "ADMIN";
      const owner = await tx.externalIdentity.findUnique({ where: { provider_subject: { provider, subject } }, select: { userId: true } });
      if (owner) return owner.userId === sessionUserId ? "LINKED" : "IDENTITY_LINKED";
      if ((await tx.externalIdentity.count({ where: { userId: sessionUserId, provider } })) > 0) return "ALREADY_LINKED";
      await tx.externalIdentity.create({ data: { provider, subject, userId: sessionUserId } });
      await recordAudit({ actorId: sessionUserId, action: "auth.identity_link", entityType: "user", entityId: sessionUserId, after: { provider } }, tx);
      return "LINKED";
    });
  } catch (error) {
    // Linked to someone else between the check and the insert.
    if (isUniqueViolation(error)) return "IDENTITY_LINKED";
    throw error;
  }
}

/** The owner removes the link; refused when no password would remain to sign in with. */
export async function unlinkIdentity(actor: Actor, provider: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { passwordHash: true } });
    if (!user.passwordHash) throw new AppError("CONFLICT", "no password", { details: { reason: "NO_PASSWORD" } });
    const removed = await tx.externalIdentity.deleteMany({ where: { userId: actor.userId, provider } });
    if (removed.count === 0) throw new AppError("NOT_FOUND", "not linked");
    await recordAudit({ actorId: actor.userId, action: "auth.identity_unlink", entityType: "user", entityId: actor.userId, before: { provider } }, tx);
  });
}
