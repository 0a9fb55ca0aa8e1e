"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { ErrorAlert } from "@/components/ui/error-alert";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import type { TIndicatorDecision } from "@/lib/review/schemas";
import { failureText, requestJson } from "./request";

const resolver = lazyZodResolver<TIndicatorDecision>(() => import("@/lib/review/schemas").then((m) => m.ZIndicatorDecision));
const FIELDS = ["decision", "validatedLevel", "validatedReason"] as const;
const LEVELS = [0, 1, 2, 3, 4] as const;

/**
 * The reviewer's verdict on one indicator: accept or needs change (saved at once), and a validated
 * level with the reason the country reads (saved with the button). One schema, the server's.
 */
export function DecisionForm({ roundId, indicatorId, code, initial, stale }: { roundId: string; indicatorId: string; code: string; initial: TIndicatorDecision; stale: boolean }) {
  const t = useTranslations("review.indicator");
  const tr = useTranslations("review");
  const tv = useTranslations("validation");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setValue,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<TIndicatorDecision>({ resolver, defaultValues: initial });
  const decision = useWatch({ control, name: "decision" });
  const level = useWatch({ control, name: "validatedLevel" });

  async function save(values: TIndicatorDecision) {
    setFormError(null);
    setSaved(false);
    const body = { ...values, validatedReason: values.validatedLevel === null ? null : values.validatedReason };
    const result = await requestJson(`/api/v1/rounds/${roundId}/review/indicators/${indicatorId}`, "PUT", body);
    if (result.ok) {
      setSaved(true);
      router.refresh();
      return;
    }
    let shown = false;
    for (const field of FIELDS) {
      const key = result.fields[field];
      if (key) {
        setError(field, { message: key });
        shown = true;
      }
    }
    if (!shown) setFormError(failureText(tr, result));
  }

  // Pressing the chosen verdict again withdraws it, except a stale acceptance: that confirms it anew.
  const choose = (value: "ACCEPTED" | "NEEDS_CHANGE") => {
    setValue("decision", decision === value && !(stale && value === "ACCEPTED") ? null : value);
    void handleSubmit(save)();
  };
  const reasonError = errors.validatedReason?.message;
  const levelError = errors.validatedLevel?.message;
  const id = (part: string) => `${code}-${part}`;

  return (
    <form onSubmit={handleSubmit(save)} onFocus={resolver.preload} noValidate className="space-y-3" data-testid={`decision-${code}`}>
      <div role="group" aria-labelledby={id("decision")} className="flex flex-wrap items-center gap-2">
        <span id={id("decision")} className="font-medium">
          {t("decision")}
        </span>
        {(["ACCEPTED", "NEEDS_CHANGE"] as const).map((value) => (
          <button
            key={value}
            type="button"
            aria-pressed={decision === value}
            disabled={isSubmitting}
            onClick={() => choose(value)}
            className={`rounded border px-3 py-1 text-sm font-medium ${decision === value ? (value === "ACCEPTED" ? "border-ok bg-green-50 text-green-900" : "border-danger bg-red-50 text-danger") : "border-line bg-white"}`}
            data-testid={`${value === "ACCEPTED" ? "accept" : "needs-change"}-${code}`}
          >
            {decision === value ? "✓ " : ""}
            {value === "ACCEPTED" ? t("accept") : t("needsChange")}
          </button>
        ))}
      </div>
      <div className="space-y-1">
        <label htmlFor={id("level")} className="block text-sm font-medium">
          {t("validatedLevel")}
        </label>
        <select
          id={id("level")}
          className="rounded border border-line bg-white px-2 py-1"
          aria-invalid={levelError ? true : undefined}
          aria-describedby={levelError ? id("level-error") : undefined}
          // The saved decision is in the page's HTML before the form's script fills the fields.
          defaultValue={initial.validatedLevel ?? ""}
          {...register("validatedLevel", { setValueAs: (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v)) })}
        >
          <option value="">{t("noValidatedLevel")}</option>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {t("level", { level: l })}
            </option>
          ))}
        </select>
        {levelError && (
          <p id={id("level-error")} className="text-sm text-danger">
            {tv(levelError)}
          </p>
        )}
      </div>
      {level !== null && (
        <div className="space-y-1">
          <label htmlFor={id("reason")} className="block text-sm font-medium">
            {t("validatedReason")}
          </label>
          <textarea
            id={id("reason")}
            rows={2}
            className="w-full rounded border border-line px-2 py-1"
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? id("reason-error") : undefined}
            defaultValue={initial.validatedReason ?? ""}
            {...register("validatedReason", { setValueAs: (v: unknown) => (typeof v === "string" && v !== "" ? v : null) })}
          />
          {reasonError && (
            <p id={id("reason-error")} className="text-sm text-danger" data-testid={`reason-error-${code}`}>
              {tv(reasonError)}
            </p>
          )}
        </div>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={isSubmitting} className="rounded border border-brand px-3 py-1 text-sm font-medium text-brand disabled:opacity-60" data-testid={`save-decision-${code}`}>
          {isSubmitting ? t("saving") : t("save")}
        </button>
        <p role="status" className="text-sm text-ok">
          {saved ? t("saved") : ""}
        </p>
      </div>
      {formError && <ErrorAlert>{formError}</ErrorAlert>}
    </form>
  );
}
