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
  if (actor.officerCountryIds.length > 0) or.push({ id: { in: actor.officerCountryIds } });
  if (actor.officerRegionIds.length > 0) or.push({ programmeRegionId: { in: actor.officerRegionIds } });
  // No grounds at all: match nothing (an empty OR would match everything in some ORMs; be explicit).
  return or.length > 0 ? { OR: or } : { id: { in: [] } };
}

/** Rounds the actor may see: those of the countries they may see. */
export function roundScopeWhere(actor: Actor): Prisma.AssessmentRoundWhereInput {
  return actor.isAdmin ? {} : { country: countryScopeWhere(actor) };
}

export type CountryAction = "country.view" | "round.open" | "round.manage" | "answer.write" | "team.manage" | "round.review";

/**
 * Whether the actor may do `action` on a country, given the country's programme region.
 * Writes by the country team are further limited by round status and pillar assignment in the
 * services that perform them.
 */
export function canOnCountry(actor: Actor, action: CountryAction, country: { id: string; programmeRegionId: string | null }): boolean {
  const membership = actor.memberships.find((m) => m.countryId === country.id);
  const assigned =
    actor.officerCountryIds.includes(country.id) ||
    (country.programmeRegionId !== null && actor.officerRegionIds.includes(country.programmeRegionId));
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
    case "round.review":
      return assigned || actor.isAdmin;
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
