"use server";

import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { openRound } from "@/lib/rounds/service";
import { ZOpenRound } from "@/lib/rounds/schemas";
import { parseInput, runAction } from "@/lib/team/run-action";

/**
 * Opens a round; works without JavaScript. A refusal comes back to the form in its address: the
 * error code, the field's message key, the cycle as typed, and the id of the round in the way (the
 * page looks that round up again through the reader's scope, so the address cannot inject a name).
 */
export async function openRoundAction(formData: FormData): Promise<void> {
  const iso2 = String(formData.get("iso2") ?? "").toUpperCase().slice(0, 2);
  const cycle = String(formData.get("cycle") ?? "");
  let inTheWay: string | undefined;
  const result = await runAction("round.open", async () => {
    const actor = await requireActor();
    const targets: Record<string, number> = {};
    for (const [key, value] of formData.entries()) {
      if (key.startsWith("target-")) targets[key.slice(7)] = Number(value);
    }
    // An unticked checkbox sends nothing: carry over only when it was ticked.
    const input = parseInput(ZOpenRound, { cycle, targets, carryOver: formData.get("carryOver") === "on" });
    try {
      return await openRound(actor, iso2, input);
    } catch (error) {
      const round = (error as { details?: { round?: { id?: unknown } } }).details?.round;
      if (typeof round?.id === "string") inTheWay = round.id;
      throw error;
    }
  });
  if (result.ok) redirect(`/rounds/${result.id}`);
  const query = new URLSearchParams({ error: result.error, cycle: cycle.slice(0, 40) });
  const field = result.fields?.cycle ?? result.fields?.targets;
  if (field) query.set("field", field);
  if (inTheWay) query.set("round", inTheWay);
  if (result.requestId) query.set("ref", result.requestId);
  redirect(`/countries/${encodeURIComponent(iso2)}/rounds/new?${query.toString()}`);
}
