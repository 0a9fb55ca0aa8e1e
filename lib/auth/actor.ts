import "server-only";
import { getDb } from "../db";
import type { Actor } from "../authz";
import { isLocale } from "../i18n/config";

/**
 * Loads the actor for a signed session token: the user's current memberships and assignments come
 * from the database on every request, so a removed membership takes effect at once. A token whose
 * session version no longer matches (password changed, account disabled) yields no actor.
 */
export async function loadActor(userId: string, sessionVersion: number): Promise<Actor | null> {
  const user = await getDb().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      isAdmin: true,
      locale: true,
      sessionVersion: true,
      disabledAt: true,
      memberships: { select: { countryId: true, role: true, assignedPillarCodes: true, country: { select: { iso2: true } } } },
      officerAssignments: { select: { programmeRegionId: true, countryId: true } },
    },
  });
  if (!user || user.disabledAt || user.sessionVersion !== sessionVersion) return null;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    isAdmin: user.isAdmin,
    locale: isLocale(user.locale) ? user.locale : null,
    memberships: user.memberships.map((m) => ({
      countryId: m.countryId,
      countryIso2: m.country.iso2,
      role: m.role,
      assignedPillarCodes: m.assignedPillarCodes,
    })),
    officerRegionIds: user.officerAssignments.flatMap((a) => (a.programmeRegionId ? [a.programmeRegionId] : [])),
    officerCountryIds: user.officerAssignments.flatMap((a) => (a.countryId ? [a.countryId] : [])),
  };
}
