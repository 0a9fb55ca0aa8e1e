"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { TextField } from "@/components/ui/text-field";
import { SIGN_IN_ERRORS, type SignInError } from "@/lib/auth/fields";
import type { TSignIn } from "@/lib/auth/schemas";
import type { DemoAccountView } from "@/lib/auth/demo";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import { ErrorAlert } from "@/components/ui/error-alert";
import { PrimaryButton } from "@/components/ui/primary-button";

interface DemoInfo {
  password: string;
  accounts: DemoAccountView[];
}

const signInResolver = lazyZodResolver<TSignIn>(() => import("@/lib/auth/schemas").then((m) => m.ZSignIn));

/** Why single sign-on came back without a session (from next-auth's `error` parameter). */
export type SingleSignOnError = "SSO_REFUSED" | "SSO_NOT_LINKED" | "SSO_ADMIN" | "SSO_FAILED" | "UNAVAILABLE";

export function SignInForm({
  callbackUrl,
  oidcName,
  demo,
  initialError = null,
}: {
  callbackUrl: string;
  oidcName: string | null;
  demo: DemoInfo | null;
  initialError?: SingleSignOnError | null;
}) {
  const t = useTranslations("signIn");
  const tv = useTranslations("validation");
  const [formError, setFormError] = useState<SignInError | SingleSignOnError | "NETWORK" | null>(initialError);
  const {
    register,
    handleSubmit,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<TSignIn>({ resolver: signInResolver, defaultValues: { email: "", password: "" } });

  async function onSubmit(values: TSignIn) {
    setFormError(null);
    try {
      const result = await signIn("credentials", { ...values, redirect: false });
      if (result?.ok && !result.error) {
        // A full navigation: the server renders the signed-in area with the new session cookie.
        window.location.assign(callbackUrl);
        return;
      }
      const code = SIGN_IN_ERRORS.find((c) => c === result?.error) ?? "INVALID_CREDENTIALS";
      setFormError(code);
    } catch {
      setFormError("NETWORK");
    }
  }

  return (
    <div className="space-y-6">
      <form
        onSubmit={handleSubmit(onSubmit)}
        onFocus={signInResolver.preload}
        noValidate
        className="space-y-4 rounded-lg border border-line bg-white p-6 shadow-sm"
      >
        {formError && (
          <ErrorAlert testId="sign-in-error">{t(`errors.${formError}`, { name: oidcName ?? "" })}</ErrorAlert>
        )}
        <TextField
          id="email"
          type="email"
          autoComplete="username"
          label={t("email")}
          error={errors.email?.message ? tv(errors.email.message) : undefined}
          {...register("email")}
        />
        <TextField
          id="password"
          type="password"
          autoComplete="current-password"
          label={t("password")}
          error={errors.password?.message ? tv(errors.password.message) : undefined}
          {...register("password")}
        />
        <PrimaryButton type="submit" pending={isSubmitting} label={t("submit")} pendingLabel={t("submitting")} />
        {oidcName && (
          <button
            type="button"
            onClick={() => void signIn("oidc", { callbackUrl })}
            className="w-full rounded border border-brand px-4 py-2 font-medium text-brand"
          >
            {t("oidc", { name: oidcName })}
          </button>
        )}
      </form>
      {demo && (
        <section aria-labelledby="demo-heading" className="rounded-lg border border-line bg-white p-4 text-sm" data-testid="demo-accounts">
          <h2 id="demo-heading" className="mb-1 font-semibold">
            {t("demo.title")}
          </h2>
          <p className="mb-2 text-muted">
            {t("demo.password")} <code className="rounded bg-surface px-1">{demo.password}</code>
          </p>
          <ul className="space-y-1">
            {demo.accounts.map((a) => (
              <li key={a.email} className="flex flex-wrap items-center justify-between gap-2">
                <button
                  type="button"
                  dir="ltr"
                  className="text-brand underline"
                  onClick={() => {
                    setValue("email", a.email);
                    setValue("password", demo.password);
                  }}
                >
                  {a.email}
                </button>
                <span className="text-muted">
                  {t(`demo.kind.${a.kind}`)}
                  {a.scope ? ` · ${a.scope}` : ""}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
