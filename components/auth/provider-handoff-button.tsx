"use client";

import { signIn } from "next-auth/react";
import { ActionButton } from "@/components/ui/action-button";
import { OIDC_PROVIDER_ID } from "@/lib/auth/oidc";
import type { ActionResult } from "@/lib/team/action-result";

/**
 * Starts a single sign-on that carries a purpose (accept an invitation, link an account): the
 * server action remembers it for the sign-in callback (lib/auth/sign-in-handoff.ts), then the
 * browser leaves for the identity provider. A refusal of the action is shown above the button.
 */
export function ProviderHandoffButton({
  start,
  callbackUrl,
  label,
  pendingLabel,
  failedMessage,
  describeFailure,
  testId,
}: {
  start: () => Promise<ActionResult>;
  callbackUrl: string;
  label: string;
  pendingLabel: string;
  failedMessage: string;
  describeFailure: (failure: Extract<ActionResult, { ok: false }>) => string;
  testId?: string;
}) {
  return (
    <ActionButton
      label={label}
      pendingLabel={pendingLabel}
      failedMessage={failedMessage}
      testId={testId}
      run={async () => {
        const result = await start();
        if (!result.ok) return describeFailure(result);
        await signIn(OIDC_PROVIDER_ID, { callbackUrl });
        return undefined; // the browser is leaving for the provider
      }}
    />
  );
}
