"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { failureMessage } from "@/components/team/failure-message";
import { InviteEmailField, InviteOutcome } from "@/components/team/invite-parts";
import { PillarCheckboxes, type PillarOption } from "@/components/team/pillar-checkboxes";
import { ErrorAlert } from "@/components/ui/error-alert";
import { PrimaryButton } from "@/components/ui/primary-button";
import { submitAction } from "@/lib/forms/field-errors";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import type { ActionResult } from "@/lib/team/action-result";
import type { TPersonInvite } from "@/lib/team/schemas";
import type { InviteResult } from "@/lib/team/service";

export interface InviteDefaults {
  kind: "COUNTRY" | "OFFICER";
  countryIso2: string;
  role: "FOCAL_POINT" | "RESPONDENT";
}

type Option = { iso2: string; name: string };
type RegionOption = { id: string; code: string; name: string };

const FIELDS = ["kind", "email", "countryIso2", "role", "pillarCodes", "regionIds", "officerCountryIso2s"] as const;
const resolver = lazyZodResolver<TPersonInvite>(() => import("@/lib/team/schemas").then((m) => m.ZPersonInvite));

/**
 * One form for every invitation an administrator makes: a country team's focal point or respondent
 * (with pillars), or a programme officer (regions and/or countries). Only the fields of the chosen
 * kind are shown; the shared schema requires exactly those.
 */
export function UsersInviteForm({
  countries,
  regions,
  pillars,
  defaults,
  invite,
}: {
  countries: Option[];
  regions: RegionOption[];
  pillars: PillarOption[];
  defaults: InviteDefaults;
  invite: (input: TPersonInvite) => Promise<ActionResult<InviteResult>>;
}) {
  const t = useTranslations("admin");
  const [formError, setFormError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<InviteResult | null>(null);
  const initial: TPersonInvite = { ...defaults, email: "", pillarCodes: [], regionIds: [], officerCountryIso2s: [] };
  const {
    register,
    handleSubmit,
    reset,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<TPersonInvite>({ resolver, defaultValues: initial });
  const kind = useWatch({ control, name: "kind" });
  const role = useWatch({ control, name: "role" });

  async function onSubmit(values: TPersonInvite) {
    setFormError(null);
    setOutcome(null);
    const result = await submitAction(() => invite(values), { fields: FIELDS, setError, setFormError, unexpected: () => t("errors.other"), failure: (failure) => failureMessage(t, failure) });
    if (!result) return;
    setOutcome(result);
    reset({ ...values, email: "" });
  }

  const fieldError = (field: (typeof FIELDS)[number]) => {
    const key = errors[field]?.message;
    return key ? t(`validation.${key}`) : undefined;
  };
  const radio = "mt-1 size-4 shrink-0";

  return (
    <section aria-labelledby="admin-invite-heading" className="space-y-4 rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6">
      <h2 id="admin-invite-heading" className="sr-only">
        {t("invite.heading")}
      </h2>
      <form onSubmit={handleSubmit(onSubmit)} onFocus={resolver.preload} noValidate className="space-y-5" data-testid="admin-invite-form">
        {formError && <ErrorAlert>{formError}</ErrorAlert>}
        <fieldset>
          <legend className="mb-2 font-medium">{t("invite.kind.legend")}</legend>
          <div className="space-y-2">
            {(["COUNTRY", "OFFICER"] as const).map((k) => (
              <div key={k} className="flex items-start gap-2">
                <input id={`invite-kind-${k}`} type="radio" value={k} className={radio} defaultChecked={initial.kind === k} {...register("kind")} />
                <label htmlFor={`invite-kind-${k}`}>{t(`invite.kind.${k}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <InviteEmailField id="admin-invite-email" label={t("invite.email")} error={fieldError("email")} registration={register("email")} />
        {kind === "COUNTRY" ? (
          <>
            <div>
              <label htmlFor="admin-invite-country" className="mb-1 block font-medium">
                {t("invite.country")}
              </label>
              <select
                id="admin-invite-country"
                className="w-full rounded border border-line bg-white px-3 py-2 aria-[invalid=true]:border-danger"
                aria-invalid={errors.countryIso2 ? true : undefined}
                aria-describedby={errors.countryIso2 ? "admin-invite-country-error" : undefined}
                {...register("countryIso2")}
              >
                <option value="">{t("invite.chooseCountry")}</option>
                {countries.map((c) => (
                  <option key={c.iso2} value={c.iso2}>
                    {c.name}
                  </option>
                ))}
              </select>
              {errors.countryIso2 && (
                <p id="admin-invite-country-error" className="mt-1 text-sm text-danger">
                  {fieldError("countryIso2")}
                </p>
              )}
            </div>
            <fieldset>
              <legend className="mb-2 font-medium">{t("invite.role.legend")}</legend>
              <div className="space-y-2">
                {(["FOCAL_POINT", "RESPONDENT"] as const).map((r) => (
                  <div key={r} className="flex items-start gap-2">
                    <input id={`invite-role-${r}`} type="radio" value={r} className={radio} defaultChecked={initial.role === r} {...register("role")} />
                    <label htmlFor={`invite-role-${r}`}>{t(`invite.role.${r}`)}</label>
                  </div>
                ))}
              </div>
            </fieldset>
            {role === "RESPONDENT" && (
              <PillarCheckboxes idPrefix="admin-invite-pillar" legend={t("invite.pillars")} pillars={pillars} error={fieldError("pillarCodes")} inputProps={() => register("pillarCodes")} />
            )}
          </>
        ) : (
          <>
            <fieldset aria-describedby={errors.regionIds ? "admin-invite-regions-error" : undefined}>
              <legend className="mb-2 font-medium">{t("invite.regions")}</legend>
              <ul className="grid gap-2 sm:grid-cols-2">
                {regions.map((r) => (
                  <li key={r.id} className="flex items-start gap-2">
                    <input id={`admin-invite-region-${r.code}`} type="checkbox" value={r.id} className={radio} {...register("regionIds")} />
                    <label htmlFor={`admin-invite-region-${r.code}`}>{r.name}</label>
                  </li>
                ))}
              </ul>
              {errors.regionIds && (
                <p id="admin-invite-regions-error" className="mt-1 text-sm text-danger">
                  {fieldError("regionIds")}
                </p>
              )}
            </fieldset>
            <div>
              <label htmlFor="admin-invite-countries" className="mb-1 block font-medium">
                {t("invite.officerCountries")}
              </label>
              <p id="admin-invite-countries-hint" className="mb-1 text-sm text-muted">
                {t("invite.officerCountriesHint")}
              </p>
              <select
                id="admin-invite-countries"
                multiple
                size={8}
                className="w-full rounded border border-line bg-white px-3 py-2"
                aria-describedby={`admin-invite-countries-hint${errors.officerCountryIso2s ? " admin-invite-countries-error" : ""}`}
                {...register("officerCountryIso2s")}
              >
                {countries.map((c) => (
                  <option key={c.iso2} value={c.iso2}>
                    {c.name}
                  </option>
                ))}
              </select>
              {errors.officerCountryIso2s && (
                <p id="admin-invite-countries-error" className="mt-1 text-sm text-danger">
                  {fieldError("officerCountryIso2s")}
                </p>
              )}
            </div>
          </>
        )}
        <PrimaryButton type="submit" pending={isSubmitting} fullWidth={false} label={t("invite.submit")} pendingLabel={t("invite.submitting")} />
      </form>
      <InviteOutcome outcome={outcome} sent={(values) => t("invite.sent", values)} />
    </section>
  );
}
