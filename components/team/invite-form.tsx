"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { TextField } from "@/components/ui/text-field";
import type { ActionResult } from "@/lib/team/action-result";
import { showFieldErrors } from "@/lib/forms/field-errors";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import type { TInvite } from "@/lib/team/schemas";
import type { InviteResult } from "@/lib/team/service";
import { failureMessage } from "./failure-message";
import { PillarCheckboxes, type PillarOption } from "./pillar-checkboxes";
import { ErrorAlert } from "@/components/ui/error-alert";
import { PrimaryButton } from "@/components/ui/primary-button";

type InviteOutcome = InviteResult;
export type InviteAction = (input: TInvite) => Promise<ActionResult<InviteOutcome>>;

const FORM_FIELDS = ["email", "pillarCodes"] as const;
const inviteResolver = lazyZodResolver<TInvite>(() => import("@/lib/team/schemas").then((m) => m.ZInvite));
const EXPIRY_FORMAT = { dateStyle: "long", timeStyle: "short" } as const;

export function InviteForm({ pillars, invite }: { pillars: PillarOption[]; invite: InviteAction }) {
  const t = useTranslations("team");
  const format = useFormatter();
  const [formError, setFormError] = useState<string | null>(null);
  // The link exists only in this state: it is not stored anywhere, and a reload loses it on purpose.
  const [outcome, setOutcome] = useState<InviteOutcome | null>(null);
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
    let result: Awaited<ReturnType<InviteAction>>;
    try {
      result = await invite(values);
    } catch {
      setFormError(t("errors.other"));
      return;
    }
    if (result.ok) {
      setOutcome(result);
      reset();
      return;
    }
    if (!showFieldErrors(result, FORM_FIELDS, setError)) setFormError(failureMessage(t, result));
  }

  const pillarError = errors.pillarCodes?.message;
  return (
    <section aria-labelledby="invite-heading" className="space-y-3 rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6">
      <h2 id="invite-heading" className="text-xl font-semibold">
        {t("invite.heading")}
      </h2>
      <p className="text-muted">{t("invite.intro")}</p>
      <form onSubmit={handleSubmit(onSubmit)} onFocus={inviteResolver.preload} noValidate className="space-y-4" data-testid="invite-form">
        {formError && (
          <ErrorAlert>{formError}</ErrorAlert>
        )}
        <TextField
          id="invite-email"
          type="email"
          autoComplete="off"
          dir="ltr"
          className="text-start"
          label={t("invite.email")}
          error={errors.email?.message ? t(`validation.${errors.email.message}`) : undefined}
          {...register("email")}
        />
        <PillarCheckboxes
          idPrefix="invite-pillar"
          legend={t("invite.pillarsLegend")}
          pillars={pillars}
          error={pillarError ? t(`validation.${pillarError}`) : undefined}
          inputProps={() => register("pillarCodes")}
        />
        <PrimaryButton type="submit" pending={isSubmitting} fullWidth={false} label={t("invite.submit")} pendingLabel={t("invite.submitting")} />
      </form>
      {/* A live region present from the start, so the sentence is announced when it appears. */}
      <p role="status" className="rounded border border-ok bg-green-50 px-3 py-2 text-ok empty:hidden" data-testid="invite-sent">
        {outcome?.delivery === "email" ? t("invite.sent", { email: outcome.email, date: format.dateTime(outcome.expiresAt, EXPIRY_FORMAT) }) : null}
      </p>
      {outcome?.delivery === "link" && <InviteLinkPanel outcome={outcome} />}
    </section>
  );
}

export function InviteLinkPanel({ outcome }: { outcome: Extract<InviteOutcome, { delivery: "link" }> }) {
  const t = useTranslations("team");
  const format = useFormatter();
  const linkRef = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");
  const date = format.dateTime(outcome.expiresAt, EXPIRY_FORMAT);

  // Focus goes to the link, selected, so it is announced and can be copied at once with the keyboard.
  useEffect(() => {
    linkRef.current?.focus();
    linkRef.current?.select();
  }, [outcome]);

  async function copy(link: string) {
    try {
      await navigator.clipboard.writeText(link);
      setCopyState("copied");
    } catch {
      setCopyState("failed");
    }
  }

  return (
    <div className="space-y-2 rounded border border-brand bg-surface p-3" data-testid="invite-link-panel">
      {outcome.mailFailed && <p className="text-danger">{t("invite.mailFailed")}</p>}
      <label htmlFor="invite-link" className="block font-medium">
        {t("invite.linkLabel", { email: outcome.email })}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          ref={linkRef}
          id="invite-link"
          type="text"
          readOnly
          dir="ltr"
          value={outcome.link}
          aria-describedby="invite-link-note"
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded border border-line bg-white px-3 py-2 font-mono text-sm"
          data-testid="invite-link"
        />
        <button type="button" onClick={() => void copy(outcome.link)} className="rounded border border-brand px-3 py-2 text-brand hover:bg-brand hover:text-white">
          {t("invite.copy")}
        </button>
      </div>
      <p id="invite-link-note" className="text-sm text-muted">
        {t("invite.linkNote", { date })}
      </p>
      <p role="status" className="text-sm">
        {copyState === "copied" ? t("invite.copied") : copyState === "failed" ? t("invite.copyFailed") : ""}
      </p>
    </div>
  );
}
