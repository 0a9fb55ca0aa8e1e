// The one authorization module. Every server read and write of country data goes through it,
// either as a Prisma `where` fragment (lists) or as an assertion on a specific resource.
//
// Rules (product.md): a country's data is visible to its own team (focal point, respondents), to
// the officers assigned to its programme region or to the country itself, and to administrators.
// Nobody else, not even other countries' focal points.
//
// It fails closed: an actor with no membership, assignment or admin flag matches nothing, and an
// unknown action is refused.
import type { MembershipRole } from "./generated/prisma/enums";
import type { Prisma } from "./generated/prisma/client";
import { AppError } from "./errors";
import type { Locale } from "./i18n/config";

export interface ActorMembership {
  countryId: string;
  countryIso2: string;
  role: MembershipRole;
  assignedPillarCodes: string[];
}

export interface Actor {
  userId: string;
  email: string;
  name: string;
  isAdmin: boolean;
  locale: Locale | null;
  memberships: ActorMembership[];
  officerRegionIds: string[];
  officerCountryIds: string[];
  /** Unread notifications when the actor was loaded (the header's count); not an authorization input. */
  unreadNotifications?: number;
}

export function isOfficer(actor: Actor): boolean {
  return actor.officerRegionIds.length > 0 || actor.officerCountryIds.length > 0;
}

export function isCountryMember(actor: Actor): boolean {
  return actor.memberships.length > 0;
}

/** Countries the actor may see, as a Prisma filter. Never `{}` except for administrators. */
export function countryScopeWhere(actor: Actor): Prisma.CountryWhereInput {
  if (actor.isAdmin) return {};
  const or: Prisma.CountryWhereInput[] = [];
  const memberIds = actor.memberships.map((m) => m.countryId);
  if (memberIds.length > 0) or.push({ id: { in: memberIds } });
  or.push(...assignedOfficerClauses(actor));
  // No grounds at all: match nothing (an empty OR would match everything in some ORMs; be explicit).
  return or.length > 0 ? { OR: or } : { id: { in: [] } };
}

// The officer-assignment rule. An officer is assigned to a country when they are assigned to the
// country itself or to the programme region it is in now (moving a country to another region moves
// it between portfolios at once). It is written here once, in its two forms: a predicate for one
// country and a Prisma filter for lists. Keep them in step; lib/authz.test.ts checks they agree.

/** Whether the actor is an officer assigned to this country, directly or through its region. */
export function isAssignedOfficer(actor: Actor, country: { id: string; programmeRegionId: string | null }): boolean {
  return (
    actor.officerCountryIds.includes(country.id) ||
    (country.programmeRegionId !== null && actor.officerRegionIds.includes(country.programmeRegionId))
  );
}

function assignedOfficerClauses(actor: Actor): Prisma.CountryWhereInput[] {
  const or: Prisma.CountryWhereInput[] = [];
  if (actor.officerCountryIds.length > 0) or.push({ id: { in: actor.officerCountryIds } });
  if (actor.officerRegionIds.length > 0) or.push({ programmeRegionId: { in: actor.officerRegionIds } });
  return or;
}

// The country scope and the officer-assignment rule in SQL, for the few statements on hot pages
// that skip Prisma (a named statement is prepared once per connection: about a third of the CPU of
// the same read through Prisma). A statement gives the rule's parameters first ($1-$4, from
// scopeSqlParams) and numbers its own from $5. `c` is the alias of `countries`.
// lib/authz.integration.test.ts checks that these select the same countries as the Prisma forms.

/** The parameters of the SQL forms: whether the actor is an administrator, then the ids of their memberships' countries, of their assigned countries and of their assigned regions. */
export function scopeSqlParams(actor: Actor): [boolean, string[], string[], string[]] {
  return [actor.isAdmin, actor.memberships.map((m) => m.countryId), actor.officerCountryIds, actor.officerRegionIds];
}

/** countryScopeWhere in SQL: the countries the actor may see. */
export const COUNTRY_SCOPE_SQL = "($1::boolean OR c.id = ANY($2::uuid[]) OR c.id = ANY($3::uuid[]) OR c.programme_region_id = ANY($4::uuid[]))";

/** assignedOfficerWhere in SQL: the countries of the actor's officer portfolio (NULL regions match nothing). Used with COUNTRY_SCOPE_SQL, which also types every parameter. */
export const ASSIGNED_OFFICER_SQL = "(c.id = ANY($3::uuid[]) OR c.programme_region_id = ANY($4::uuid[]))";

/** The countries of the actor's own memberships, in SQL (a filter, not a grant: combine it with COUNTRY_SCOPE_SQL). */
export const MEMBER_COUNTRY_SQL = "c.id = ANY($2::uuid[])";

