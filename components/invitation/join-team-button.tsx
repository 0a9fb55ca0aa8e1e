"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { failureMessage } from "@/components/team/failure-message";
import type { ActionResult } from "@/lib/team/action-result";

/** For a signed-in person whose account has the invited email. */
export function JoinTeamButton({ join }: { join: () => Promise<ActionResult<{ countryIso2: string }>> }) {
  const t = useTranslations("invitation");
  const [isJoining, setIsJoining] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onClick() {
    setIsJoining(true);
    setError(null);
    try {
      const result = await join();
      if (result.ok) {
        // A full navigation: the shared layout's header (which a client-side push keeps) is rendered
        // again with the new membership.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign(`/countries/${result.countryIso2}`);
        return;
      }
      setError(failureMessage(t, result));
    } catch {
      setError(t("errors.other"));
    }
    setIsJoining(false);
  }

  return (
    <div className="space-y-3">
      {error && (
        <p role="alert" className="rounded border border-danger bg-red-50 px-3 py-2 text-danger">
          {error}
        </p>
      )}
      <button
        type="button"
        onClick={() => void onClick()}
        disabled={isJoining}
        className="w-full rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60"
        data-testid="join-team"
      >
        {isJoining ? t("existing.joining") : t("existing.join")}
      </button>
    </div>
  );
}
