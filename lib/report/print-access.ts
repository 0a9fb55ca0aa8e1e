import "server-only";
// The print page's two ways in (./print-grant.ts): the renderer's grant, or the reader's session.
import { headers } from "next/headers";
import type { Actor } from "../authz";
import { loadActor } from "../auth/actor";
import { requirePageActor } from "../auth/session";
import { env } from "../env";
import { signPrintGrant, verifyPrintGrant } from "./print-grant";
import { PRINT_GRANT_HEADER } from "./print-grant-header";

/** The grant header of a render of `roundId` for `actor` (lib/report/render.ts). */
export function printGrantHeaders(actor: Actor, roundId: string): Record<string, string> {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: reports cannot be rendered");
  return { [PRINT_GRANT_HEADER]: signPrintGrant({ userId: actor.userId, roundId }, secret) };
}

/**
 * The print page's reader: the one a valid grant for this round names (the renderer), else the
 * signed-in session (a person printing the page from their own browser, or sent to sign in).
 */
export async function printPageActor(roundId: string): Promise<Actor> {
  const grant = (await headers()).get(PRINT_GRANT_HEADER);
  const secret = env().NEXTAUTH_SECRET;
  if (grant && secret) {
    const userId = verifyPrintGrant(grant, roundId, secret);
    const actor = userId ? await loadActor(userId, null) : null;
    if (actor) return actor;
  }
  return requirePageActor();
}