/** The other way round: the officer assignments that cover this country (for listing its officers). */
export function officersOfCountryWhere(country: { id: string; programmeRegionId: string | null }): Prisma.OfficerAssignmentWhereInput {
  const or: Prisma.OfficerAssignmentWhereInput[] = [{ countryId: country.id }];
  if (country.programmeRegionId !== null) or.push({ programmeRegionId: country.programmeRegionId });
  return { OR: or };
}

/** The countries of the actor's officer portfolio (not those of their memberships), as a filter. */
export function assignedOfficerWhere(actor: Actor): Prisma.CountryWhereInput {
  const or = assignedOfficerClauses(actor);
  return or.length > 0 ? { OR: or } : { id: { in: [] } };
}

/** Rounds the actor may see: those of the countries they may see. */
export function roundScopeWhere(actor: Actor): Prisma.AssessmentRoundWhereInput {
  return actor.isAdmin ? {} : { country: countryScopeWhere(actor) };
}

export type CountryAction =
  | "country.view"
  | "round.open"
  | "round.manage"
  | "answer.write"
  | "team.view"
  | "team.manage"
  | "round.review"
  | "comment.internal"
  | "comment.reply";

/**
 * Whether the actor may do `action` on a country, given the country's programme region.
 * Writes by the country team are further limited by round status and pillar assignment in the
 * services that perform them.
 */
export function canOnCountry(actor: Actor, action: CountryAction, country: { id: string; programmeRegionId: string | null }): boolean {
  const membership = actor.memberships.find((m) => m.countryId === country.id);
  const assigned = isAssignedOfficer(actor, country);
  switch (action) {
    case "country.view":
      return actor.isAdmin || membership !== undefined || assigned;
    case "answer.write":
      return membership !== undefined;
    case "round.open":
    // Changing a round's targets, submitting, deleting or cancelling it: the country's focal point.
    case "round.manage":
    case "team.manage":
      return membership?.role === "FOCAL_POINT";
    // Reading a team: its focal points, the officers assigned to the country and administrators.
    // Respondents see the country, but the list (colleagues' addresses, pending invitations) is the
    // focal point's working tool, not theirs, so membership alone does not grant it.
    case "team.view":
      return membership?.role === "FOCAL_POINT" || actor.isAdmin || assigned;
    // Reviewing a submitted round (start, comment, decide, send): its officers and administrators.
    case "round.review":
      return assigned || actor.isAdmin;
    // Reading comments internal to officers: the same people. The country never does.
    case "comment.internal":
      return assigned || actor.isAdmin;
    // Answering a review comment the country can see: the country's team and the reviewers.
    case "comment.reply":
      return membership !== undefined || assigned || actor.isAdmin;
    default:
      return false;
  }
}

export function assertCanOnCountry(actor: Actor, action: CountryAction, country: { id: string; programmeRegionId: string | null }): void {
  if (!canOnCountry(actor, action, country)) throw new AppError("FORBIDDEN", `${action} refused`);
}

export function assertAdmin(actor: Actor): void {
  if (!actor.isAdmin) throw new AppError("FORBIDDEN", "administrators only");
}

/**
 * The service catalogue (adding, editing, retiring services) is the administrators' alone: every
 * country's recommended package is drawn from it, so a change reaches every round at once.
 * Fails closed: nobody else, officers included, whatever else they may do.
 */
export function canManageServiceCatalogue(actor: Actor): boolean {
  return actor.isAdmin;
}

export function assertCanManageServiceCatalogue(actor: Actor): void {
  if (!canManageServiceCatalogue(actor)) throw new AppError("FORBIDDEN", "service catalogue: administrators only");
}

/** Changing a team (invitations, assignments, removal) is the focal point's alone. */
export function canManageTeam(actor: Actor, country: { id: string; programmeRegionId: string | null }): boolean {
  return canOnCountry(actor, "team.manage", country);
}

/** Reading a team's members and invitations (see "team.view"). */
export function canReadTeam(actor: Actor, country: { id: string; programmeRegionId: string | null }): boolean {
  return canOnCountry(actor, "team.view", country);
}

/**
 * Single sign-on is for country teams and officers, never for an administrator: an administrator
 * signs in with their password only, so that whoever controls an identity provider account (or
 * the provider itself) cannot become an administrator. Checked when a link is made and at every
 * single sign-on (an account promoted after linking no longer signs in through the provider).
 */
export function canUseSingleSignOn(user: { isAdmin: boolean }): boolean {
  return !user.isAdmin;
}

/**
 * The same rule for every way in (password, single sign-on, an existing session): a demo account
 * (users.is_demo, whose password is public) exists only while demo mode is on.
 */
