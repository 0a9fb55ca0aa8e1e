import "server-only";
import { getDb } from "../../db";
import { AppError } from "../../errors";
import { logger } from "../../logger";
import { recordAudit } from "../../audit/service";
import { assertAdmin, type Actor } from "../../authz";
import type { MembershipRole } from "../../generated/prisma/enums";
import { DEFAULT_LOCALE, isLocale } from "../../i18n/config";
import { isMailEnabled, sendMail } from "../../mail/send-mail";
import { publicBaseUrl } from "../../mail/public-url";
import { parseInput } from "../../api/parse";
import { ZId } from "../../team/schemas";
import { passwordResetLink } from "../../team/tokens";
import { createPasswordResetToken } from "../../account/service";
import { composePasswordResetMail } from "../../account/reset-mail";
import { ZUserListQuery, type TUserListQuery } from "./schemas";

// The administration's people: the list of accounts, one account's page, disabling and
// re-enabling, password-reset links. Administrators only (assertAdmin in every function); every
// change is audited. The invitations themselves are lib/team/service.ts (one flow for everyone).

export const USERS_PAGE_SIZE = 25;

export type UserStatus = "active" | "disabled" | "invited";

export interface UserRow {
  id: string;
  name: string;
  email: string;
  isAdmin: boolean;
  isOfficer: boolean;
  memberships: { countryIso2: string; role: MembershipRole }[];
  status: UserStatus;
  lastSignInAt: Date | null;
}

export interface UserPage {
  users: UserRow[];
  total: number;
  page: number;
  pageCount: number;
  query: string;
}

export interface UserDetail extends UserRow {
  locale: string | null;
  createdAt: Date;
  disabledAt: Date | null;
  isSelf: boolean;
  memberships: { countryIso2: string; countryName: unknown; role: MembershipRole; pillarCodes: string[] }[];
  officerRegions: { code: string; name: unknown }[];
  officerCountries: { iso2: string; name: unknown }[];
}

export type ResetLinkResult = { email: string; expiresAt: Date } & ({ delivery: "email" } | { delivery: "link"; link: string; mailFailed: boolean });

type UserConflict = "SELF" | "LAST_ADMIN" | "DISABLED";

function conflict(reason: UserConflict): AppError {
  return new AppError("CONFLICT", reason, { details: { reason } });
}

/**
 * "Invited": an account nobody has used yet, with no password and no single sign-on identity (the
 * first administrator before they open their link). Disabled wins over everything.
 */
function statusOf(user: { disabledAt: Date | null; hasPassword: boolean; identities: number; lastSignInAt: Date | null }): UserStatus {
  if (user.disabledAt) return "disabled";
  if (!user.hasPassword && user.identities === 0 && !user.lastSignInAt) return "invited";
  return "active";
}

const ROW_SELECT = {
  id: true,
  name: true,
  email: true,
  isAdmin: true,
  disabledAt: true,
  lastSignInAt: true,
  passwordHash: true,
  _count: { select: { externalIdentities: true, officerAssignments: true } },
  memberships: { select: { role: true, country: { select: { iso2: true } } }, orderBy: { createdAt: "asc" as const } },
} as const;

type RowData = { id: string; name: string; email: string; isAdmin: boolean; disabledAt: Date | null; lastSignInAt: Date | null; passwordHash: string | null; _count: { externalIdentities: number; officerAssignments: number } };

function toRow(u: RowData & { memberships: { role: MembershipRole; country: { iso2: string } }[] }): UserRow {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    isAdmin: u.isAdmin,
    isOfficer: u._count.officerAssignments > 0,
    memberships: u.memberships.map((m) => ({ countryIso2: m.country.iso2, role: m.role })),
    status: statusOf({ disabledAt: u.disabledAt, hasPassword: u.passwordHash !== null, identities: u._count.externalIdentities, lastSignInAt: u.lastSignInAt }),
    lastSignInAt: u.lastSignInAt,
  };
}

