"use server";

import { rememberForSignIn } from "@/lib/auth/sign-in-handoff";
import { requireActor } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { ActionResult } from "@/lib/team/action-result";
import { parseInput, runAction } from "@/lib/team/run-action";
import { ZAcceptInvitation, type TAcceptInvitation } from "@/lib/team/schemas";
import { acceptInvitation, acceptInvitationAsUser, getInvitation } from "@/lib/team/service";

// The token is bound by the page, but arrives from the client like any argument: the service checks
// its shape and state (unknown, used, revoked or expired: INVITATION_INVALID) before anything else.

/** A new person: creates the account and joins; the form then signs in with the same password. */
export async function acceptInvitationAction(token: string, input: TAcceptInvitation): Promise<ActionResult<{ email: string }>> {
  return runAction("invitation.accept", async () => {
    const values = parseInput(ZAcceptInvitation, input);
    const { email } = await acceptInvitation(token, { name: values.name, password: values.password });
    return { email };
  });
}

/** Someone signed in with the invited email joins the country (or takes up the officer's portfolio). */
export async function joinInvitationAction(token: string): Promise<ActionResult<{ countryIso2: string | null }>> {
  return runAction("invitation.join", async () => {
    const actor = await requireActor();
    return acceptInvitationAsUser(actor, token);
  });
}

/**
 * A new person chooses single sign-on: checks the invitation is still pending and remembers it for
 * the sign-in callback, which creates the account once the provider has confirmed who this is
 * (lib/auth/options.ts). The client then starts the provider's sign-in.
 */
export async function startSingleSignOnAction(token: string): Promise<ActionResult> {
  return runAction("invitation.sso", async () => {
    if (!env().isOidcEnabled) throw new AppError("NOT_FOUND", "single sign-on is not configured");
    const invitation = await getInvitation(token);
    if (invitation.hasAccount) throw new AppError("CONFLICT", "has account", { details: { reason: "HAS_ACCOUNT" } });
    await rememberForSignIn("invitation", token);
    return {};
  });
}
