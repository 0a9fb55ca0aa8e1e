import "server-only";
import { getPool } from "../db";
import { isDemoAccountAllowed, type Actor, type ActorMembership } from "../authz";
import { isLocale } from "../i18n/config";
import { env } from "../env";

interface ActorRow {
  id: string;
  email: string;
  name: string;
  is_admin: boolean;
  locale: string | null;
  session_version: number;
  disabled_at: Date | null;
  is_demo: boolean;
  memberships: ActorMembership[];
  region_ids: string[];
  country_ids: string[];
  unread: number;
}

/**
 * Loads the actor for a signed session token: the user's current memberships and assignments come
 * from the database on every request, so a removed membership takes effect at once. A token whose
 * session version no longer matches (password changed, account disabled) yields no actor, nor does
 * a demo account outside demo mode.
 *
 * `sessionVersion` null: no session is involved (a personal API token, lib/api-tokens/service.ts).
 * The token's own revocation and expiry bind it instead; a disabled owner still yields no actor.
 *
 * Every request runs this, so it is one SQL statement on the shared pool, not an ORM query tree; it
 * also counts the unread notifications the header shows (a partial index), saving a round trip.
 */
export async function loadActor(userId: string, sessionVersion: number | null): Promise<Actor | null> {
  const {
    rows: [user],
  } = await getPool().query<ActorRow>({
    // Named: prepared once per connection, not parsed and planned on every request.
    name: "actor.load",
    text: `SELECT u.id, u.email, u.name, u.is_admin, u.locale, u.session_version, u.disabled_at, u.is_demo,
            COALESCE((SELECT json_agg(json_build_object('countryId', m.country_id, 'countryIso2', c.iso2, 'role', m.role,
                                                        'assignedPillarCodes', m.assigned_pillar_codes) ORDER BY c.iso2)
                        FROM memberships m JOIN countries c ON c.id = m.country_id WHERE m.user_id = u.id), '[]') AS memberships,
            COALESCE(ARRAY(SELECT o.programme_region_id::text FROM officer_assignments o WHERE o.user_id = u.id AND o.programme_region_id IS NOT NULL), '{}') AS region_ids,
            COALESCE(ARRAY(SELECT o.country_id::text FROM officer_assignments o WHERE o.user_id = u.id AND o.country_id IS NOT NULL), '{}') AS country_ids,
            (SELECT count(*)::int FROM notifications n WHERE n.user_id = u.id AND n.read_at IS NULL) AS unread
       FROM users u
      WHERE u.id = $1`,
    values: [userId],
  });
  // A demo account's sessions end with demo mode, like its sign-ins.
  if (!user || user.disabled_at || (sessionVersion !== null && user.session_version !== sessionVersion) || !isDemoAccountAllowed({ isDemo: user.is_demo }, env().isDemoMode)) return null;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    isAdmin: user.is_admin,
    locale: isLocale(user.locale) ? user.locale : null,
    memberships: user.memberships.map((m) => ({ ...m, assignedPillarCodes: m.assignedPillarCodes ?? [] })),
    officerRegionIds: user.region_ids,
    officerCountryIds: user.country_ids,
    unreadNotifications: user.unread,
  };
}
