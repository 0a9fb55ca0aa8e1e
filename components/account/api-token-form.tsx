"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ErrorAlert } from "@/components/ui/error-alert";
import { PrimaryButton } from "@/components/ui/primary-button";
import { TextField } from "@/components/ui/text-field";
import { API_TOKEN_DEFAULT_DAYS, API_TOKEN_MAX_DAYS, API_TOKEN_NAME_MAX, API_TOKEN_SCOPES } from "@/lib/api-tokens/fields";
import type { TCreateApiToken } from "@/lib/api-tokens/schemas";
import { showFieldErrors } from "@/lib/forms/field-errors";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";

const FIELDS = ["name", "scope", "expiresInDays"] as const;
// The same schema as POST /api/v1/tokens (lib/api-tokens/schemas.ts), loaded on first use.
const resolver = lazyZodResolver<TCreateApiToken>(() => import("@/lib/api-tokens/schemas").then((m) => m.ZCreateApiToken));
const EMPTY: TCreateApiToken = { name: "", scope: "read", expiresInDays: API_TOKEN_DEFAULT_DAYS };

interface ApiErrorBody {
  error?: { code?: string; message?: string; fields?: Record<string, string> };
}

/**
 * Creates a token through the JSON API with this browser's session (POST /api/v1/tokens), so the
 * page and any other client go through the one route, its schema and its checks. The new token is
 * handed to `onCreated`, which shows it once; it is not kept anywhere else.
 */
export function ApiTokenForm({ onCreated }: { onCreated: (created: { id: string; token: string; name: string }) => void }) {
  const t = useTranslations("account");
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<TCreateApiToken>({ resolver, defaultValues: EMPTY });

  async function onSubmit(values: TCreateApiToken) {
    setFormError(null);
    let response: Response;
    try {
      response = await fetch("/api/v1/tokens", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(values) });
    } catch {
      setFormError(t("tokens.errorOther"));
      return;
    }
    if (response.status === 201) {
      const created = (await response.json()) as { id: string; token: string };
      reset(EMPTY);
      onCreated({ ...created, name: values.name.trim() });
      return;
    }
    const body = (await response.json().catch(() => ({}))) as ApiErrorBody;
    if (body.error?.fields && showFieldErrors({ fields: body.error.fields }, FIELDS, setError)) return;
    // The server's message is already in the reader's language (lib/api/handler.ts).
    setFormError(body.error?.message ?? t("tokens.errorOther"));
  }

  const fieldError = (field: (typeof FIELDS)[number]) => {
    const key = errors[field]?.message;
    return key ? t(`validation.${key}`) : undefined;
  };
  const scopeError = fieldError("scope");

  return (
    <form onSubmit={handleSubmit(onSubmit)} onFocus={resolver.preload} noValidate className="space-y-4" data-testid="api-token-form">
      {formError && <ErrorAlert>{formError}</ErrorAlert>}
      <TextField id="api-token-name" label={t("tokens.name")} hint={t("tokens.nameHint")} maxLength={API_TOKEN_NAME_MAX} autoComplete="off" error={fieldError("name")} {...register("name")} />
      <div>
        <label htmlFor="api-token-scope" className="mb-1 block font-medium">
          {t("tokens.scope")}
        </label>
        <select
          id="api-token-scope"
          aria-invalid={scopeError ? true : undefined}
          aria-describedby={scopeError ? "api-token-scope-error" : undefined}
          className="rounded border border-line bg-white px-3 py-2"
          {...register("scope")}
        >
          {API_TOKEN_SCOPES.map((scope) => (
            <option key={scope} value={scope}>
              {scope === "read" ? t("tokens.scopeRead") : t("tokens.scopeReadWrite")}
            </option>
          ))}
        </select>
        {scopeError && (
          <p id="api-token-scope-error" className="mt-1 text-sm text-danger">
            {scopeError}
          </p>
        )}
      </div>
      <TextField
        id="api-token-expiry"
        type="number"
        inputMode="numeric"
        min={1}
        max={API_TOKEN_MAX_DAYS}
        step={1}
        className="max-w-32"
        label={t("tokens.expiry")}
        hint={t("tokens.expiryHint", { max: API_TOKEN_MAX_DAYS })}
        error={fieldError("expiresInDays")}
        {...register("expiresInDays", { valueAsNumber: true })}
      />
      <PrimaryButton type="submit" pending={isSubmitting} fullWidth={false} label={t("tokens.submit")} pendingLabel={t("tokens.submitting")} />
    </form>
  );
}
