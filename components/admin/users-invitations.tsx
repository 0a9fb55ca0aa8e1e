"use client";

import { useTranslations } from "next-intl";
import { InvitationsTable } from "@/components/invitation/invitations-table";
import { failureMessage } from "@/components/team/failure-message";
import type { ActionResult } from "@/lib/team/action-result";

export interface AdminInvitationRow {
  id: string;
  kind: "COUNTRY" | "OFFICER";
  role: "FOCAL_POINT" | "RESPONDENT";
  email: string;
  countryIso2: string | null;
  /** Already in the reader's language. */
  countryName: string | null;
  invitedByName: string | null;
  expiresAt: Date;
}

/** Pending invitations made by administrators, each revocable; the offer names the country. */
export function UsersInvitations({ invitations, revoke }: { invitations: AdminInvitationRow[]; revoke: (invitationId: string) => Promise<ActionResult> }) {
  const t = useTranslations("admin");
  const offer = (i: AdminInvitationRow) =>
    i.kind === "OFFICER" ? t("invitations.offers.officer") : t(i.role === "FOCAL_POINT" ? "invitations.offers.focalPoint" : "invitations.offers.respondent", { country: i.countryName ?? "" });

  return (
    <InvitationsTable
      invitations={invitations}
      columns={[{ header: t("invitations.columns.offer"), cell: offer }]}
      labels={{
        heading: t("invitations.heading"),
        none: t("invitations.none"),
        email: t("invitations.columns.email"),
        expires: t("invitations.columns.expires"),
        invitedBy: t("invitations.columns.invitedBy"),
        actions: t("invitations.columns.actions"),
        revoke: t("invitations.revoke"),
        revoking: t("invitations.revoking"),
        revokeFor: (email) => t("invitations.revokeFor", { email }),
        revoked: (email) => t("invitations.revoked", { email }),
        failure: (failure) => failureMessage(t, failure),
        unexpected: t("errors.other"),
      }}
      revoke={revoke}
      sectionId="invitations"
      headingId="admin-invitations-heading"
      testIds={{ table: "admin-invitations", row: "admin-invitation" }}
    />
  );
}
