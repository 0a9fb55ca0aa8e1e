"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { get, useForm, type FieldPath, type Resolver } from "react-hook-form";
import { failureMessage } from "@/components/team/failure-message";
import { ErrorAlert } from "@/components/ui/error-alert";
import { PrimaryButton } from "@/components/ui/primary-button";
import { TextField } from "@/components/ui/text-field";
import { submitAction } from "@/lib/forms/field-errors";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import { directionOf, LOCALE_NAMES, type LocalizedText } from "@/lib/i18n/config";
import { DELIVERY_MODES, SERVICE_AREAS, SERVICE_CODE_MAX, SERVICE_DESCRIPTION_MAX, SERVICE_LOCALES, SERVICE_NAME_MAX } from "@/lib/services/fields";
import type { TServiceCreate, TServiceUpdate } from "@/lib/services/schemas";
import type { ActionResult } from "@/lib/team/action-result";

export interface IndicatorGroup {
  code: string;
  /** Already in the reader's language, like the indicators' titles. */
  name: string;
  indicators: { code: string; title: string }[];
}

type Values = TServiceCreate;
type Field = FieldPath<Values>;

const FIELDS: readonly Field[] = [
  "code",
  "area",
  "mode",
  "indicatorCodes",
  ...SERVICE_LOCALES.flatMap((l) => [`name.${l}`, `description.${l}`] as const),
];

const createResolver = lazyZodResolver<TServiceCreate>(() => import("@/lib/services/schemas").then((m) => m.ZServiceCreate));
// The edit form holds the code too (shown, not editable); its schema leaves it out of what is sent.
const updateResolver = lazyZodResolver<TServiceUpdate>(() => import("@/lib/services/schemas").then((m) => m.ZServiceUpdate)) as unknown as Resolver<Values> & {
  preload: () => void;
};

function fullText(text: Partial<LocalizedText> | undefined): Values["name"] {
  return { en: text?.en ?? "", fr: text?.fr ?? "", es: text?.es ?? "", ru: text?.ru ?? "", zh: text?.zh ?? "", ar: text?.ar ?? "" };
}

/**
 * One form for adding a service and for editing one: code (on creation only), area, delivery
 * mode, name and description in each of the six languages (each fieldset marked with its language
 * and direction), and the published framework's indicators by pillar.
 */
