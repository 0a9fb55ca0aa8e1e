"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { failureMessage } from "@/components/team/failure-message";
import { ErrorAlert } from "@/components/ui/error-alert";
import type { ActionResult } from "@/lib/team/action-result";

/**
 * Retire a service (it leaves every recommended package from now on; nothing is deleted) or bring
 * a retired one back. Both ask for a confirmation first, in the page rather than in a browser dialog.
 */
export function ServiceStatusActions({ isActive, retire, reactivate }: { isActive: boolean; retire: () => Promise<ActionResult>; reactivate: () => Promise<ActionResult> }) {
  const t = useTranslations("admin");
  const ts = useTranslations("admin.services");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const kind = isActive ? "retire" : "reactivate";

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      const result = await (isActive ? retire() : reactivate());
      if (result.ok) {
        setConfirming(false);
        router.refresh();
      } else setError(failureMessage(ts, result));
    } catch {
      setError(t("services.errors.other"));
    } finally {
      setBusy(false);
    }
  }

  const button = "rounded border px-4 py-2 font-medium disabled:opacity-60";
  return (
    <section aria-labelledby="service-status-heading" className="space-y-3 rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6">
      <h2 id="service-status-heading" className="text-xl font-semibold">
        {t(`services.${kind}.heading`)}
      </h2>
      <p className="text-muted">{t(`services.${kind}.intro`)}</p>
      {error && <ErrorAlert>{error}</ErrorAlert>}
      {confirming ? (
        <div role="group" aria-labelledby="service-status-confirm" className="space-y-2 rounded border border-line bg-surface p-3">
          <p id="service-status-confirm" className="font-medium">
            {t(`services.${kind}.confirm`)}
          </p>
          <div className="flex flex-wrap gap-2">
            <button type="button" onClick={() => void confirm()} disabled={busy} className={`${button} ${isActive ? "border-danger bg-danger text-white" : "border-brand bg-brand text-white"}`} data-testid={`${kind}-confirm`}>
              {busy ? t("services.form.saving") : t(`services.${kind}.yes`)}
            </button>
            <button type="button" onClick={() => setConfirming(false)} disabled={busy} className={`${button} border-line`}>
              {t("services.cancel")}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} className={`${button} ${isActive ? "border-danger text-danger hover:bg-red-50" : "border-brand text-brand hover:bg-surface"}`} data-testid={`${kind}-service`}>
          {t(`services.${kind}.button`)}
        </button>
      )}
    </section>
  );
}
