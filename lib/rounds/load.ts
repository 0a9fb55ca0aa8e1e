import "server-only";
import { cache } from "react";
import { assertCanOnCountry, type Actor } from "../authz";
import { getDb } from "../db";
import { AppError } from "../errors";
import { isUuid } from "../ids";

/**
 * One round as its readers see it, once the actor may view its country ("country.view"); otherwise
 * NOT_FOUND, as for a round that does not exist: someone who may not see the country learns nothing
 * about the round, not even that it exists. The one loader of a round for the rounds and review
 * services, cached per request (React cache: a page and the sections it renders, such as the list
 * of indicators to revisit, read the round once). Outside a render (route handlers, server actions)
 * it reads every time. Callers must not change what it returns.
 */
export const loadRoundForActor = cache(async (actor: Actor, roundId: string) => {
  if (!isUuid(roundId)) throw new AppError("NOT_FOUND", "round");
  const round = await getDb().assessmentRound.findUnique({
    where: { id: roundId },
    select: {
      id: true,
      cycle: true,
      status: true,
      version: true,
      openedAt: true,
      submittedAt: true,
      cancelledAt: true,
      cancelReason: true,
      frameworkVersionId: true,
      frameworkVersion: { select: { version: true } },
      country: { select: { id: true, iso2: true, name: true, programmeRegionId: true } },
      targets: { select: { pillarId: true, targetLevel: true } },
    },
  });
  if (!round) throw new AppError("NOT_FOUND", "round");
  assertCanOnCountry(actor, "country.view", round.country);
  return round;
});
