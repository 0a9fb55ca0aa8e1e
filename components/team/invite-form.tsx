"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { ActionResult } from "@/lib/team/action-result";
import { submitAction } from "@/lib/forms/field-errors";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import type { TInvite } from "@/lib/team/schemas";
import type { InviteResult } from "@/lib/team/service";
import { failureMessage } from "./failure-message";
import { InviteEmailField, InviteOutcome } from "./invite-parts";
import { PillarCheckboxes, type PillarOption } from "./pillar-checkboxes";
import { ErrorAlert } from "@/components/ui/error-alert";
import { PrimaryButton } from "@/components/ui/primary-button";

export type InviteAction = (input: TInvite) => Promise<ActionResult<InviteResult>>;

const FORM_FIELDS = ["email", "pillarCodes"] as const;
const inviteResolver = lazyZodResolver<TInvite>(() => import("@/lib/team/schemas").then((m) => m.ZInvite));

export function InviteForm({ pillars, invite }: { pillars: PillarOption[]; invite: InviteAction }) {
  const t = useTranslations("team");
  const [formError, setFormError] = useState<string | null>(null);
  // The link exists only in this state: it is not stored anywhere, and a reload loses it on purpose.
  const [outcome, setOutcome] = useState<InviteResult | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TInvite>({ resolver: inviteResolver, defaultValues: { email: "", pillarCodes: [] } });

  async function onSubmit(values: TInvite) {
    setFormError(null);
    setOutcome(null);
    const result = await submitAction(() => invite(values), { fields: FORM_FIELDS, setError, setFormError, unexpected: () => t("errors.other"), failure: (failure) => failureMessage(t, failure) });
    if (!result) return;
    setOutcome(result);
    reset();
  }

  const pillarError = errors.pillarCodes?.message;
  return (
    <section aria-labelledby="invite-heading" className="space-y-3 rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6">
      <h2 id="invite-heading" className="text-xl font-semibold">
        {t("invite.heading")}
      </h2>
      <p className="text-muted">{t("invite.intro")}</p>
      <form onSubmit={handleSubmit(onSubmit)} onFocus={inviteResolver.preload} noValidate className="space-y-4" data-testid="invite-form">
        {formError && <ErrorAlert>{formError}</ErrorAlert>}
        <InviteEmailField id="invite-email" label={t("invite.email")} error={errors.email?.message ? t(`validation.${errors.email.message}`) : undefined} registration={register("email")} />
        <PillarCheckboxes
          idPrefix="invite-pillar"
          legend={t("invite.pillarsLegend")}
          pillars={pillars}
          error={pillarError ? t(`validation.${pillarError}`) : undefined}
          inputProps={() => register("pillarCodes")}
        />
        <PrimaryButton type="submit" pending={isSubmitting} fullWidth={false} label={t("invite.submit")} pendingLabel={t("invite.submitting")} />
      </form>
      <InviteOutcome outcome={outcome} sent={(values) => t("invite.sent", values)} />
    </section>
  );
}
