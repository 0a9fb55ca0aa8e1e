"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

export interface MissingLink {
  code: string;
  href: string;
  title: string;
  dontKnow: boolean;
}

/** A carried-over answer nobody has confirmed or changed: listed as a warning, not a block. */
export type CarriedLink = Omit<MissingLink, "dontKnow">;

/**
 * Submission for review. What is missing is listed, as links, before anything is asked; the button
 * stays disabled until nothing is. The server re-checks completeness and its list is shown too.
 */
export function SubmitRoundForm({ roundId, version, missing, carried = [] }: { roundId: string; version: number; missing: MissingLink[]; carried?: CarriedLink[] }) {
  const t = useTranslations("round");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; missing?: { code: string }[] } | null>(null);
  const blocked = missing.length > 0;

  async function submit() {
    if (blocked || !window.confirm(t("confirmSubmit"))) return;
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
      setError({ message: body?.error?.message ?? t("submitFailed"), missing: body?.error?.details?.missing });
    } catch {
      setError({ message: t("submitFailed") });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="submit-h" className="space-y-2 rounded-lg border border-line bg-white p-4" data-testid="submit-section" data-in-place="">
      <h2 id="submit-h" className="text-lg font-semibold">{t("submitTitle")}</h2>
      <p id="submit-state" className="text-sm text-muted">{blocked ? t("submitBlocked", { count: missing.length }) : t("submitReady")}</p>
      {blocked && (
        <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm" aria-labelledby="submit-state" data-testid="submit-missing">
          {missing.map((m) => (
            <li key={m.code}>
              <a href={m.href} className="text-brand underline" title={m.title}>
                {m.code}
              </a>
              {m.dontKnow && <span className="ms-1 text-muted">({t("dontKnowTag")})</span>}
            </li>
          ))}
        </ul>
      )}
      {carried.length > 0 && (
        <>
          <p id="submit-carried" className="rounded bg-amber-50 p-2 text-sm text-amber-900">{t("submitCarried", { count: carried.length })}</p>
          <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm" aria-labelledby="submit-carried" data-testid="submit-carried">
            {carried.map((c) => (
              <li key={c.code}>
                <a href={c.href} className="text-brand underline" title={c.title}>
                  {c.code}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <button
        type="button"
        onClick={() => void submit()}
        disabled={busy || blocked}
        aria-describedby="submit-state"
        className="rounded bg-brand px-4 py-2 font-medium text-white disabled:cursor-not-allowed disabled:opacity-60"
        data-testid="submit-round"
      >
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