/**
 * One page of accounts, filtered by name or email in SQL (ILIKE), ordered by name. Offset
 * pagination with a bounded page number (ZUserListQuery): a few thousand users make at most a
 * few hundred pages, and the bound keeps a crafted ?page= from asking for a huge OFFSET.
 */
export async function listUsers(actor: Actor, input: TUserListQuery): Promise<UserPage> {
  assertAdmin(actor);
  const { q, page } = parseInput(ZUserListQuery, input);
  const where = q ? { OR: [{ name: { contains: q, mode: "insensitive" as const } }, { email: { contains: q, mode: "insensitive" as const } }] } : {};
  const db = getDb();
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({ where, select: ROW_SELECT, orderBy: [{ name: "asc" }, { id: "asc" }], skip: (page - 1) * USERS_PAGE_SIZE, take: USERS_PAGE_SIZE }),
  ]);
  return { users: users.map(toRow), total, page, pageCount: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)), query: q };
}

export async function getUserDetail(actor: Actor, userId: string): Promise<UserDetail> {
  assertAdmin(actor);
  const id = parseInput(ZId, userId);
  const user = await getDb().user.findUnique({
    where: { id },
    select: {
      ...ROW_SELECT,
      locale: true,
      createdAt: true,
      memberships: { select: { role: true, assignedPillarCodes: true, country: { select: { iso2: true, name: true } } }, orderBy: { createdAt: "asc" } },
      officerAssignments: { select: { programmeRegion: { select: { code: true, name: true } }, country: { select: { iso2: true, name: true } } } },
    },
  });
  if (!user) throw new AppError("NOT_FOUND", "user");
  return {
    ...toRow(user),
    locale: user.locale,
    createdAt: user.createdAt,
    disabledAt: user.disabledAt,
    isSelf: user.id === actor.userId,
    memberships: user.memberships.map((m) => ({ countryIso2: m.country.iso2, countryName: m.country.name, role: m.role, pillarCodes: m.assignedPillarCodes })),
    officerRegions: user.officerAssignments.flatMap((a) => (a.programmeRegion ? [a.programmeRegion] : [])),
    officerCountries: user.officerAssignments.flatMap((a) => (a.country ? [a.country] : [])),
  };
}

/**
 * Disables or re-enables an account. Disabling ends every session at once (session_version), and
 * is refused for oneself and for the last active administrator: the installation must keep someone
 * who can undo it. The active administrators' rows are locked first, so two administrators
 * disabling each other at the same moment cannot both pass the check.
 */
