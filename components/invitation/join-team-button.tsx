"use client";

import { useTranslations } from "next-intl";
import { failureMessage } from "@/components/team/failure-message";
import { ActionButton } from "@/components/ui/action-button";
import type { ActionResult } from "@/lib/team/action-result";

/** For a signed-in person whose account has the invited email. */
export function JoinTeamButton({ join, isOfficer = false }: { join: () => Promise<ActionResult<{ countryIso2: string | null }>>; isOfficer?: boolean }) {
  const t = useTranslations("invitation");
  return (
    <ActionButton
      label={isOfficer ? t("existing.acceptOfficer") : t("existing.join")}
      pendingLabel={t("existing.joining")}
      failedMessage={t("errors.other")}
      testId="join-team"
      run={async () => {
        const result = await join();
        if (!result.ok) return failureMessage(t, result);
        // A full navigation: the shared layout's header (which a client-side push keeps) is rendered
        // again with the new membership.
        window.location.assign(result.countryIso2 ? `/countries/${result.countryIso2}` : "/");
        return undefined;
      }}
    />
  );
}
