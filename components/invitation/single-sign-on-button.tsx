"use client";

import { useTranslations } from "next-intl";
import { ProviderHandoffButton } from "@/components/auth/provider-handoff-button";
import { failureMessage } from "@/components/team/failure-message";
import type { ActionResult } from "@/lib/team/action-result";

/**
 * For a person without an account, when single sign-on is configured: the server remembers the
 * invitation, then the browser goes to the identity provider; the account is created when the
 * provider confirms the invited address (lib/auth/options.ts).
 */
export function SingleSignOnButton({ providerName, start }: { providerName: string; start: () => Promise<ActionResult> }) {
  const t = useTranslations("invitation");
  return (
    <ProviderHandoffButton
      start={start}
      callbackUrl="/"
      label={t("sso.continue", { name: providerName })}
      pendingLabel={t("sso.starting", { name: providerName })}
      failedMessage={t("errors.other")}
      describeFailure={(failure) => failureMessage(t, failure)}
      testId="invitation-sso"
    />
  );
}