export function isDemoAccountAllowed(user: { isDemo: boolean }, isDemoMode: boolean): boolean {
  return !user.isDemo || isDemoMode;
}

/** What an invitation would grant, for canInvite. */
export type InvitationGrant =
  | { kind: "COUNTRY"; role: MembershipRole; country: { id: string; programmeRegionId: string | null } }
  | { kind: "OFFICER" };

/**
 * Who may invite whom: a country's focal point invites respondents of their own country; an
 * administrator invites any country's focal point or respondents, and programme officers. Nobody
 * else, and nothing else (fails closed on an unknown kind or role).
 */
export function canInvite(actor: Actor, grant: InvitationGrant): boolean {
  if (actor.isAdmin) return grant.kind === "OFFICER" || grant.role === "FOCAL_POINT" || grant.role === "RESPONDENT";
  return grant.kind === "COUNTRY" && grant.role === "RESPONDENT" && canOnCountry(actor, "team.manage", grant.country);
}

export function assertCanInvite(actor: Actor, grant: InvitationGrant): void {
  if (!canInvite(actor, grant)) throw new AppError("FORBIDDEN", "invitation refused");
}

/**
 * Who may hold an officer portfolio (product.md): programme staff, neither an administrator (who
 * already sees every country: an assignment would change nothing and blur who reviews what) nor a
 * member of a country's team (who would one day review their own country's submissions). The
 * reason it is refused, or null when it is not. Used for an assignment (lib/officers) and for an
 * officer invitation taken by an existing account (canAcceptInvitation).
 */
export type OfficerPortfolioRefusal = "ADMINISTRATOR" | "TEAM_MEMBER";
export function officerPortfolioRefusal(person: { isAdmin: boolean; countryMemberships: number }): OfficerPortfolioRefusal | null {
  if (person.isAdmin) return "ADMINISTRATOR";
  if (person.countryMemberships > 0) return "TEAM_MEMBER";
  return null;
}

/** Who may join a country's team: nobody who reviews (an officer or an administrator would review their own answers). */
export function canJoinCountryTeam(person: { isAdmin: boolean; isOfficer: boolean }): boolean {
  return !person.isAdmin && !person.isOfficer;
}

/**
 * Whether an existing account may take what an invitation grants. A country's team and the
 * programme's reviewers never meet in one account (canJoinCountryTeam, officerPortfolioRefusal).
 * The person keeps the account they have; the invitation needs another address.
 */
export function canAcceptInvitation(actor: Actor, grant: { kind: "COUNTRY" | "OFFICER" }): boolean {
  if (grant.kind === "COUNTRY") return canJoinCountryTeam({ isAdmin: actor.isAdmin, isOfficer: isOfficer(actor) });
  return officerPortfolioRefusal({ isAdmin: actor.isAdmin, countryMemberships: actor.memberships.length }) === null;
}

/**
 * Whether a reader sees an officer's indicator decision (verdict, validated level): a reviewer of
 * the round as it is taken, the country's team once the review it belongs to was sent (decided
 * before the latest sending), never a draft of a review still open. For the review itself
 * (lib/review) and the figures built on it (lib/dashboard).
 */
export function canSeeIndicatorDecision(reviewer: boolean, decidedAt: Date, lastSent: Date | null): boolean {
  return reviewer || (lastSent !== null && decidedAt <= lastSent);
}

/**
 * Personal API tokens the actor may list and revoke: their own, as a Prisma filter. Nobody else's,
 * administrators included (an administrator stops someone's tokens by disabling the account, which
 * every token of it obeys at once). A token itself never manages tokens: those routes take a
 * signed-in session only (lib/api/handler.ts, `auth: "session"`).
 */
export function ownApiTokensWhere(actor: Actor): Prisma.ApiTokenWhereInput {
  return { userId: actor.userId };
}

/**
 * What a personal API token's scope allows: a read-only token reads (GET, HEAD) and nothing else,
 * a read-write token uses every method its owner may; its owner's rights apply on top, unchanged.
 * Fails closed: an unknown scope allows nothing.
 */
export function isMethodAllowedByTokenScope(scope: "READ" | "READ_WRITE", method: string): boolean {
  const upper = method.toUpperCase();
  if (scope === "READ_WRITE") return true;
  if (scope === "READ") return upper === "GET" || upper === "HEAD";
  return false;
}

/**
 * Framework versions are not confidential: every signed-in person reads the published and retired
 * ones (the questions, levels and references their rounds are answered on). A draft is work in
 * progress of the administrators, who alone see it. (Signed in is the route's own requirement.)
 */
export function frameworkVersionScopeWhere(actor: Actor): Prisma.FrameworkVersionWhereInput {
  return actor.isAdmin ? {} : { status: { in: ["PUBLISHED", "RETIRED"] } };
}
