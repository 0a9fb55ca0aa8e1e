"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
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

/** Pending invitations made by administrators, each revocable. */
export function UsersInvitations({ invitations, revoke }: { invitations: AdminInvitationRow[]; revoke: (invitationId: string) => Promise<ActionResult> }) {
  const t = useTranslations("admin");
  const format = useFormatter();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);

  async function onRevoke(invitation: AdminInvitationRow) {
    setBusyId(invitation.id);
    setMessage(null);
    try {
      const result = await revoke(invitation.id);
      setMessage(result.ok ? { kind: "ok", text: t("invitations.revoked", { email: invitation.email }) } : { kind: "error", text: failureMessage(t, result) });
    } catch {
      setMessage({ kind: "error", text: t("errors.other") });
    } finally {
      setBusyId(null);
    }
  }

  const offer = (i: AdminInvitationRow) =>
    i.kind === "OFFICER" ? t("invitations.offers.officer") : t(i.role === "FOCAL_POINT" ? "invitations.offers.focalPoint" : "invitations.offers.respondent", { country: i.countryName ?? "" });

  return (
    <section id="invitations" aria-labelledby="admin-invitations-heading" className="space-y-3">
      <h2 id="admin-invitations-heading" className="text-xl font-semibold">
        {t("invitations.heading")}
      </h2>
      <div aria-live="polite">
        {message && <p className={`rounded border px-3 py-2 ${message.kind === "ok" ? "border-ok bg-green-50 text-ok" : "border-danger bg-red-50 text-danger"}`}>{message.text}</p>}
      </div>
      {invitations.length === 0 ? (
        <p className="text-muted">{t("invitations.none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-start text-sm" data-testid="admin-invitations">
            <caption className="sr-only">{t("invitations.heading")}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="p-2 text-start">{t("invitations.columns.email")}</th>
                <th scope="col" className="p-2 text-start">{t("invitations.columns.offer")}</th>
                <th scope="col" className="p-2 text-start">{t("invitations.columns.expires")}</th>
                <th scope="col" className="p-2 text-start">{t("invitations.columns.invitedBy")}</th>
                <th scope="col" className="p-2 text-start">{t("invitations.columns.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((i) => (
                <tr key={i.id} className="border-b border-line" data-testid="admin-invitation">
                  <th scope="row" className="p-2 text-start font-medium break-all">
                    <bdi dir="ltr">{i.email}</bdi>
                  </th>
                  <td className="p-2">{offer(i)}</td>
                  <td className="p-2 whitespace-nowrap">{format.dateTime(i.expiresAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                  <td className="p-2">{i.invitedByName ?? "—"}</td>
                  <td className="p-2">
                    <button
                      type="button"
                      disabled={busyId !== null}
                      onClick={() => void onRevoke(i)}
                      className="rounded border border-danger px-2 py-1 text-danger hover:bg-red-50 disabled:opacity-60"
                      aria-label={t("invitations.revokeFor", { email: i.email })}
                    >
                      {busyId === i.id ? t("invitations.revoking") : t("invitations.revoke")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
