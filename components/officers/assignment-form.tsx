"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ErrorAlert } from "@/components/ui/error-alert";
import { PrimaryButton } from "@/components/ui/primary-button";
import { changeAssignment } from "./assignment-request";

/** Adds a programme region or a country to a person's portfolio. */
export function AssignmentForm({ userId, kind, options }: { userId: string; kind: "region" | "country"; options: { code: string; label: string }[] }) {
  const t = useTranslations("officers");
  const router = useRouter();
  const id = `assign-${kind}`;
  const [code, setCode] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setDone(null);
    if (code === "") {
      setError(t("validation.required"));
      return;
    }
    setPending(true);
    const result = await changeAssignment(userId, "POST", { kind, code }, t);
    setPending(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setDone(result.changed ? t("assign.done") : t("assign.already"));
    setCode("");
    router.refresh();
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="space-y-2" data-testid={`assign-${kind}-form`}>
      <label htmlFor={id} className="block font-medium">{t(kind === "region" ? "assign.region" : "assign.country")}</label>
      <div className="flex flex-wrap gap-2">
        <select
          id={id}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="min-w-0 flex-1 rounded border border-line bg-white px-3 py-2"
        >
          <option value="">{t("assign.choose")}</option>
          {options.map((o) => (
            <option key={o.code} value={o.code}>{o.label}</option>
          ))}
        </select>
        <PrimaryButton type="submit" fullWidth={false} pending={pending} label={t("assign.submit")} pendingLabel={t("assign.submitting")} data-testid={`assign-${kind}`} />
      </div>
      {error && (
        <div id={`${id}-error`}>
          <ErrorAlert>{error}</ErrorAlert>
        </div>
      )}
      {done && (
        <p role="status" className="text-sm text-green-800">
          {done}
        </p>
      )}
    </form>
  );
}
