import "server-only";
import { isUniqueViolation } from "../db/errors";
import { getDb } from "../db";
import { AppError } from "../errors";
import { logger } from "../logger";
import { recordAudit } from "../audit/service";
import { notify } from "../notifications/service";
import { hashPassword } from "../auth/password";
import { Prisma } from "../generated/prisma/client";
import type { InvitationKind, MembershipRole } from "../generated/prisma/enums";
import { assertAdmin, assertCanInvite, canAcceptInvitation, canInvite, type Actor, type InvitationGrant } from "../authz";
import { DEFAULT_LOCALE, type Locale } from "../i18n/config";
import { isMailEnabled, sendMail } from "../mail/send-mail";
import { publicBaseUrl } from "../mail/public-url";
import { canManageTeam, canReadTeam } from "./access";
import { composeInvitationMail, type InvitationOffer } from "./invitation-mail";
import { ZAssignment, ZId, ZInvite, ZNewAccount, ZPersonInvite, type TInvite, type TNewAccount, type TPersonInvite } from "./schemas";
import { parseInput } from "./run-action";
import { isIso2 } from "../validation/codes";
import {
  generateInvitationToken,
  hashInvitationToken,
  invitationExpiry,
  invitationLink,
  invitationStatus,
  isWellFormedToken,
  type InvitationStatus,
} from "./tokens";

// A country's team: members, their pillar assignments, and invitations to join. Invitations also
// bring in programme officers (kind OFFICER): one one-time invitation flow for everyone, whoever
// invites (a focal point their respondents, an administrator anyone; lib/authz.ts canInvite).
// Every function checks the actor against the specific resource server-side; the page hiding a
// button is never the check.

/** Why a CONFLICT happened, for a precise message (errors carry it in `details.reason`). */
export type TeamConflictReason = "ALREADY_MEMBER" | "ROLE_CONFLICT" | "NOT_PENDING" | "SELF_REMOVAL" | "LAST_FOCAL_POINT" | "HAS_ACCOUNT" | "IDENTITY_LINKED";

export interface PillarRef {
  code: string;
  /** Localized JSON text as stored. */
  name: unknown;
}

export interface TeamMember {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: MembershipRole;
  pillarCodes: string[];
  isSelf: boolean;
}

export interface TeamInvitation {
  id: string;
  email: string;
  pillarCodes: string[];
  createdAt: Date;
  expiresAt: Date;
  invitedByName: string | null;
  status: InvitationStatus;
}

export interface TeamView {
  country: { id: string; iso2: string; name: unknown };
  canManage: boolean;
  pillars: PillarRef[];
  members: TeamMember[];
  invitations: TeamInvitation[];
}

export type InviteResult = { invitationId: string; email: string; expiresAt: Date } & (
  | { delivery: "email" }
  /** No SMTP, or the send failed: the focal point passes the link on. Returned once, never stored. */
  | { delivery: "link"; link: string; mailFailed: boolean }
);

export interface InvitationView {
  /** What is offered: a place in a country's team (with `role`), or an officer's portfolio. */
  kind: InvitationKind;
  role: MembershipRole;
  email: string;
  /** COUNTRY invitations: the country. Null for OFFICER invitations. */
  countryIso2: string | null;
  countryName: unknown;
  inviterName: string | null;
  /** Pillars a respondent will answer (empty for focal points and officers). */
  pillars: PillarRef[];
  /** OFFICER invitations: the programme regions and single countries of the portfolio. */
  regions: { code: string; name: unknown }[];
  officerCountries: { iso2: string; name: unknown }[];
  expiresAt: Date;
  /** An account with the invited email exists: the person signs in and joins instead of registering. */
  hasAccount: boolean;
}

/** A pending invitation made by an administrator, for the administration's list. */
export interface AdminInvitation {
  id: string;
  kind: InvitationKind;
  role: MembershipRole;
  email: string;
  countryIso2: string | null;
  countryName: unknown;
  invitedByName: string | null;
  createdAt: Date;
  expiresAt: Date;
}

const COUNTRY_SELECT = { id: true, iso2: true, name: true, programmeRegionId: true } as const;
/** How many invitations the team page lists, newest first; older ones stay in the audit log. */
const INVITATION_LIST_LIMIT = 100;

type Tx = Prisma.TransactionClient;