export function ServiceForm(
  props: { groups: IndicatorGroup[] } & (
    | { mode: "create"; create: (input: TServiceCreate) => Promise<ActionResult<{ code: string }>> }
    | { mode: "edit"; initial: Omit<Values, "name" | "description"> & { name: Partial<LocalizedText>; description: Partial<LocalizedText> }; update: (input: TServiceUpdate) => Promise<ActionResult> }
  ),
) {
  const t = useTranslations("admin");
  const ts = useTranslations("admin.services");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [messageValues, setMessageValues] = useState<Record<string, string>>({});
  const resolver = props.mode === "create" ? createResolver : updateResolver;
  const defaultValues: Values =
    props.mode === "create"
      ? { code: "", area: SERVICE_AREAS[0], mode: DELIVERY_MODES[0], name: fullText(undefined), description: fullText(undefined), indicatorCodes: [] }
      : { ...props.initial, name: fullText(props.initial.name), description: fullText(props.initial.description) };
  // Each field also carries its saved value as its default in the HTML: the form fills its fields
  // only once its script runs, seconds later on a slow connection.
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver, defaultValues });

  async function onSubmit(values: Values) {
    setFormError(null);
    setStatus(null);
    setMessageValues({});
    const run = async (): Promise<ActionResult<object>> => {
      const result = props.mode === "create" ? await props.create(values) : await props.update({ area: values.area, mode: values.mode, name: values.name, description: values.description, indicatorCodes: values.indicatorCodes });
      if (!result.ok && result.values) setMessageValues(result.values);
      return result;
    };
    const result = await submitAction(run, { fields: FIELDS, setError, setFormError, unexpected: () => t("services.errors.other"), failure: (failure) => failureMessage(ts, failure) });
    if (!result) return;
    if (props.mode === "create" && "code" in result && typeof result.code === "string") {
      router.push(`/admin/services/${result.code}`);
      return;
    }
    setStatus(t("services.form.saved"));
    router.refresh();
  }

  const fieldError = (field: Field): string | undefined => {
    const error: { message?: unknown } | undefined = get(errors, field);
    const key = error?.message;
    if (typeof key !== "string" || key === "") return undefined;
    // The server names the unknown indicator codes; the form's own check cannot know them.
    if (key === "indicatorUnknown" && messageValues.codes) return t("services.validation.indicatorUnknownCodes", { codes: messageValues.codes });
    return t.has(`services.validation.${key}`) ? t(`services.validation.${key}`) : t("services.validation.invalid");
  };
  const select = "w-full rounded border border-line bg-white px-3 py-2 aria-[invalid=true]:border-danger";
  const indicatorsError = fieldError("indicatorCodes");

  return (
    <form onSubmit={handleSubmit(onSubmit)} onFocus={resolver.preload} noValidate className="space-y-6 rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6" data-testid="service-form">
      {formError && <ErrorAlert testId="service-form-error">{formError}</ErrorAlert>}
      <p role="status" className="rounded border border-ok bg-green-50 px-3 py-2 text-ok empty:hidden" data-testid="service-form-status">
        {status}
      </p>
      {props.mode === "create" ? (
        <TextField
          id="service-code"
          label={t("services.form.code")}
          hint={t("services.form.codeHint")}
          error={fieldError("code")}
          dir="ltr"
          autoComplete="off"
          spellCheck={false}
          maxLength={SERVICE_CODE_MAX}
          className="font-mono uppercase"
          {...register("code", { setValueAs: (v: unknown) => (typeof v === "string" ? v.toUpperCase() : v) })}
        />
      ) : (
        <p>
          <span className="font-medium">{t("services.form.code")}</span> <span className="font-mono" dir="ltr">{props.initial.code}</span>
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {(["area", "mode"] as const).map((field) => {
          const options = field === "area" ? SERVICE_AREAS : DELIVERY_MODES;
          const error = fieldError(field);
          return (
            <div key={field}>
              <label htmlFor={`service-${field}`} className="mb-1 block font-medium">
                {t(`services.form.${field}`)}
              </label>
              <select id={`service-${field}`} className={select} aria-invalid={error ? true : undefined} aria-describedby={error ? `service-${field}-error` : undefined} defaultValue={defaultValues[field]} {...register(field)}>
                {options.map((o) => (
                  <option key={o} value={o}>
                    {t(`services.${field === "area" ? "areas" : "modes"}.${o}`)}
                  </option>
                ))}
              </select>
              {error && (
                <p id={`service-${field}-error`} className="mt-1 text-sm text-danger">
                  {error}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <div className="space-y-2">
        <h2 className="text-lg font-semibold">{t("services.form.texts")}</h2>
        <p className="text-sm text-muted">{t("services.form.textsHint")}</p>
      </div>
      {SERVICE_LOCALES.map((locale) => {
        const nameError = fieldError(`name.${locale}`);
        const descriptionError = fieldError(`description.${locale}`);
        const descriptionId = `service-description-${locale}`;
        return (
          <fieldset key={locale} className="space-y-3 rounded border border-line p-4" data-testid={`service-texts-${locale}`}>
            <legend className="px-1 font-medium">
              <span lang={locale}>{LOCALE_NAMES[locale]}</span>
            </legend>
            <TextField id={`service-name-${locale}`} label={t("services.form.name")} error={nameError} lang={locale} dir={directionOf(locale)} maxLength={SERVICE_NAME_MAX} defaultValue={defaultValues.name[locale]} {...register(`name.${locale}`)} />
            <div>
              <label htmlFor={descriptionId} className="mb-1 block font-medium">
                {t("services.form.description")}
              </label>
              <textarea
                id={descriptionId}
                rows={3}
                lang={locale}
                dir={directionOf(locale)}
                maxLength={SERVICE_DESCRIPTION_MAX}
                className={select}
                aria-invalid={descriptionError ? true : undefined}
                aria-describedby={descriptionError ? `${descriptionId}-error` : undefined}
                defaultValue={defaultValues.description[locale]}
                {...register(`description.${locale}`)}
              />
              {descriptionError && (
                <p id={`${descriptionId}-error`} className="mt-1 text-sm text-danger">
                  {descriptionError}
                </p>
              )}
            </div>
          </fieldset>
        );
      })}
      <fieldset aria-describedby={indicatorsError ? "service-indicators-error" : "service-indicators-hint"} className="space-y-3">
        <legend className="text-lg font-semibold">{t("services.form.indicators")}</legend>
        <p id="service-indicators-hint" className="text-sm text-muted">
          {t("services.form.indicatorsHint")}
        </p>
        {indicatorsError && (
          <p id="service-indicators-error" className="text-sm text-danger" data-testid="service-indicators-error">
            {indicatorsError}
          </p>
        )}
        {props.groups.map((group) => (
          <fieldset key={group.code} className="rounded border border-line p-3">
            <legend className="px-1 font-medium">
              <span className="font-mono text-sm text-muted">{group.code}</span> {group.name}
            </legend>
            <ul className="grid gap-2 sm:grid-cols-2">
              {group.indicators.map((i) => (
                <li key={i.code} className="flex items-start gap-2">
                  <input id={`service-indicator-${i.code}`} type="checkbox" value={i.code} className="mt-1 size-4 shrink-0" defaultChecked={defaultValues.indicatorCodes.includes(i.code)} {...register("indicatorCodes")} />
                  <label htmlFor={`service-indicator-${i.code}`}>
                    <span className="font-mono text-sm text-muted">{i.code}</span> {i.title}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
      </fieldset>
      <PrimaryButton
        type="submit"
        pending={isSubmitting}
        fullWidth={false}
        label={t(props.mode === "create" ? "services.form.create" : "services.form.save")}
        pendingLabel={t("services.form.saving")}
      />
    </form>
  );
}
