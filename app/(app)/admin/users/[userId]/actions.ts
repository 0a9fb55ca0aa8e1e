"use server";

import { revalidatePath } from "next/cache";
import { boolean } from "zod/mini";
import { sendPasswordReset, setUserDisabled, type ResetLinkResult } from "@/lib/admin/users/service";
import { requireActor } from "@/lib/auth/session";
import type { ActionResult } from "@/lib/team/action-result";
import { parseInput, runAction } from "@/lib/team/run-action";
import { ZId } from "@/lib/team/schemas";

// Each action: actor -> arguments parsed -> service (which checks assertAdmin) -> typed result.

export async function setUserDisabledAction(userId: string, disabled: boolean): Promise<ActionResult> {
  return runAction("admin.user.disable", async () => {
    await setUserDisabled(await requireActor(), parseInput(ZId, userId), parseInput(boolean(), disabled));
    revalidatePath("/admin/users", "layout");
    return {};
  });
}

export async function sendPasswordResetAction(userId: string): Promise<ActionResult<ResetLinkResult>> {
  return runAction("admin.user.reset", async () => sendPasswordReset(await requireActor(), parseInput(ZId, userId)));
}