function conflict(reason: TeamConflictReason, message: string = reason): AppError {
  return new AppError("CONFLICT", message, { details: { reason } });
}

function invitationInvalid(): AppError {
  return new AppError("INVITATION_INVALID");
}

async function findCountry(iso2: string) {
  if (!isIso2(iso2.trim())) throw new AppError("NOT_FOUND", "country");
  const country = await getDb().country.findUnique({ where: { iso2: iso2.trim().toUpperCase() }, select: COUNTRY_SELECT });
  if (!country) throw new AppError("NOT_FOUND", "country");
  return country;
}

function assertCanManage(actor: Actor, country: { id: string; programmeRegionId: string | null }): void {
  if (!canManageTeam(actor, country)) throw new AppError("FORBIDDEN", "team.manage refused");
}

/** Pillars of the current published framework, in questionnaire order. */
async function getPublishedPillars(): Promise<PillarRef[]> {
  const version = await getDb().frameworkVersion.findFirst({
    where: { status: "PUBLISHED" },
    orderBy: { publishedAt: "desc" },
    select: { pillars: { select: { code: true, name: true }, orderBy: { position: "asc" } } },
  });
  return version?.pillars ?? [];
}

/** The codes in framework order, or INVALID_INPUT at the field when one names no published pillar. */
function knownPillarCodes(codes: string[], pillars: PillarRef[]): string[] {
  const known = new Set(pillars.map((p) => p.code));
  if (codes.some((c) => !known.has(c))) throw new AppError("INVALID_INPUT", "unknown pillar code", { fields: { pillarCodes: "pillarUnknown" } });
  return pillars.filter((p) => codes.includes(p.code)).map((p) => p.code);
}


// ---------------------------------------------------------------------------------------------
// The team page

export async function listTeam(actor: Actor, iso2: string): Promise<TeamView> {
  const country = await findCountry(iso2);
  if (!canReadTeam(actor, country)) throw new AppError("FORBIDDEN", "team read refused");
  const db = getDb();
  const now = new Date();
  const [pillars, memberships, invitations] = await Promise.all([
    getPublishedPillars(),
    db.membership.findMany({
      where: { countryId: country.id },
      select: { id: true, role: true, assignedPillarCodes: true, user: { select: { id: true, name: true, email: true } } },
      // FOCAL_POINT sorts before RESPONDENT (enum order).
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    }),
    db.invitation.findMany({
      where: { countryId: country.id },
      select: {
        id: true,
        email: true,
        assignedPillarCodes: true,
        createdAt: true,
        expiresAt: true,
        acceptedAt: true,
        revokedAt: true,
        invitedBy: { select: { name: true } },
      },
      orderBy: { createdAt: "desc" },
      take: INVITATION_LIST_LIMIT,
    }),
  ]);
  return {
    country: { id: country.id, iso2: country.iso2, name: country.name },
    canManage: canManageTeam(actor, country),
    pillars,
    members: memberships.map((m) => ({
      membershipId: m.id,
      userId: m.user.id,
      name: m.user.name,
      email: m.user.email,
      role: m.role,
      pillarCodes: m.assignedPillarCodes,
      isSelf: m.user.id === actor.userId,
    })),
    invitations: invitations.map((i) => ({
      id: i.id,
      email: i.email,
      pillarCodes: i.assignedPillarCodes,
      createdAt: i.createdAt,
      expiresAt: i.expiresAt,
      invitedByName: i.invitedBy?.name ?? null,
      status: invitationStatus(i, now),
    })),
  };
}

export async function inviteMember(actor: Actor, iso2: string, input: TInvite, options: { locale?: Locale } = {}): Promise<InviteResult> {
  const parsed = parseInput(ZInvite, input);
  const country = await findCountry(iso2);
  assertCanInvite(actor, { kind: "COUNTRY", role: "RESPONDENT", country });
  const pillars = await getPublishedPillars();
  const pillarCodes = knownPillarCodes(parsed.pillarCodes, pillars);
  return createInvitation(actor, parsed.email, { kind: "COUNTRY", country, role: "RESPONDENT", pillarCodes }, pillars, options);
}

/**
 * The administration's invitation (/admin/invitations/new): any country's focal point or
 * respondent, or a programme officer with regions and countries. Same flow as inviteMember.
 */
