"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { regex, string } from "zod/mini";
import { requireActor } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import type { ActionResult } from "@/lib/team/action-result";
import { parseInput, runAction } from "@/lib/team/run-action";
import { ZAssignment, ZId, ZInvite, type TInvite } from "@/lib/team/schemas";
import { inviteMember, removeMember, revokeInvitation, updateAssignment, type InviteResult } from "@/lib/team/service";

// Each action: actor -> input parsed by the shared schema -> service (which authorizes against the
// country) -> typed result. Arguments arrive from the client, so even bound ones are parsed.

const ZIso2 = string().check(regex(/^[A-Za-z]{2}$/));
const TEAM_PAGE = "/countries/[iso2]/team";

export async function inviteMemberAction(iso2: string, input: TInvite): Promise<ActionResult<InviteResult>> {
  return runAction("team.invite", async () => {
    const actor = await requireActor();
    const country = parseInput(ZIso2, iso2);
    const values = parseInput(ZInvite, input);
    const locale = await getLocale();
    const result = await inviteMember(actor, country, values, { locale: isLocale(locale) ? locale : undefined });
    revalidatePath(TEAM_PAGE, "page");
    return result;
  });
}

export async function revokeInvitationAction(invitationId: string): Promise<ActionResult> {
  return runAction("team.revoke", async () => {
    const actor = await requireActor();
    await revokeInvitation(actor, parseInput(ZId, invitationId));
    revalidatePath(TEAM_PAGE, "page");
    return {};
  });
}

export async function updateAssignmentAction(membershipId: string, pillarCodes: string[]): Promise<ActionResult> {
  return runAction("team.assign", async () => {
    const actor = await requireActor();
    const values = parseInput(ZAssignment, { pillarCodes });
    await updateAssignment(actor, parseInput(ZId, membershipId), values.pillarCodes);
    revalidatePath(TEAM_PAGE, "page");
    return {};
  });
}

export async function removeMemberAction(membershipId: string): Promise<ActionResult> {
  return runAction("team.remove", async () => {
    const actor = await requireActor();
    await removeMember(actor, parseInput(ZId, membershipId));
    revalidatePath(TEAM_PAGE, "page");
    return {};
  });
}
