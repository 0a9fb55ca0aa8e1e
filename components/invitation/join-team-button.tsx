"use client";

import { useTranslations } from "next-intl";
import { failureMessage } from "@/components/team/failure-message";
import { ActionButton } from "@/components/ui/action-button";
import type { ActionResult } from "@/lib/team/action-result";

/** For a signed-in person whose account has the invited email. */
export function JoinTeamButton({ join }: { join: () => Promise<ActionResult<{ countryIso2: string }>> }) {
  const t = useTranslations("invitation");
  return (
    <ActionButton
      label={t("existing.join")}
      pendingLabel={t("existing.joining")}
      failedMessage={t("errors.other")}
      testId="join-team"
      run={async () => {
        const result = await join();
        if (!result.ok) return failureMessage(t, result);
        // A full navigation: the shared layout's header (which a client-side push keeps) is rendered
        // again with the new membership.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign(`/countries/${result.countryIso2}`);
        return undefined;
      }}
    />
  );
}
