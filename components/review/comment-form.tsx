"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ErrorAlert } from "@/components/ui/error-alert";
import { PrimaryButton } from "@/components/ui/primary-button";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import type { TNewComment } from "@/lib/review/schemas";
import { failureText, requestJson } from "./request";

const resolver = lazyZodResolver<TNewComment>(() => import("@/lib/review/schemas").then((m) => m.ZNewComment));

/** A draft comment of the reviewer's review, on an indicator or the round, visible to the country or internal. */
export function CommentForm({ roundId, indicatorId, idPrefix }: { roundId: string; indicatorId: string | null; idPrefix: string }) {
  const t = useTranslations("review.comment");
  const tr = useTranslations("review");
  const tv = useTranslations("validation");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [added, setAdded] = useState(false);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TNewComment>({ resolver, defaultValues: { indicatorId, body: "", visibility: "COUNTRY" } });

  async function add(values: TNewComment) {
    setFormError(null);
    setAdded(false);
    const result = await requestJson<{ id: string }>(`/api/v1/rounds/${roundId}/review/comments`, "POST", values);
    if (result.ok) {
      reset({ indicatorId, body: "", visibility: values.visibility });
      setAdded(true);
      router.refresh();
      return;
    }
    if (result.fields.body) setError("body", { message: result.fields.body });
    else setFormError(failureText(tr, result));
  }

  const bodyError = errors.body?.message;
  return (
    <form onSubmit={handleSubmit(add)} onFocus={resolver.preload} noValidate className="space-y-2" data-testid={`comment-form-${idPrefix}`}>
      <label htmlFor={`${idPrefix}-comment`} className="block text-sm font-medium">
        {t("label")}
      </label>
      <textarea
        id={`${idPrefix}-comment`}
        rows={3}
        className="w-full rounded border border-line px-2 py-1"
        aria-invalid={bodyError ? true : undefined}
        aria-describedby={bodyError ? `${idPrefix}-comment-error` : undefined}
        {...register("body")}
      />
      {bodyError && (
        <p id={`${idPrefix}-comment-error`} className="text-sm text-danger">
          {tv(bodyError)}
        </p>
      )}
      <fieldset className="flex flex-wrap gap-4 text-sm">
        <legend className="mb-1 font-medium">{t("visibility")}</legend>
        <label className="flex items-center gap-1">
          <input type="radio" value="COUNTRY" {...register("visibility")} data-testid={`visibility-country-${idPrefix}`} /> {t("visibleToCountry")}
        </label>
        <label className="flex items-center gap-1">
          <input type="radio" value="INTERNAL" {...register("visibility")} data-testid={`visibility-internal-${idPrefix}`} /> {t("internal")}
        </label>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <PrimaryButton type="submit" fullWidth={false} pending={isSubmitting} label={t("add")} pendingLabel={t("adding")} data-testid={`add-comment-${idPrefix}`} />
        <p role="status" className="text-sm text-ok">
          {added ? t("added") : ""}
        </p>
      </div>
      {formError && <ErrorAlert>{formError}</ErrorAlert>}
    </form>
  );
}