export async function invitePerson(actor: Actor, input: TPersonInvite, options: { locale?: Locale } = {}): Promise<InviteResult> {
  const parsed = parseInput(ZPersonInvite, input);
  if (parsed.kind === "COUNTRY") {
    const country = await findCountry(parsed.countryIso2);
    assertCanInvite(actor, { kind: "COUNTRY", role: parsed.role, country });
    const pillars = await getPublishedPillars();
    // Focal points answer every pillar: an assignment would mean nothing.
    const pillarCodes = parsed.role === "RESPONDENT" ? knownPillarCodes(parsed.pillarCodes, pillars) : [];
    return createInvitation(actor, parsed.email, { kind: "COUNTRY", country, role: parsed.role, pillarCodes }, pillars, options);
  }
  assertCanInvite(actor, { kind: "OFFICER" });
  const db = getDb();
  const [regions, countries] = await Promise.all([
    db.programmeRegion.findMany({ where: { id: { in: parsed.regionIds } }, select: { id: true, code: true, name: true }, orderBy: { code: "asc" } }),
    db.country.findMany({ where: { iso2: { in: parsed.officerCountryIso2s } }, select: { id: true, iso2: true, name: true }, orderBy: { iso2: "asc" } }),
  ]);
  if (regions.length !== new Set(parsed.regionIds).size) throw new AppError("INVALID_INPUT", "unknown region", { fields: { regionIds: "portfolioUnknown" } });
  if (countries.length !== new Set(parsed.officerCountryIso2s).size) {
    throw new AppError("INVALID_INPUT", "unknown country", { fields: { officerCountryIso2s: "portfolioUnknown" } });
  }
  return createInvitation(actor, parsed.email, { kind: "OFFICER", regions, countries }, [], options);
}

type CountryRow = Awaited<ReturnType<typeof findCountry>>;
type InvitationTarget =
  | { kind: "COUNTRY"; country: CountryRow; role: MembershipRole; pillarCodes: string[] }
  | { kind: "OFFICER"; regions: { id: string; code: string; name: unknown }[]; countries: { id: string; iso2: string; name: unknown }[] };

function grantOf(target: InvitationTarget): InvitationGrant {
  return target.kind === "COUNTRY" ? { kind: "COUNTRY", role: target.role, country: target.country } : { kind: "OFFICER" };
}

function offerOf(target: InvitationTarget, pillars: PillarRef[]): InvitationOffer {
  if (target.kind === "OFFICER") return { kind: "OFFICER", regionNames: target.regions.map((r) => r.name), countryNames: target.countries.map((c) => c.name) };
  if (target.role === "FOCAL_POINT") return { kind: "FOCAL_POINT", countryName: target.country.name };
  return { kind: "RESPONDENT", countryName: target.country.name, pillarNames: pillars.filter((p) => target.pillarCodes.includes(p.code)).map((p) => p.name) };
}

