"use server";

import { redirect } from "next/navigation";
import { parseInput } from "@/lib/api/parse";
import { requireActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { openRound } from "@/lib/rounds/service";
import { ZOpenRound } from "@/lib/rounds/schemas";

/** Opens a round; works without JavaScript. Expected errors come back to the form as codes. */
export async function openRoundAction(formData: FormData): Promise<void> {
  const iso2 = String(formData.get("iso2") ?? "").toUpperCase();
  let roundId: string;
  try {
    const actor = await requireActor();
    const targets: Record<string, number> = {};
    for (const [key, value] of formData.entries()) {
      if (key.startsWith("target-")) targets[key.slice(7)] = Number(value);
    }
    const input = parseInput(ZOpenRound, { cycle: formData.get("cycle"), targets });
    roundId = (await openRound(actor, iso2, input)).id;
  } catch (error) {
    if (!isAppError(error)) throw error;
    const field = error.fields ? Object.values(error.fields)[0] : undefined;
    redirect(`/countries/${encodeURIComponent(iso2)}/rounds/new?error=${error.code}${field ? `&field=${field}` : ""}`);
  }
  redirect(`/rounds/${roundId}`);
}
