import { canOnCountry, type Actor } from "../authz";

type CountryRef = { id: string; programmeRegionId: string | null };

/** Changing a team (invitations, assignments, removal) is the focal point's alone. */
export function canManageTeam(actor: Actor, country: CountryRef): boolean {
  return canOnCountry(actor, "team.manage", country);
}

/**
 * Reading a team: its focal points, plus the officers assigned to the country and administrators
 * (country.view on grounds other than membership). Respondents pass country.view too, but the list
 * (colleagues' addresses, pending invitations) is the focal point's working tool, not theirs, so
 * membership alone does not grant it. Fails closed like canOnCountry.
 */
export function canReadTeam(actor: Actor, country: CountryRef): boolean {
  if (canManageTeam(actor, country)) return true;
  if (actor.isAdmin) return true;
  const isOfficerOfCountry =
    actor.officerCountryIds.includes(country.id) || (country.programmeRegionId !== null && actor.officerRegionIds.includes(country.programmeRegionId));
  return isOfficerOfCountry && canOnCountry(actor, "country.view", country);
}
