"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { failureMessage } from "@/components/team/failure-message";
import { TextField } from "@/components/ui/text-field";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/fields";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { submitAction } from "@/lib/forms/field-errors";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import type { ActionResult } from "@/lib/team/action-result";
import type { TAcceptInvitation } from "@/lib/team/schemas";
import { ErrorAlert } from "@/components/ui/error-alert";
import { AccountEmailField, NewPasswordFields } from "@/components/ui/new-password-fields";
import { PrimaryButton } from "@/components/ui/primary-button";

export type AcceptAction = (input: TAcceptInvitation) => Promise<ActionResult<{ email: string }>>;

const FIELDS = ["name", "password", "confirmPassword"] as const;
const acceptResolver = lazyZodResolver<TAcceptInvitation>(() => import("@/lib/team/schemas").then((m) => m.ZAcceptInvitation));
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
  } = useForm<TAcceptInvitation>({ resolver: acceptResolver, defaultValues: { name: "", password: "", confirmPassword: "" } });

  async function onSubmit(values: TAcceptInvitation) {
    setFormError(null);
    const result = await submitAction(() => accept(values), { fields: FIELDS, setError, setFormError, unexpected: () => t("errors.other"), failure: (failure) => failureMessage(t, failure) });
    if (!result) return;
    if (await signInWithPassword(result.email, values.password)) {
      // A full navigation, so the server renders the signed-in area (its layout included) with the
      // new session cookie; a client-side push would keep the signed-out layout.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign("/");
      return;
    }
    setFormError(t("newAccount.signInFailed"));
  }

  const fieldError = (field: Field) => {
    const key = errors[field]?.message;
    return key ? t(`validation.${key}`, { min: PASSWORD_MIN_LENGTH }) : undefined;
  };

  return (
    <form onSubmit={handleSubmit(onSubmit)} onFocus={acceptResolver.preload} noValidate className="space-y-4" data-testid="accept-invitation-form">
      {formError && <ErrorAlert>{formError}</ErrorAlert>}
      <AccountEmailField id="accept-email" label={t("newAccount.email")} email={email} />
      <TextField id="accept-name" type="text" autoComplete="name" label={t("newAccount.name")} error={fieldError("name")} {...register("name")} />
      <NewPasswordFields
        ids={{ password: "accept-password", confirmPassword: "accept-confirmPassword" }}
        labels={{ password: t("newAccount.password"), confirmPassword: t("newAccount.confirmPassword") }}
        hint={t("newAccount.passwordHint", { min: PASSWORD_MIN_LENGTH })}
        register={register}
        fieldError={fieldError}
      />
      <PrimaryButton type="submit" pending={isSubmitting} label={t("newAccount.submit")} pendingLabel={t("newAccount.submitting")} />
    </form>
  );
}
