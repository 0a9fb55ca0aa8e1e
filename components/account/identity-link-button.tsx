"use client";

import { useTranslations } from "next-intl";
import { ProviderHandoffButton } from "@/components/auth/provider-handoff-button";
import { failureMessage } from "@/components/team/failure-message";
import type { ActionResult } from "@/lib/team/action-result";

/** "Link my <provider> account": a one-time link is prepared, then the provider confirms who this is. */
export function IdentityLinkButton({ providerName, start }: { providerName: string; start: () => Promise<ActionResult> }) {
  const t = useTranslations("identity");
  return (
    <ProviderHandoffButton
      start={start}
      callbackUrl="/account/identity"
      label={t("link", { name: providerName })}
      pendingLabel={t("linking", { name: providerName })}
      failedMessage={t("errors.other")}
      describeFailure={(failure) => failureMessage(t, failure)}
      testId="identity-link"
    />
  );
}
