"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { failureMessage } from "@/components/team/failure-message";
import { ErrorAlert } from "@/components/ui/error-alert";
import { AccountEmailField, NewPasswordFields } from "@/components/ui/new-password-fields";
import { PrimaryButton } from "@/components/ui/primary-button";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/fields";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { submitAction } from "@/lib/forms/field-errors";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import type { TResetPassword } from "@/lib/account/schemas";
import type { ActionResult } from "@/lib/team/action-result";

export type ResetAction = (input: TResetPassword) => Promise<ActionResult<{ email: string }>>;

const FIELDS = ["password", "confirmPassword"] as const;
const resetResolver = lazyZodResolver<TResetPassword>(() => import("@/lib/account/schemas").then((m) => m.ZResetPassword));

/** A new password, twice; then the person is signed in with it. */
export function ResetPasswordForm({ email, reset }: { email: string; reset: ResetAction }) {
  const t = useTranslations("resetPassword");
  const tAccount = useTranslations("account");
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TResetPassword>({ resolver: resetResolver, defaultValues: { password: "", confirmPassword: "" } });

  async function onSubmit(values: TResetPassword) {
    setFormError(null);
    const result = await submitAction(() => reset(values), {
      fields: FIELDS,
      setError,
      setFormError,
      unexpected: () => tAccount("errors.other"),
      failure: (failure) => (failure.error === "LINK_INVALID" ? t(`invalid.${failure.reason ?? "UNKNOWN"}.body`) : failureMessage(tAccount, failure)),
    });
    if (!result) return;
    // A full navigation, so the server renders the signed-in area with the new session cookie.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    if (await signInWithPassword(result.email, values.password)) window.location.assign("/");
    else setFormError(t("signInFailed"));
  }

  const fieldError = (field: (typeof FIELDS)[number]) => {
    const key = errors[field]?.message;
    return key ? tAccount(`validation.${key}`, { min: PASSWORD_MIN_LENGTH }) : undefined;
  };

  return (
    <form onSubmit={handleSubmit(onSubmit)} onFocus={resetResolver.preload} noValidate className="space-y-4" data-testid="reset-password-form">
      {formError && <ErrorAlert>{formError}</ErrorAlert>}
      <AccountEmailField id="reset-email" label={t("email")} email={email} />
      <NewPasswordFields
        ids={{ password: "reset-password", confirmPassword: "reset-confirmPassword" }}
        labels={{ password: t("password"), confirmPassword: t("confirmPassword") }}
        hint={tAccount("password.hint", { min: PASSWORD_MIN_LENGTH })}
        register={register}
        fieldError={fieldError}
      />
      <PrimaryButton type="submit" pending={isSubmitting} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
