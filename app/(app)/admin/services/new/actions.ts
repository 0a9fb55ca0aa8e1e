"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import type { TServiceCreate } from "@/lib/services/schemas";
import { createService } from "@/lib/services/service";
import type { ActionResult } from "@/lib/team/action-result";
import { runAction } from "@/lib/team/run-action";

// actor -> service (which checks lib/authz.ts assertCanManageServiceCatalogue and parses the input
// with the shared ZServiceCreate) -> the new service's code, for the page to open it.
export async function createServiceAction(input: TServiceCreate): Promise<ActionResult<{ code: string }>> {
  return runAction("admin.service.create", async () => {
    const service = await createService(await requireActor(), input);
    revalidatePath("/admin/services");
    return { code: service.code };
  });
}
