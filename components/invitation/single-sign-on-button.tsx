"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { failureMessage } from "@/components/team/failure-message";
import type { ActionResult } from "@/lib/team/action-result";

/**
 * For a person without an account, when single sign-on is configured: the server remembers the
 * invitation, then the browser goes to the identity provider; the account is created when the
 * provider confirms the invited address (lib/auth/options.ts).
 */
export function SingleSignOnButton({ providerName, start }: { providerName: string; start: () => Promise<ActionResult> }) {
  const t = useTranslations("invitation");
  const [isStarting, setIsStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onClick() {
    setIsStarting(true);
    setError(null);
    try {
      const result = await start();
      if (result.ok) {
        await signIn("oidc", { callbackUrl: "/" });
        return; // the browser is leaving for the provider
      }
      setError(failureMessage(t, result));
    } catch {
      setError(t("errors.other"));
    }
    setIsStarting(false);
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
        disabled={isStarting}
        className="w-full rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60"
        data-testid="invitation-sso"
      >
        {isStarting ? t("sso.starting", { name: providerName }) : t("sso.continue", { name: providerName })}
      </button>
    </div>
  );
}