/** Creates the invitation (superseding the person's pending ones for the same place) and delivers it. */
async function createInvitation(
  actor: Actor,
  rawEmail: string,
  target: InvitationTarget,
  pillars: PillarRef[],
  options: { locale?: Locale },
): Promise<InviteResult> {
  // The callers checked already; checked again here so that no path creates an invitation unchecked.
  assertCanInvite(actor, grantOf(target));
  // Before anything is written: without a public address there is no link to give (lib/mail/public-url.ts).
  const baseUrl = publicBaseUrl();
  const email = rawEmail.toLowerCase();
  const db = getDb();
  const countryId = target.kind === "COUNTRY" ? target.country.id : null;

  if (countryId) {
    const existing = await db.membership.findFirst({ where: { countryId, user: { email } }, select: { id: true } });
    if (existing) throw new AppError("CONFLICT", "already a member", { fields: { email: "alreadyMember" }, details: { reason: "ALREADY_MEMBER" } });
  }

  const token = generateInvitationToken();
  const now = new Date();
  const expiresAt = invitationExpiry(now);
  const grant =
    target.kind === "COUNTRY"
      ? { kind: "COUNTRY" as const, role: target.role, assignedPillarCodes: target.pillarCodes }
      : { kind: "OFFICER" as const, officerRegionIds: target.regions.map((r) => r.id), officerCountryIds: target.countries.map((c) => c.id) };
  const audited =
    target.kind === "COUNTRY"
      ? { email, kind: "COUNTRY", role: target.role, pillarCodes: target.pillarCodes, expiresAt: expiresAt.toISOString() }
      : { email, kind: "OFFICER", regions: target.regions.map((r) => r.code), countries: target.countries.map((c) => c.iso2), expiresAt: expiresAt.toISOString() };
  const invitation = await db.$transaction(async (tx) => {
    // One live invitation per person and place (a country, or the officers' programme): a new one
    // supersedes the pending ones, so an older link (perhaps sent to the wrong place) stops working.
    const superseded = await tx.invitation.findMany({
      where: { kind: target.kind, countryId, email, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      select: { id: true },
    });
    if (superseded.length > 0) {
      await tx.invitation.updateMany({ where: { id: { in: superseded.map((s) => s.id) }, revokedAt: null }, data: { revokedAt: now } });
      for (const s of superseded) {
        await recordAudit({ actorId: actor.userId, action: "invitation.revoke", entityType: "invitation", entityId: s.id, countryId, after: { reason: "superseded" } }, tx);
      }
    }
    const created = await tx.invitation.create({
      data: { ...grant, countryId, email, tokenHash: hashInvitationToken(token), expiresAt, invitedById: actor.userId },
      select: { id: true },
    });
    await recordAudit({ actorId: actor.userId, action: "invitation.create", entityType: "invitation", entityId: created.id, countryId, after: audited }, tx);
    return created;
  });

  const link = invitationLink(baseUrl, token);
  const base = { invitationId: invitation.id, email, expiresAt };
  if (isMailEnabled()) {
    try {
      const mail = await composeInvitationMail({
        locale: options.locale ?? actor.locale ?? DEFAULT_LOCALE,
        offer: offerOf(target, pillars),
        inviterName: actor.name,
        link,
        expiresAt,
      });
      await sendMail({ to: email, ...mail });
      logger.info({ event: "invitation.sent", invitationId: invitation.id, kind: target.kind }, "invitation emailed");
      return { ...base, delivery: "email" };
    } catch (error) {
      // The invitation stands; the inviter gets the link to pass on instead of a lost invitation.
      logger.warn({ event: "invitation.mail_failed", invitationId: invitation.id, err: error }, "invitation email could not be sent");
      return { ...base, delivery: "link", link, mailFailed: true };
    }
  }
  // Without SMTP (demos, closed networks) the link is returned once, to the inviter's page. It is
  // never logged: logs are read by more people than the inviter, and kept longer than the link lives.
  logger.info({ event: "invitation.created_without_mail", invitationId: invitation.id, kind: target.kind }, "invitation created (no SMTP configured)");
  return { ...base, delivery: "link", link, mailFailed: false };
}

/** Pending invitations administrators made, newest first, for the administration's list. */
export async function listAdministratorInvitations(actor: Actor): Promise<AdminInvitation[]> {
  assertAdmin(actor);
  const rows = await getDb().invitation.findMany({
    where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() }, OR: [{ kind: "OFFICER" }, { invitedBy: { isAdmin: true } }] },
    select: {
      id: true,
      kind: true,
      role: true,
      email: true,
      createdAt: true,
      expiresAt: true,
      country: { select: { iso2: true, name: true } },
      invitedBy: { select: { name: true } },
    },
    orderBy: { createdAt: "desc" },
    take: INVITATION_LIST_LIMIT,
  });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    role: r.role,
    email: r.email,
    countryIso2: r.country?.iso2 ?? null,
    countryName: r.country?.name ?? null,
    invitedByName: r.invitedBy?.name ?? null,
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
  }));
}

