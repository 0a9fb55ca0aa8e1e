"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** Submission for review. The server re-checks completeness; its list of what is missing is shown. */
export function SubmitRoundForm({ roundId, version, missing }: { roundId: string; version: number; missing: number }) {
  const t = useTranslations("round");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; missing?: { code: string }[] } | null>(null);

  async function submit() {
    if (!window.confirm(t("confirmSubmit"))) return;
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(`/api/rounds/${roundId}/submit`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ version }),
      });
      if (response.ok) {
        window.location.reload();
        return;
      }
      const body = (await response.json().catch(() => null)) as { error?: { message: string; details?: { missing?: { code: string }[] } } } | null;
      setError({ message: body?.error?.message ?? t("submitFailed"), missing: body?.error?.details?.missing });
    } catch {
      setError({ message: t("submitFailed") });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="submit-h" className="space-y-2 rounded-lg border border-line bg-white p-4">
      <h2 id="submit-h" className="text-lg font-semibold">{t("submitTitle")}</h2>
      <p className="text-sm text-muted">{missing > 0 ? t("submitBlocked", { count: missing }) : t("submitReady")}</p>
      <button type="button" onClick={() => void submit()} disabled={busy} className="rounded bg-brand px-4 py-2 font-medium text-white disabled:opacity-60">
        {t("submit")}
      </button>
      {error && (
        <div role="alert" className="text-sm text-danger" data-testid="submit-error">
          <p>{error.message}</p>
          {error.missing && error.missing.length > 0 && <p>{error.missing.map((m) => m.code).join(", ")}</p>}
        </div>
      )}
    </section>
  );
}
