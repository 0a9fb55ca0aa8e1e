"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { OneTimeLinkPanel } from "@/components/ui/one-time-link-panel";
import { TextField } from "@/components/ui/text-field";
import type { InviteResult } from "@/lib/team/service";

const EXPIRY_FORMAT = { dateStyle: "long", timeStyle: "short" } as const;

/** The invitee's email address: never autofilled with the inviter's own, read left to right. */
export function InviteEmailField({ id, label, error, registration }: { id: string; label: string; error?: string; registration: UseFormRegisterReturn<"email"> }) {
  return <TextField id={id} type="email" autoComplete="off" dir="ltr" className="text-start" label={label} error={error} {...registration} />;
}

/**
 * What became of an invitation just made: a sentence when it was emailed (`sent`, in the form's own
 * wording), else the link to pass on. The status paragraph is a live region present from the
 * start, so the sentence is announced when it appears.
 */
export function InviteOutcome({ outcome, sent }: { outcome: InviteResult | null; sent: (values: { email: string; date: string }) => string }) {
  const t = useTranslations("team");
  const format = useFormatter();
  const date = outcome ? format.dateTime(outcome.expiresAt, EXPIRY_FORMAT) : "";
  return (
    <>
      <p role="status" className="rounded border border-ok bg-green-50 px-3 py-2 text-ok empty:hidden" data-testid="invite-sent">
        {outcome?.delivery === "email" ? sent({ email: outcome.email, date }) : null}
      </p>
      {outcome?.delivery === "link" && (
        // The link exists only in the form's state: it is not stored anywhere, and a reload loses it on purpose.
        <OneTimeLinkPanel
          id="invite-link"
          testId="invite-link-panel"
          link={outcome.link}
          labels={{ label: t("invite.linkLabel", { email: outcome.email }), note: t("invite.linkNote", { date }), mailFailed: outcome.mailFailed ? t("invite.mailFailed") : undefined }}
          copy={{ label: t("invite.copy"), copied: t("invite.copied"), failed: t("invite.copyFailed") }}
        />
      )}
    </>
  );
}
