"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { failureMessage } from "@/components/team/failure-message";
import { ActionButton } from "@/components/ui/action-button";
import type { ActionResult } from "@/lib/team/action-result";

/**
 * For a person without an account, when single sign-on is configured: the server remembers the
 * invitation, then the browser goes to the identity provider; the account is created when the
 * provider confirms the invited address (lib/auth/options.ts).
 */
export function SingleSignOnButton({ providerName, start }: { providerName: string; start: () => Promise<ActionResult> }) {
  const t = useTranslations("invitation");
  return (
    <ActionButton
      label={t("sso.continue", { name: providerName })}
      pendingLabel={t("sso.starting", { name: providerName })}
      failedMessage={t("errors.other")}
      testId="invitation-sso"
      run={async () => {
        const result = await start();
        if (!result.ok) return failureMessage(t, result);
        await signIn("oidc", { callbackUrl: "/" });
        return undefined; // the browser is leaving for the provider
      }}
    />
  );
}
