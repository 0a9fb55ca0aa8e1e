"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { ErrorAlert } from "@/components/ui/error-alert";
import { PrimaryButton } from "@/components/ui/primary-button";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import type { TSendReview } from "@/lib/review/schemas";
import { failureText, requestJson } from "./request";

const resolver = lazyZodResolver<TSendReview>(() => import("@/lib/review/schemas").then((m) => m.ZSendReview));
const OUTCOMES = ["REQUEST_CHANGES", "VALIDATE", "COMMENT"] as const;

/** Sends the review: its drafts are published together and the round moves as the outcome says. */
export function SendReviewPanel({ roundId, counts }: { roundId: string; counts: { accepted: number; needsChange: number; drafts: number } }) {
  const t = useTranslations("review.send");
  const tr = useTranslations("review");
  const tv = useTranslations("validation");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    control,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TSendReview>({ resolver, defaultValues: { outcome: counts.needsChange > 0 ? "REQUEST_CHANGES" : "VALIDATE", summary: null } });
  const outcome = useWatch({ control, name: "outcome" });

  async function send(values: TSendReview) {
    setFormError(null);
    const result = await requestJson<{ status: string; outcome: string }>(`/api/v1/rounds/${roundId}/review/send`, "POST", values);
    if (result.ok) {
      // The page itself shows the result, from the server: load it again at the result's place.
      router.push(`/rounds/${roundId}/review?sent=${result.data.outcome}#review-result`);
      return;
    }
    if (result.fields.summary) setError("summary", { message: result.fields.summary });
    else setFormError(failureText(tr, result));
  }

  const summaryError = errors.summary?.message;
  return (
    <section aria-labelledby="send-h" className="space-y-3 rounded-lg border border-brand bg-white p-4" data-testid="send-review">
      <h2 id="send-h" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm" data-testid="send-counts">
        {t("summaryCounts", counts)}
      </p>
      <form onSubmit={handleSubmit(send)} onFocus={resolver.preload} noValidate className="space-y-3">
        <fieldset className="space-y-1">
          <legend className="font-medium">{t("outcome")}</legend>
          {OUTCOMES.map((o) => (
            <label key={o} className="flex items-center gap-2">
              <input type="radio" value={o} {...register("outcome")} data-testid={`outcome-${o}`} /> {t(o)}
            </label>
          ))}
        </fieldset>
        <p id="send-confirm" className="rounded bg-slate-50 p-2 text-sm" data-testid="send-confirm">
          {t(`confirm${outcome}`)}
        </p>
        <div className="space-y-1">
          <label htmlFor="send-summary" className="block text-sm font-medium">
            {t("summary")}
          </label>
          <textarea
            id="send-summary"
            rows={3}
            className="w-full rounded border border-line px-2 py-1"
            aria-invalid={summaryError ? true : undefined}
            aria-describedby={summaryError ? "send-summary-error" : undefined}
            {...register("summary", { setValueAs: (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v : null) })}
          />
          {summaryError && (
            <p id="send-summary-error" className="text-sm text-danger">
              {tv(summaryError)}
            </p>
          )}
        </div>
        <PrimaryButton type="submit" fullWidth={false} pending={isSubmitting} label={t("button")} pendingLabel={t("pending")} aria-describedby="send-confirm" data-testid="send-review-button" />
        {formError && <ErrorAlert>{formError}</ErrorAlert>}
      </form>
    </section>
  );
}
