"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { requireActor } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import type { ActionResult } from "@/lib/team/action-result";
import { parseInput, runAction } from "@/lib/team/run-action";
import { ZPersonInvite, type TPersonInvite } from "@/lib/team/schemas";
import { invitePerson, type InviteResult } from "@/lib/team/service";

/** Any country's focal point or respondent, or a programme officer: lib/authz.ts canInvite decides. */
export async function invitePersonAction(input: TPersonInvite): Promise<ActionResult<InviteResult>> {
  return runAction("admin.invite", async () => {
    const actor = await requireActor();
    const values = parseInput(ZPersonInvite, input);
    const locale = await getLocale();
    const result = await invitePerson(actor, values, { locale: isLocale(locale) ? locale : undefined });
    revalidatePath("/admin/users");
    return result;
  });
}
