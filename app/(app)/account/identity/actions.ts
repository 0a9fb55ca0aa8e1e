"use server";

import { revalidatePath } from "next/cache";
import { startIdentityLink, unlinkIdentity } from "@/lib/auth/identity/service";
import { OIDC_PROVIDER_ID } from "@/lib/auth/oidc";
import { requireActor } from "@/lib/auth/session";
import { rememberForSignIn } from "@/lib/auth/sign-in-handoff";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { ActionResult } from "@/lib/team/action-result";
import { runAction } from "@/lib/team/run-action";

// Both act on the signed-in person's own account only (the actor is the owner): they take no input
// a client could point at someone else. The service refuses administrators.

function requireSingleSignOn(): void {
  if (!env().isOidcEnabled) throw new AppError("NOT_FOUND", "single sign-on is not configured");
}

/** Prepares a one-time link bound to this account; the client then goes to the provider. */
export async function startIdentityLinkAction(): Promise<ActionResult> {
  return runAction("identity.link", async () => {
    const actor = await requireActor();
    requireSingleSignOn();
    const { token } = await startIdentityLink(actor, OIDC_PROVIDER_ID);
    await rememberForSignIn("identity-link", token);
    return {};
  });
}

export async function unlinkIdentityAction(): Promise<ActionResult> {
  return runAction("identity.unlink", async () => {
    const actor = await requireActor();
    requireSingleSignOn();
    await unlinkIdentity(actor, OIDC_PROVIDER_ID);
    revalidatePath("/account/identity");
    return {};
  });
}