export async function revokeInvitation(actor: Actor, invitationId: string): Promise<{ countryIso2: string | null }> {
  const id = parseInput(ZId, invitationId);
  const db = getDb();
  const invitation = await db.invitation.findUnique({ where: { id }, select: { id: true, kind: true, role: true, email: true, country: { select: COUNTRY_SELECT } } });
  if (!invitation) throw new AppError("NOT_FOUND", "invitation");
  // Whoever may make an invitation may withdraw it: the same rule (lib/authz.ts canInvite).
  const grant: InvitationGrant | null =
    invitation.kind === "OFFICER" ? { kind: "OFFICER" } : invitation.country ? { kind: "COUNTRY", role: invitation.role, country: invitation.country } : null;
  if (!grant || !canInvite(actor, grant)) throw new AppError("FORBIDDEN", "invitation revoke refused");
  const countryId = invitation.country?.id ?? null;
  await db.$transaction(async (tx) => {
    // Conditional: an invitation accepted (or revoked) a moment ago stays as it is.
    const revoked = await tx.invitation.updateMany({ where: { id, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
    if (revoked.count !== 1) throw conflict("NOT_PENDING");
    await recordAudit({ actorId: actor.userId, action: "invitation.revoke", entityType: "invitation", entityId: id, countryId, before: { email: invitation.email } }, tx);
  });
  return { countryIso2: invitation.country?.iso2 ?? null };
}

async function findMembership(membershipId: string) {
  const id = parseInput(ZId, membershipId);
  const membership = await getDb().membership.findUnique({
    where: { id },
    select: { id: true, userId: true, role: true, assignedPillarCodes: true, user: { select: { email: true } }, country: { select: COUNTRY_SELECT } },
  });
  if (!membership) throw new AppError("NOT_FOUND", "membership");
  return membership;
}

export async function updateAssignment(actor: Actor, membershipId: string, pillarCodes: string[]): Promise<{ countryIso2: string }> {
  const parsed = parseInput(ZAssignment, { pillarCodes });
  const membership = await findMembership(membershipId);
  assertCanManage(actor, membership.country);
  // Focal points answer every pillar; only respondents have an assignment to change.
  if (membership.role !== "RESPONDENT") throw new AppError("INVALID_INPUT", "not a respondent");
  const codes = knownPillarCodes(parsed.pillarCodes, await getPublishedPillars());
  await getDb().$transaction(async (tx) => {
    await tx.membership.update({ where: { id: membership.id }, data: { assignedPillarCodes: codes } });
    await recordAudit(
      {
        actorId: actor.userId,
        action: "membership.assign",
        entityType: "membership",
        entityId: membership.id,
        countryId: membership.country.id,
        before: { pillarCodes: membership.assignedPillarCodes },
        after: { pillarCodes: codes },
      },
      tx,
    );
  });
  return { countryIso2: membership.country.iso2 };
}

export async function removeMember(actor: Actor, membershipId: string): Promise<{ countryIso2: string }> {
  const membership = await findMembership(membershipId);
  assertCanManage(actor, membership.country);
  if (membership.userId === actor.userId) throw conflict("SELF_REMOVAL");
  const countryId = membership.country.id;
  await getDb().$transaction(async (tx) => {
    // Lock the country's focal-point rows: two focal points removing each other at the same time
    // would otherwise both pass the checks below and leave the country with none. The second waits,
    // then sees the first's removal (its actor is no longer a focal point, or the target is the last).
    const focalPoints = await tx.$queryRaw<{ id: string; user_id: string }[]>`
      SELECT id, user_id FROM memberships WHERE country_id = ${countryId}::uuid AND role = 'FOCAL_POINT' FOR UPDATE`;
    if (!focalPoints.some((f) => f.user_id === actor.userId)) throw new AppError("FORBIDDEN", "no longer a focal point");
    if (membership.role === "FOCAL_POINT" && focalPoints.filter((f) => f.id !== membership.id).length === 0) throw conflict("LAST_FOCAL_POINT");
    const deleted = await tx.membership.deleteMany({ where: { id: membership.id } });
    if (deleted.count !== 1) throw new AppError("NOT_FOUND", "membership");
    await recordAudit(
      {
        actorId: actor.userId,
        action: "membership.remove",
        entityType: "membership",
        entityId: membership.id,
        countryId,
        before: { userId: membership.userId, email: membership.user.email, role: membership.role, pillarCodes: membership.assignedPillarCodes },
      },
      tx,
    );
  });
  return { countryIso2: membership.country.iso2 };
}

// ---------------------------------------------------------------------------------------------
// The invitation page (no actor, or an actor with the invited email)

async function findPendingInvitation(token: string) {
  // A malformed token is refused like an unknown one, without a lookup.
  if (!isWellFormedToken(token)) throw invitationInvalid();
  const invitation = await getDb().invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      id: true,
      kind: true,
      email: true,
      role: true,
      assignedPillarCodes: true,
      officerRegionIds: true,
      officerCountryIds: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      countryId: true,
      country: { select: { iso2: true, name: true } },
      invitedById: true,
      invitedBy: { select: { name: true } },
    },
  });
  if (!invitation || invitationStatus(invitation) !== "pending") throw invitationInvalid();
  // A COUNTRY invitation without its country (a CHECK in SQL forbids it) would grant nothing.
  if (invitation.kind === "COUNTRY" && !invitation.countryId) throw invitationInvalid();
  return invitation;
}

