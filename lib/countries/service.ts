import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";
import { assertCanOnCountry, countryScopeWhere, type Actor } from "../authz";
import { isIso2 } from "../validation/codes";

const COUNTRY_SELECT = {
  id: true,
  iso2: true,
  iso3: true,
  name: true,
  m49Region: true,
  m49SubRegion: true,
  programmeRegionId: true,
  programmeRegion: { select: { code: true, name: true } },
} as const;

/**
 * One country, for an actor allowed to see it. Country identities are public (the UN's list), so an
 * unknown code is NOT_FOUND and a known one outside the actor's scope is FORBIDDEN.
 */
export async function getCountryForActor(actor: Actor, iso2: string) {
  if (!isIso2(iso2)) throw new AppError("NOT_FOUND", "country");
  const country = await getDb().country.findUnique({ where: { iso2: iso2.toUpperCase() }, select: COUNTRY_SELECT });
  if (!country) throw new AppError("NOT_FOUND", "country");
  assertCanOnCountry(actor, "country.view", country);
  return country;
}

/** Countries the actor may see, by ISO code. */
export async function listCountriesForActor(actor: Actor) {
  return getDb().country.findMany({ where: countryScopeWhere(actor), select: COUNTRY_SELECT, orderBy: { iso2: "asc" } });
}
