"use server";

import { revalidatePath } from "next/cache";
import { string } from "zod/mini";
import { requireActor } from "@/lib/auth/session";
import type { TServiceUpdate } from "@/lib/services/schemas";
import { reactivateService, retireService, updateService } from "@/lib/services/service";
import type { ActionResult } from "@/lib/team/action-result";
import { parseInput, runAction } from "@/lib/team/run-action";

// Each action: actor -> service (which checks lib/authz.ts assertCanManageServiceCatalogue and
// parses the input with the shared ZServiceUpdate; an unknown code is a 404) -> typed result.

function refresh(code: string) {
  revalidatePath("/admin/services");
  revalidatePath(`/admin/services/${code}`);
}

export async function updateServiceAction(code: string, input: TServiceUpdate): Promise<ActionResult> {
  return runAction("admin.service.update", async () => {
    const serviceCode = parseInput(string(), code);
    await updateService(await requireActor(), serviceCode, input);
    refresh(serviceCode);
    return {};
  });
}

export async function retireServiceAction(code: string): Promise<ActionResult> {
  return runAction("admin.service.retire", async () => {
    const serviceCode = parseInput(string(), code);
    await retireService(await requireActor(), serviceCode);
    refresh(serviceCode);
    return {};
  });
}

export async function reactivateServiceAction(code: string): Promise<ActionResult> {
  return runAction("admin.service.reactivate", async () => {
    const serviceCode = parseInput(string(), code);
    await reactivateService(await requireActor(), serviceCode);
    refresh(serviceCode);
    return {};
  });
}
