"use server";

import { resetPassword } from "@/lib/account/service";
import { ZResetPassword, type TResetPassword } from "@/lib/account/schemas";
import type { ActionResult } from "@/lib/team/action-result";
import { parseInput, runAction } from "@/lib/team/run-action";

// The token is bound by the page, but arrives from the client like any argument: the service checks
// its shape and state (unknown, used or expired: LINK_INVALID with the reason) before anything else.
export async function resetPasswordAction(token: string, input: TResetPassword): Promise<ActionResult<{ email: string }>> {
  return runAction("account.reset_password", async () => resetPassword(token, parseInput(ZResetPassword, input)));
}