export async function setUserDisabled(actor: Actor, userId: string, disabled: boolean): Promise<{ status: UserStatus }> {
  assertAdmin(actor);
  const id = parseInput(ZId, userId);
  if (id === actor.userId) throw conflict("SELF");
  await getDb().$transaction(async (tx) => {
    const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM users WHERE is_admin AND disabled_at IS NULL FOR UPDATE`;
    if (!admins.some((a) => a.id === actor.userId)) throw new AppError("FORBIDDEN", "no longer an active administrator");
    const target = await tx.user.findUnique({ where: { id }, select: { id: true, email: true, isAdmin: true, disabledAt: true } });
    if (!target) throw new AppError("NOT_FOUND", "user");
    if (disabled && target.isAdmin && !target.disabledAt && admins.filter((a) => a.id !== id).length === 0) throw conflict("LAST_ADMIN");
    if (disabled === (target.disabledAt !== null)) return; // already so: nothing to change, nothing to audit
    await tx.user.update({
      where: { id },
      data: disabled ? { disabledAt: new Date(), sessionVersion: { increment: 1 } } : { disabledAt: null },
    });
    await recordAudit(
      { actorId: actor.userId, action: disabled ? "user.disable" : "user.enable", entityType: "user", entityId: id, before: { email: target.email, disabled: !disabled }, after: { disabled } },
      tx,
    );
  });
  return { status: disabled ? "disabled" : "active" };
}

/**
 * A one-time link (1 hour) for the person to set a new password. Mailed in their language when
 * SMTP is configured; otherwise (or when the mail fails) returned once for the administrator to pass
 * on, never stored nor logged.
 */
export async function sendPasswordReset(actor: Actor, userId: string): Promise<ResetLinkResult> {
  assertAdmin(actor);
  const id = parseInput(ZId, userId);
  const baseUrl = publicBaseUrl();
  const db = getDb();
  const user = await db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, locale: true, disabledAt: true } });
  if (!user) throw new AppError("NOT_FOUND", "user");
  if (user.disabledAt) throw conflict("DISABLED");
  const { token, expiresAt } = await db.$transaction(async (tx) => {
    const created = await createPasswordResetToken(tx, { userId: id, createdById: actor.userId });
    await recordAudit({ actorId: actor.userId, action: "user.password_reset_link", entityType: "user", entityId: id, after: { expiresAt: created.expiresAt.toISOString() } }, tx);
    return created;
  });
  const link = passwordResetLink(baseUrl, token);
  const base = { email: user.email, expiresAt };
  if (isMailEnabled()) {
    try {
      const mail = await composePasswordResetMail({ locale: isLocale(user.locale) ? user.locale : DEFAULT_LOCALE, name: user.name, link, expiresAt });
      await sendMail({ to: user.email, ...mail });
      logger.info({ event: "password_reset.sent", userId: id }, "password reset link emailed");
      return { ...base, delivery: "email" };
    } catch (error) {
      logger.warn({ event: "password_reset.mail_failed", userId: id, err: error }, "password reset email could not be sent");
      return { ...base, delivery: "link", link, mailFailed: true };
    }
  }
  logger.info({ event: "password_reset.created_without_mail", userId: id }, "password reset link created (no SMTP configured)");
  return { ...base, delivery: "link", link, mailFailed: false };
}

export interface AdminOverview {
  users: number;
  disabledUsers: number;
  administrators: number;
  officers: number;
  pendingInvitations: number;
  countriesWithoutFocalPoint: number;
}

/** The administration's index: a few counts, each one SQL aggregate. */
export async function getAdminOverview(actor: Actor): Promise<AdminOverview> {
  assertAdmin(actor);
  const db = getDb();
  const [users, disabledUsers, administrators, officers, pendingInvitations, countriesWithoutFocalPoint] = await Promise.all([
    db.user.count(),
    db.user.count({ where: { disabledAt: { not: null } } }),
    db.user.count({ where: { isAdmin: true, disabledAt: null } }),
    db.user.count({ where: { officerAssignments: { some: {} } } }),
    // The same invitations as the list on /admin/users (listAdministratorInvitations).
    db.invitation.count({ where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() }, OR: [{ kind: "OFFICER" }, { invitedBy: { isAdmin: true } }] } }),
    db.country.count({ where: { memberships: { none: { role: "FOCAL_POINT" } } } }),
  ]);
  return { users, disabledUsers, administrators, officers, pendingInvitations, countriesWithoutFocalPoint };
}

export interface InviteOptions {
  countries: { iso2: string; name: unknown }[];
  regions: { id: string; code: string; name: unknown }[];
  pillars: { code: string; name: unknown }[];
}

/** What the administration's invitation form offers: every country, programme region and pillar. */
export async function getInviteOptions(actor: Actor): Promise<InviteOptions> {
  assertAdmin(actor);
  const db = getDb();
  const [countries, regions, version] = await Promise.all([
    db.country.findMany({ select: { iso2: true, name: true }, orderBy: { iso2: "asc" } }),
    db.programmeRegion.findMany({ select: { id: true, code: true, name: true }, orderBy: { code: "asc" } }),
    db.frameworkVersion.findFirst({
      where: { status: "PUBLISHED" },
      orderBy: { publishedAt: "desc" },
      select: { pillars: { select: { code: true, name: true }, orderBy: { position: "asc" } } },
    }),
  ]);
  return { countries, regions, pillars: version?.pillars ?? [] };
}
