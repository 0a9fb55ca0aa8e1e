"use client";

import { useState } from "react";

/** The texts the button needs, formatted by the page (the browser gets no message catalogue for it). */
export interface SubmitRoundLabels {
  submit: string;
  confirm: string;
  failed: string;
}

/**
 * The button that submits a round for review (the section around it, with what is missing, is
 * rendered by the server: components/rounds/submit-round-section.tsx). Disabled while something is
 * missing; the server re-checks completeness and its list is shown too.
 */
export function SubmitRoundButton({ roundId, version, blocked, labels }: { roundId: string; version: number; blocked: boolean; labels: SubmitRoundLabels }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; missing?: { code: string }[] } | null>(null);

  async function submit() {
    if (blocked || !window.confirm(labels.confirm)) return;
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(`/api/v1/rounds/${roundId}/submit`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ version }),
      });
      if (response.ok) {
        window.location.reload();
        return;
      }
      const body = (await response.json().catch(() => null)) as { error?: { message: string; details?: { missing?: { code: string }[] } } } | null;
      setError({ message: body?.error?.message ?? labels.failed, missing: body?.error?.details?.missing });
    } catch {
      setError({ message: labels.failed });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button
        type="button"
        onClick={() => void submit()}
        disabled={busy || blocked}
        aria-describedby="submit-state"
        className="rounded bg-brand px-4 py-2 font-medium text-white disabled:cursor-not-allowed disabled:opacity-60"
        data-testid="submit-round"
      >
        {labels.submit}
      </button>
      {error && (
        <div role="alert" className="text-sm text-danger" data-testid="submit-error">
          <p>{error.message}</p>
          {error.missing && error.missing.length > 0 && <p>{error.missing.map((m) => m.code).join(", ")}</p>}
        </div>
      )}
    </>
  );
}
