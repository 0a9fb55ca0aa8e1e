"use server";

import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { isUuid } from "@/lib/ids";
import type { ActionResult } from "@/lib/team/action-result";
import { ZCancelRound, ZUpdateTargets } from "@/lib/rounds/schemas";
import { cancelRound, deleteRound, updateTargets } from "@/lib/rounds/service";
import { parseInput, runAction } from "@/lib/team/run-action";

// The focal point's changes to a round, as plain forms (they work without JavaScript): actor ->
// input parsed by the shared schema -> service (which authorizes) -> back to the page, with the
// outcome in the address for the page to translate.

function roundIdOf(formData: FormData): string {
  const id = String(formData.get("roundId") ?? "");
  // An id that is not a UUID cannot name a round: go home rather than build an address from it.
  if (!isUuid(id)) redirect("/");
  return id;
}

function failureQuery(result: Extract<ActionResult, { ok: false }>): string {
  const query = new URLSearchParams({ error: result.error });
  const field = result.fields ? Object.values(result.fields)[0] : undefined;
  if (field) query.set("field", field);
  if (result.reason) query.set("reason", result.reason);
  if (result.requestId) query.set("ref", result.requestId);
  return query.toString();
}

export async function updateTargetsAction(formData: FormData): Promise<void> {
  const roundId = roundIdOf(formData);
  const result = await runAction("round.targets", async () => {
    const actor = await requireActor();
    const targets: Record<string, number> = {};
    for (const [key, value] of formData.entries()) {
      if (key.startsWith("target-")) targets[key.slice(7)] = Number(value);
    }
    return updateTargets(actor, roundId, parseInput(ZUpdateTargets, { targets }));
  });
  redirect(result.ok ? `/rounds/${roundId}?done=targets#targets-h` : `/rounds/${roundId}?${failureQuery(result)}#targets-h`);
}

export async function deleteRoundAction(formData: FormData): Promise<void> {
  const roundId = roundIdOf(formData);
  const result = await runAction("round.delete", async () => deleteRound(await requireActor(), roundId));
  redirect(result.ok ? `/countries/${result.countryIso2}` : `/rounds/${roundId}/cancel?${failureQuery(result)}`);
}

export async function cancelRoundAction(formData: FormData): Promise<void> {
  const roundId = roundIdOf(formData);
  const result = await runAction("round.cancel", async () => {
    const actor = await requireActor();
    return cancelRound(actor, roundId, parseInput(ZCancelRound, { reason: String(formData.get("reason") ?? "") }));
  });
  redirect(result.ok ? `/rounds/${roundId}?done=cancelled` : `/rounds/${roundId}/cancel?${failureQuery(result)}`);
}