/**
 * Marks the invitation accepted only if it is still pending at this instant. The row lock this
 * UPDATE takes makes a concurrent accept of the same token wait, then match nothing: a token is
 * used once.
 */
async function claimInvitation(tx: Tx, invitationId: string, now: Date): Promise<void> {
  const claimed = await tx.invitation.updateMany({
    where: { id: invitationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now },
  });
  if (claimed.count !== 1) throw invitationInvalid();
}

type PendingInvitation = Awaited<ReturnType<typeof findPendingInvitation>>;

/**
 * The rest of every acceptance, inside its transaction after the claim: what the invitation grants
 * (a membership of the country, or the officer's assignments), who accepted it, and the audit event
 * (`how` says which way it was accepted).
 */
async function grantInvitation(tx: Tx, invitation: PendingInvitation, userId: string, how: Record<string, unknown>): Promise<void> {
  let granted: Record<string, unknown>;
  if (invitation.kind === "OFFICER") {
    // Regions or countries removed since the invitation was made are skipped, not an error; an
    // assignment the person already has stays as it is.
    const [regions, countries] = await Promise.all([
      tx.programmeRegion.findMany({ where: { id: { in: invitation.officerRegionIds } }, select: { id: true, code: true } }),
      tx.country.findMany({ where: { id: { in: invitation.officerCountryIds } }, select: { id: true, iso2: true } }),
    ]);
    await tx.officerAssignment.createMany({
      data: [...regions.map((r) => ({ userId, programmeRegionId: r.id })), ...countries.map((c) => ({ userId, countryId: c.id }))],
      skipDuplicates: true,
    });
    granted = { kind: "OFFICER", regions: regions.map((r) => r.code), countries: countries.map((c) => c.iso2) };
  } else {
    const membership = await tx.membership.create({
      data: { userId, countryId: invitation.countryId!, role: invitation.role, assignedPillarCodes: invitation.assignedPillarCodes },
      select: { id: true },
    });
    granted = { membershipId: membership.id, role: invitation.role, pillarCodes: invitation.assignedPillarCodes };
  }
  await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedById: userId } });
  await recordAudit(
    { actorId: userId, action: "invitation.accept", entityType: "invitation", entityId: invitation.id, countryId: invitation.countryId, after: { userId, ...granted, ...how } },
    tx,
  );
  // The inviter's inbox says the invitation was taken up (in-app only: they need no mail for it).
  if (invitation.invitedById) {
    await notify(tx, { kind: "INVITATION_ACCEPTED", recipients: [invitation.invitedById], actorId: userId, countryId: invitation.countryId, data: { iso2: invitation.country?.iso2 } });
  }
}

export async function getInvitation(token: string): Promise<InvitationView> {
  const invitation = await findPendingInvitation(token);
  const db = getDb();
  const isOfficer = invitation.kind === "OFFICER";
  const [pillars, account, regions, officerCountries] = await Promise.all([
    isOfficer ? Promise.resolve([]) : getPublishedPillars(),
    db.user.findUnique({ where: { email: invitation.email }, select: { id: true } }),
    isOfficer ? db.programmeRegion.findMany({ where: { id: { in: invitation.officerRegionIds } }, select: { code: true, name: true }, orderBy: { code: "asc" } }) : [],
    isOfficer ? db.country.findMany({ where: { id: { in: invitation.officerCountryIds } }, select: { iso2: true, name: true }, orderBy: { iso2: "asc" } }) : [],
  ]);
  return {
    kind: invitation.kind,
    role: invitation.role,
    email: invitation.email,
    countryIso2: invitation.country?.iso2 ?? null,
    countryName: invitation.country?.name ?? null,
    inviterName: invitation.invitedBy?.name ?? null,
    pillars: pillars.filter((p) => invitation.assignedPillarCodes.includes(p.code)),
    regions,
    officerCountries,
    expiresAt: invitation.expiresAt,
    hasAccount: account !== null,
  };
}

