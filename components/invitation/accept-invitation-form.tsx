"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { failureMessage } from "@/components/team/failure-message";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/schemas";
import type { ActionResult } from "@/lib/team/action-result";
import { ZAcceptInvitation, type TAcceptInvitation } from "@/lib/team/schemas";

export type AcceptAction = (input: TAcceptInvitation) => Promise<ActionResult<{ email: string }>>;

const FIELDS = ["name", "password", "confirmPassword"] as const;
type Field = (typeof FIELDS)[number];

/** For a person without an account: name and password, then the new account is signed in. */
export function AcceptInvitationForm({ email, accept }: { email: string; accept: AcceptAction }) {
  const t = useTranslations("invitation");
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TAcceptInvitation>({ resolver: zodResolver(ZAcceptInvitation), defaultValues: { name: "", password: "", confirmPassword: "" } });

  async function onSubmit(values: TAcceptInvitation) {
    setFormError(null);
    let result: Awaited<ReturnType<AcceptAction>>;
    try {
      result = await accept(values);
    } catch {
      setFormError(t("errors.other"));
      return;
    }
    if (!result.ok) {
      let shownAtField = false;
      for (const field of FIELDS) {
        const key = result.fields?.[field];
        if (key) {
          setError(field, { message: key });
          shownAtField = true;
        }
      }
      if (!shownAtField) setFormError(failureMessage(t, result));
      return;
    }
    const signedIn = await signIn("credentials", { email: result.email, password: values.password, redirect: false }).catch(() => undefined);
    if (signedIn?.ok && !signedIn.error) {
      // A full navigation, so the server renders the signed-in area (its layout included) with the
      // new session cookie; a client-side push would keep the signed-out layout.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign("/");
      return;
    }
    setFormError(t("newAccount.signInFailed"));
  }

  const fieldClass = "w-full rounded border border-line bg-white px-3 py-2 aria-[invalid=true]:border-danger";
  const describedBy = (field: Field, hintId?: string) => [hintId, errors[field] ? `accept-${field}-error` : undefined].filter(Boolean).join(" ") || undefined;
  const fieldError = (field: Field) => {
    const key = errors[field]?.message;
    return key ? (
      <p id={`accept-${field}-error`} className="mt-1 text-sm text-danger">
        {t(`validation.${key}`, { min: PASSWORD_MIN_LENGTH })}
      </p>
    ) : null;
  };

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4" data-testid="accept-invitation-form">
      {formError && (
        <p role="alert" className="rounded border border-danger bg-red-50 px-3 py-2 text-danger">
          {formError}
        </p>
      )}
      <div>
        <label htmlFor="accept-email" className="mb-1 block font-medium">
          {t("newAccount.email")}
        </label>
        {/* Read-only, and named "username", so password managers store the new password with it. */}
        <input id="accept-email" type="email" readOnly value={email} autoComplete="username" dir="ltr" className={`${fieldClass} bg-surface text-start`} />
      </div>
      <div>
        <label htmlFor="accept-name" className="mb-1 block font-medium">
          {t("newAccount.name")}
        </label>
        <input
          id="accept-name"
          type="text"
          autoComplete="name"
          className={fieldClass}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy("name")}
          {...register("name")}
        />
        {fieldError("name")}
      </div>
      <div>
        <label htmlFor="accept-password" className="mb-1 block font-medium">
          {t("newAccount.password")}
        </label>
        <p id="accept-password-hint" className="mb-1 text-sm text-muted">
          {t("newAccount.passwordHint", { min: PASSWORD_MIN_LENGTH })}
        </p>
        <input
          id="accept-password"
          type="password"
          autoComplete="new-password"
          className={fieldClass}
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={describedBy("password", "accept-password-hint")}
          {...register("password")}
        />
        {fieldError("password")}
      </div>
      <div>
        <label htmlFor="accept-confirmPassword" className="mb-1 block font-medium">
          {t("newAccount.confirmPassword")}
        </label>
        <input
          id="accept-confirmPassword"
          type="password"
          autoComplete="new-password"
          className={fieldClass}
          aria-invalid={errors.confirmPassword ? true : undefined}
          aria-describedby={describedBy("confirmPassword")}
          {...register("confirmPassword")}
        />
        {fieldError("confirmPassword")}
      </div>
      <button type="submit" disabled={isSubmitting} className="w-full rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60">
        {isSubmitting ? t("newAccount.submitting") : t("newAccount.submit")}
      </button>
    </form>
  );
}
