"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ErrorAlert } from "@/components/ui/error-alert";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import type { TReply } from "@/lib/review/schemas";
import { failureText, requestJson } from "./request";

const resolver = lazyZodResolver<TReply>(() => import("@/lib/review/schemas").then((m) => m.ZReply));

/** A reply in a published thread (the country's team and the reviewers). */
export function ReplyForm({ commentId }: { commentId: string }) {
  const t = useTranslations("review.comment");
  const tr = useTranslations("review");
  const tv = useTranslations("validation");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TReply>({ resolver, defaultValues: { body: "" } });

  async function send(values: TReply) {
    setFormError(null);
    const result = await requestJson(`/api/v1/comments/${commentId}/replies`, "POST", values);
    if (result.ok) {
      reset({ body: "" });
      router.refresh();
      return;
    }
    if (result.fields.body) setError("body", { message: result.fields.body });
    else setFormError(failureText(tr, result));
  }

  const error = errors.body?.message;
  const id = `reply-${commentId}`;
  return (
    <form onSubmit={handleSubmit(send)} onFocus={resolver.preload} noValidate className="space-y-1" data-testid={`reply-form-${commentId}`}>
      <label htmlFor={id} className="block text-sm font-medium">
        {t("replyLabel")}
      </label>
      <textarea id={id} rows={2} className="w-full rounded border border-line px-2 py-1" aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} {...register("body")} />
      {error && (
        <p id={`${id}-error`} className="text-sm text-danger">
          {tv(error)}
        </p>
      )}
      <button type="submit" disabled={isSubmitting} className="rounded border border-brand px-3 py-1 text-sm font-medium text-brand disabled:opacity-60">
        {isSubmitting ? t("replying") : t("reply")}
      </button>
      {formError && <ErrorAlert>{formError}</ErrorAlert>}
    </form>
  );
}

/** Resolves or reopens a thread (the round's reviewers). */
export function ResolveButton({ commentId, resolved }: { commentId: string; resolved: boolean }) {
  const t = useTranslations("review.comment");
  const tr = useTranslations("review");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function toggle() {
    setPending(true);
    setError(null);
    const result = await requestJson(`/api/v1/comments/${commentId}/resolution`, "PUT", { resolved: !resolved });
    setPending(false);
    if (result.ok) router.refresh();
    else setError(failureText(tr, result));
  }

  return (
    <div>
      <button type="button" onClick={() => void toggle()} disabled={pending} className="rounded border border-line bg-white px-3 py-1 text-sm disabled:opacity-60" data-testid={`resolve-${commentId}`}>
        {pending ? t("pending") : resolved ? t("reopen") : t("resolve")}
      </button>
      {error && <ErrorAlert>{error}</ErrorAlert>}
    </div>
  );
}
