"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { failureMessage } from "@/components/team/failure-message";
import { ErrorAlert } from "@/components/ui/error-alert";
import type { ActionResult } from "@/lib/team/action-result";

type Kind = "publish" | "delete";

/**
 * A draft's two moves, each behind a confirmation in the page: publish it (the published version
 * is retired, new rounds use this one, existing rounds keep theirs) or delete it. After publishing
 * the page opens again with a notice that takes the focus; after deleting, the list opens with one.
 */
export function FrameworkVersionActions({
  versionId,
  label,
  current,
  publish,
  remove,
}: {
  versionId: string;
  label: string;
  /** The label of the version published now, retired by publishing this one. */
  current: string | null;
  publish: () => Promise<ActionResult<{ label: string; retired: string | null }>>;
  remove: () => Promise<ActionResult>;
}) {
  const t = useTranslations("admin.frameworks");
  const router = useRouter();
  const [confirming, setConfirming] = useState<Kind | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const yes = useRef<HTMLButtonElement>(null);
  const triggers = { publish: useRef<HTMLButtonElement>(null), delete: useRef<HTMLButtonElement>(null) };

  useEffect(() => {
    if (confirming) yes.current?.focus();
  }, [confirming]);

  function cancel(kind: Kind) {
    setConfirming(null);
    // Back to the button that opened the confirmation, after it is shown again.
    requestAnimationFrame(() => triggers[kind].current?.focus());
  }

  async function confirm(kind: Kind) {
    setBusy(true);
    setError(null);
    try {
      if (kind === "publish") {
        const result = await publish();
        if (result.ok) router.replace(`/admin/frameworks/${versionId}?published=1&retired=${encodeURIComponent(result.retired ?? "")}`);
        else setError(failureMessage(t, result));
      } else {
        const result = await remove();
        if (result.ok) router.push(`/admin/frameworks?deleted=${encodeURIComponent(label)}`);
        else setError(failureMessage(t, result));
      }
    } catch {
      setError(t("errors.other"));
    } finally {
      setBusy(false);
    }
  }

  const button = "rounded border px-4 py-2 font-medium disabled:opacity-60";
  return (
    <div className="space-y-4">
      {error && <ErrorAlert testId="framework-action-error">{error}</ErrorAlert>}
      {(["publish", "delete"] as const).map((kind) => (
        <section key={kind} aria-labelledby={`framework-${kind}-heading`} className="space-y-3 rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6">
          <h2 id={`framework-${kind}-heading`} className="text-xl font-semibold">
            {t(`${kind}.heading`)}
          </h2>
          <p className="text-muted">{t(`${kind}.intro`)}</p>
          {confirming === kind ? (
            <div role="group" aria-labelledby={`framework-${kind}-confirm`} className="space-y-2 rounded border border-line bg-surface p-3">
              <p id={`framework-${kind}-confirm`} className="font-medium">
                {kind === "publish" && current ? t("publish.confirm", { label, current }) : kind === "publish" ? t("publish.confirmNoCurrent", { label }) : t("delete.confirm", { label })}
              </p>
              <div className="flex flex-wrap gap-2">
                <button
                  ref={yes}
                  type="button"
                  onClick={() => void confirm(kind)}
                  disabled={busy}
                  className={`${button} ${kind === "delete" ? "border-danger bg-danger text-white" : "border-brand bg-brand text-white"}`}
                  data-testid={`framework-${kind}-confirm`}
                >
                  {busy ? t(`${kind}.working`) : t(`${kind}.yes`, { label })}
                </button>
                <button type="button" onClick={() => cancel(kind)} disabled={busy} className={`${button} border-line`}>
                  {t("cancel")}
                </button>
              </div>
            </div>
          ) : (
            <button
              ref={triggers[kind]}
              type="button"
              onClick={() => setConfirming(kind)}
              className={`${button} ${kind === "delete" ? "border-danger text-danger hover:bg-red-50" : "border-brand text-brand hover:bg-surface"}`}
              data-testid={`framework-${kind}`}
            >
              {t(`${kind}.button`)}
            </button>
          )}
        </section>
      ))}
    </div>
  );
}
