"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { failureMessage } from "@/components/team/failure-message";
import { ErrorAlert } from "@/components/ui/error-alert";
import { NewPasswordFields } from "@/components/ui/new-password-fields";
import { PrimaryButton } from "@/components/ui/primary-button";
import { TextField } from "@/components/ui/text-field";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/fields";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { submitAction } from "@/lib/forms/field-errors";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import type { TChangePassword } from "@/lib/account/schemas";
import type { ActionResult } from "@/lib/team/action-result";

export type ChangePasswordAction = (input: TChangePassword) => Promise<ActionResult<{ email: string }>>;

const FIELDS = ["currentPassword", "password", "confirmPassword"] as const;
const resolver = lazyZodResolver<TChangePassword>(() => import("@/lib/account/schemas").then((m) => m.ZChangePassword));
const EMPTY = { currentPassword: "", password: "", confirmPassword: "" };

/**
 * The change ends every session, this one included; the form then signs in again with the new
 * password, so the person stays signed in here and only their other devices are signed out.
 */
export function ChangePasswordForm({ email, change }: { email: string; change: ChangePasswordAction }) {
  const t = useTranslations("account");
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<TChangePassword>({ resolver, defaultValues: EMPTY });

  async function onSubmit(values: TChangePassword) {
    setFormError(null);
    setDone(false);
    const result = await submitAction(() => change(values), { fields: FIELDS, setError, setFormError, unexpected: () => t("errors.other"), failure: (failure) => failureMessage(t, failure) });
    if (!result) return;
    if (!(await signInWithPassword(result.email, values.password))) {
      // The password is changed; only the new session could not be made: sign in by hand.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign("/sign-in");
      return;
    }
    reset(EMPTY);
    setDone(true);
  }

  const fieldError = (field: (typeof FIELDS)[number]) => {
    const key = errors[field]?.message;
    return key ? t(`validation.${key}`, { min: PASSWORD_MIN_LENGTH }) : undefined;
  };

  return (
    <form onSubmit={handleSubmit(onSubmit)} onFocus={resolver.preload} noValidate className="space-y-4" data-testid="change-password-form">
      {formError && <ErrorAlert>{formError}</ErrorAlert>}
      {/* Hidden username field: password managers store the new password with the right account. */}
      <input type="email" value={email} readOnly autoComplete="username" hidden />
      <TextField id="current-password" type="password" autoComplete="current-password" label={t("password.current")} error={fieldError("currentPassword")} {...register("currentPassword")} />
      <NewPasswordFields
        ids={{ password: "new-password", confirmPassword: "confirm-password" }}
        labels={{ password: t("password.new"), confirmPassword: t("password.confirm") }}
        hint={t("password.hint", { min: PASSWORD_MIN_LENGTH })}
        register={register}
        fieldError={fieldError}
      />
      <PrimaryButton type="submit" pending={isSubmitting} fullWidth={false} label={t("password.submit")} pendingLabel={t("password.submitting")} />
      <p role="status" className="rounded border border-ok bg-green-50 px-3 py-2 text-ok empty:hidden" data-testid="password-changed">
        {done ? t("password.changed") : null}
      </p>
    </form>
  );
}