/** A new person: creates the account and what the invitation grants, and uses up the invitation, all or nothing. */
export async function acceptInvitation(token: string, input: TNewAccount): Promise<{ email: string; countryIso2: string | null }> {
  const parsed = parseInput(ZNewAccount, input);
  const invitation = await findPendingInvitation(token);
  const db = getDb();
  if (await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) throw conflict("HAS_ACCOUNT");
  // Hashed before the transaction: argon2 takes tens of milliseconds, no need to hold locks meanwhile.
  const passwordHash = await hashPassword(parsed.password);
  try {
    await db.$transaction(async (tx) => {
      await claimInvitation(tx, invitation.id, new Date());
      const user = await tx.user.create({ data: { email: invitation.email, name: parsed.name, passwordHash }, select: { id: true } });
      await grantInvitation(tx, invitation, user.id, { newAccount: true });
    });
  } catch (error) {
    // Someone registered this email between the check and the insert.
    if (isUniqueViolation(error)) throw conflict("HAS_ACCOUNT");
    throw error;
  }
  return { email: invitation.email, countryIso2: invitation.country?.iso2 ?? null };
}

/** Someone with an account, signed in as the invited email, joins the country (or becomes an officer). */
export async function acceptInvitationAsUser(actor: Actor, token: string): Promise<{ countryIso2: string | null }> {
  const invitation = await findPendingInvitation(token);
  // The link alone is not enough to join with another account: the invitation names a person.
  if (actor.email.toLowerCase() !== invitation.email) throw new AppError("FORBIDDEN", "signed in with another email");
  if (invitation.countryId && actor.memberships.some((m) => m.countryId === invitation.countryId)) throw conflict("ALREADY_MEMBER");
  if (!canAcceptInvitation(actor, { kind: invitation.countryId ? "COUNTRY" : "OFFICER" })) throw conflict("ROLE_CONFLICT");
  try {
    await getDb().$transaction(async (tx) => {
      await claimInvitation(tx, invitation.id, new Date());
      await grantInvitation(tx, invitation, actor.userId, { newAccount: false });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("ALREADY_MEMBER");
    throw error;
  }
  return { countryIso2: invitation.country?.iso2 ?? null };
}

/** An identity confirmed by the OpenID Connect provider (lib/auth/options.ts, signIn callback). */
export interface ExternalIdentityClaims {
  provider: string;
  subject: string;
  /** The provider's email for the person, null when the provider does not say it is verified. */
  email: string | null;
  name: string | null;
}

/**
 * A new person accepts through single sign-on: creates the account (without a password), links the
 * provider's identity, joins the country and uses up the invitation, all or nothing.
 * The provider must vouch for the invited address: a forwarded link used with someone else's
 * identity is refused (FORBIDDEN), as with a signed-in account of another email.
 */
export async function acceptInvitationWithIdentity(token: string, identity: ExternalIdentityClaims): Promise<{ userId: string; sessionVersion: number; countryIso2: string | null }> {
  const invitation = await findPendingInvitation(token);
  if (!identity.email || identity.email.toLowerCase() !== invitation.email) throw new AppError("FORBIDDEN", "identity email differs from the invitation");
  const db = getDb();
  if (await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) throw conflict("HAS_ACCOUNT");
  const name = identity.name?.trim().slice(0, 200) || invitation.email;
  try {
    return await db.$transaction(async (tx) => {
      const now = new Date();
      await claimInvitation(tx, invitation.id, now);
      const user = await tx.user.create({ data: { email: invitation.email, name, lastSignInAt: now }, select: { id: true, sessionVersion: true } });
      await tx.externalIdentity.create({ data: { provider: identity.provider, subject: identity.subject, userId: user.id } });
      await grantInvitation(tx, invitation, user.id, { newAccount: true, provider: identity.provider });
      return { userId: user.id, sessionVersion: user.sessionVersion, countryIso2: invitation.country?.iso2 ?? null };
    });
  } catch (error) {
    // The email registered meanwhile, or this provider identity already belongs to an account.
    if (isUniqueViolation(error)) {
      // Which unique index refused it is in the error's metadata (its shape varies with the driver).
      const meta = JSON.stringify((error as Prisma.PrismaClientKnownRequestError).meta ?? {});
      throw conflict(meta.includes("subject") ? "IDENTITY_LINKED" : "HAS_ACCOUNT");
    }
    throw error;
  }
}
