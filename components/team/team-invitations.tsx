"use client";

import { useTranslations } from "next-intl";
import { InvitationsTable } from "@/components/invitation/invitations-table";
import type { ActionResult } from "@/lib/team/action-result";
import type { InvitationStatus } from "@/lib/team/tokens";
import { failureMessage } from "./failure-message";

export interface InvitationRow {
  id: string;
  email: string;
  pillarCodes: string[];
  expiresAt: Date;
  invitedByName: string | null;
  status: InvitationStatus;
}

const STATUS_CLASS: Record<InvitationStatus, string> = {
  pending: "border-brand text-brand",
  accepted: "border-ok text-ok",
  expired: "border-line text-muted",
  revoked: "border-line text-muted",
};

/** A country team's invitations, whatever their status; pending ones are revocable when `revoke` is given. */
export function TeamInvitations({ invitations, revoke }: { invitations: InvitationRow[]; revoke?: (invitationId: string) => Promise<ActionResult> }) {
  const t = useTranslations("team");
  return (
    <InvitationsTable
      invitations={invitations}
      columns={[
        { header: t("invitations.pillars"), cell: (i) => i.pillarCodes.join(", "), className: "font-mono" },
        {
          header: t("invitations.status"),
          cell: (i) => <span className={`inline-block rounded border px-2 py-0.5 ${STATUS_CLASS[i.status]}`}>{t(`invitations.statuses.${i.status}`)}</span>,
        },
      ]}
      labels={{
        heading: t("invitations.heading"),
        none: t("invitations.none"),
        email: t("invitations.email"),
        expires: t("invitations.expires"),
        invitedBy: t("invitations.invitedBy"),
        actions: t("invitations.actions"),
        revoke: t("invitations.revoke"),
        revoking: t("invitations.revoking"),
        revokeFor: (email) => t("invitations.revokeLabel", { email }),
        revoked: (email) => t("invitations.revoked", { email }),
        failure: (failure) => failureMessage(t, failure),
        unexpected: t("errors.other"),
      }}
      revoke={revoke}
      canRevoke={(i) => i.status === "pending"}
      headingId="invitations-heading"
      testIds={{ table: "invitations-table", row: "invitation" }}
    />
  );
}
