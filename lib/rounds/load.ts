import "server-only";
import { cache } from "react";
import { assertCanOnCountry, type Actor } from "../authz";
import { getPool } from "../db";
import type { RoundStatus } from "../generated/prisma/enums";
import { AppError } from "../errors";
import { isUuid } from "../ids";

/**
 * One round as its readers see it, once the actor may view its country ("country.view"); otherwise
 * FORBIDDEN (HTTP 403, as e2e/authorization.spec.ts checks), before anything of the round is
 * returned. An id that is not a UUID or names no round is NOT_FOUND. The one loader of a round for the rounds and review
 * services, cached per request (React cache: a page and the sections it renders, such as the list
 * of indicators to revisit, read the round once). Outside a render (route handlers, server actions)
 * it reads every time. Callers must not change what it returns.
 */
export const loadRoundForActor = cache(async (actor: Actor, roundId: string): Promise<LoadedRound> => {
  if (!isUuid(roundId)) throw new AppError("NOT_FOUND", "round");
  // A named statement (prepared once per connection): every round page and round API call starts
  // here, and through Prisma this read cost about three times the CPU.
  const {
    rows: [row],
  } = await getPool().query<LoadedRoundRow>({
    name: "round.load",
    text: `SELECT r.id, r.cycle, r.status, r.version, r.opened_at, r.submitted_at, r.cancelled_at, r.cancel_reason, r.framework_version_id,
                  fv.version AS framework_version, c.id AS country_id, c.iso2, c.name AS country_name, c.programme_region_id,
                  COALESCE((SELECT json_agg(json_build_array(t.pillar_id, t.target_level)) FROM round_targets t WHERE t.round_id = r.id), '[]') AS targets
             FROM assessment_rounds r
             JOIN framework_versions fv ON fv.id = r.framework_version_id
             JOIN countries c ON c.id = r.country_id
            WHERE r.id = $1`,
    values: [roundId],
  });
  if (!row) throw new AppError("NOT_FOUND", "round");
  const round: LoadedRound = {
    id: row.id,
    cycle: row.cycle,
    status: row.status,
    version: row.version,
    openedAt: row.opened_at,
    submittedAt: row.submitted_at,
    cancelledAt: row.cancelled_at,
    cancelReason: row.cancel_reason,
    frameworkVersionId: row.framework_version_id,
    frameworkVersion: { version: row.framework_version },
    country: { id: row.country_id, iso2: row.iso2, name: row.country_name, programmeRegionId: row.programme_region_id },
    targets: row.targets.map(([pillarId, targetLevel]) => ({ pillarId, targetLevel })),
  };
  assertCanOnCountry(actor, "country.view", round.country);
  return round;
});

export interface LoadedRound {
  id: string;
  cycle: string;
  status: RoundStatus;
  /** The round's optimistic-lock version (submission and cancellation check it). */
  version: number;
  openedAt: Date;
  submittedAt: Date | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
  frameworkVersionId: string;
  frameworkVersion: { version: string };
  country: { id: string; iso2: string; name: unknown; programmeRegionId: string | null };
  /** The pillar targets set for this round (a pillar without one has the default). */
  targets: { pillarId: string; targetLevel: number }[];
}

interface LoadedRoundRow {
  id: string;
  cycle: string;
  status: RoundStatus;
  version: number;
  opened_at: Date;
  submitted_at: Date | null;
  cancelled_at: Date | null;
  cancel_reason: string | null;
  framework_version_id: string;
  framework_version: string;
  country_id: string;
  iso2: string;
  country_name: unknown;
  programme_region_id: string | null;
  targets: [string, number][];
}
