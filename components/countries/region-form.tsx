"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { ErrorAlert } from "@/components/ui/error-alert";
import { PrimaryButton } from "@/components/ui/primary-button";

/**
 * An administrator moves the country to another programme region (or none). The route handler
 * checks the administrator and records the move; its error message comes back translated.
 */
export function RegionForm({ iso2, current, regions }: { iso2: string; current: string | null; regions: { code: string; label: string }[] }) {
  const t = useTranslations("countries.move");
  const router = useRouter();
  const id = useId();
  const [value, setValue] = useState(current ?? "");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    setDone(null);
    try {
      const response = await fetch(`/api/v1/countries/${iso2}/programme-region`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ programmeRegion: value === "" ? null : value }),
      });
      const body = (await response.json().catch(() => null)) as { changed?: boolean; error?: { message?: string } } | null;
      if (!response.ok) {
        setError(body?.error?.message ?? t("failed"));
        return;
      }
      setDone(body?.changed ? t("moved") : t("unchanged"));
      router.refresh();
    } catch {
      setError(t("failed"));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="space-y-3" data-testid="region-form">
      <div>
        <label htmlFor={`${id}-region`} className="mb-1 block font-medium">{t("label")}</label>
        <p id={`${id}-hint`} className="mb-1 text-sm text-muted">{t("hint")}</p>
        <select
          id={`${id}-region`}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-describedby={`${id}-hint`}
          className="w-full max-w-md rounded border border-line bg-white px-3 py-2"
        >
          {regions.map((r) => (
            <option key={r.code} value={r.code}>{r.label}</option>
          ))}
          <option value="">{t("none")}</option>
        </select>
      </div>
      {error && <ErrorAlert testId="region-error">{error}</ErrorAlert>}
      {done && (
        <p role="status" className="text-sm text-green-800" data-testid="region-done">
          {done}
        </p>
      )}
      <PrimaryButton type="submit" fullWidth={false} pending={pending} label={t("submit")} pendingLabel={t("submitting")} data-testid="move-region" />
    </form>
  );
}
