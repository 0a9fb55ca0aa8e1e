"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import type { ActionResult } from "@/lib/team/action-result";
import { parseInput, runAction } from "@/lib/team/run-action";
import { ZId } from "@/lib/team/schemas";
import { revokeInvitation } from "@/lib/team/service";

/** Withdraws a pending invitation (lib/authz.ts canInvite: whoever may make it may withdraw it). */
export async function revokeAdminInvitationAction(invitationId: string): Promise<ActionResult> {
  return runAction("admin.invitation.revoke", async () => {
    await revokeInvitation(await requireActor(), parseInput(ZId, invitationId));
    revalidatePath("/admin/users");
    return {};
  });
}
