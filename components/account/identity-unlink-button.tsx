"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { failureMessage } from "@/components/team/failure-message";
import { ActionButton } from "@/components/ui/action-button";
import type { ActionResult } from "@/lib/team/action-result";

/** Removes the link to the provider; the page is then shown again with the new state. */
export function IdentityUnlinkButton({ providerName, unlink }: { providerName: string; unlink: () => Promise<ActionResult> }) {
  const t = useTranslations("identity");
  const router = useRouter();
  return (
    <ActionButton
      label={t("unlink", { name: providerName })}
      pendingLabel={t("unlinking")}
      failedMessage={t("errors.other")}
      testId="identity-unlink"
      run={async () => {
        const result = await unlink();
        if (!result.ok) return failureMessage(t, result);
        router.push("/account/identity?unlinked=1");
        return undefined;
      }}
    />
  );
}
