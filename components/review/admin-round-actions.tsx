"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ErrorAlert } from "@/components/ui/error-alert";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import type { TAdminRoundAction } from "@/lib/review/schemas";
import { failureText, requestJson } from "./request";

const resolver = lazyZodResolver<TAdminRoundAction>(() => import("@/lib/review/schemas").then((m) => m.ZAdminRoundAction));

/** An administrator reopens or archives a validated round, with a reason. */
export function AdminRoundActions({ roundId }: { roundId: string }) {
  const t = useTranslations("review.admin");
  const tr = useTranslations("review");
  const tv = useTranslations("validation");
  const ts = useTranslations("status");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TAdminRoundAction>({ resolver, defaultValues: { reason: "" } });

  const run = (action: "reopen" | "archive") =>
    handleSubmit(async (values) => {
      setFormError(null);
      const result = await requestJson<{ status: string }>(`/api/v1/rounds/${roundId}/${action}`, "POST", values);
      if (result.ok) {
        setDone(ts.has(result.data.status) ? ts(result.data.status) : result.data.status);
        router.refresh();
        return;
      }
      if (result.fields.reason) setError("reason", { message: result.fields.reason });
      else setFormError(failureText(tr, result));
    });

  const error = errors.reason?.message;
  return (
    <section aria-labelledby="admin-h" className="space-y-3 rounded-lg border border-line bg-white p-4" data-testid="admin-round-actions">
      <h2 id="admin-h" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-muted">{t("intro")}</p>
      <form onSubmit={(e) => e.preventDefault()} onFocus={resolver.preload} noValidate className="space-y-2">
        <label htmlFor="admin-reason" className="block text-sm font-medium">
          {t("reason")}
        </label>
        <textarea id="admin-reason" rows={2} className="w-full rounded border border-line px-2 py-1" aria-invalid={error ? true : undefined} aria-describedby={error ? "admin-reason-error" : undefined} {...register("reason")} />
        {error && (
          <p id="admin-reason-error" className="text-sm text-danger">
            {tv(error)}
          </p>
        )}
        <div className="flex flex-wrap gap-3">
          <button type="button" disabled={isSubmitting} onClick={() => void run("reopen")()} className="rounded border border-brand px-3 py-1 font-medium text-brand disabled:opacity-60" data-testid="admin-reopen">
            {isSubmitting ? t("pending") : t("reopen")}
          </button>
          <button type="button" disabled={isSubmitting} onClick={() => void run("archive")()} className="rounded border border-danger px-3 py-1 font-medium text-danger disabled:opacity-60" data-testid="admin-archive">
            {isSubmitting ? t("pending") : t("archive")}
          </button>
        </div>
      </form>
      <p role="status" className="text-sm text-ok">
        {done ? t("done", { status: done }) : ""}
      </p>
      {formError && <ErrorAlert>{formError}</ErrorAlert>}
    </section>
  );
}
