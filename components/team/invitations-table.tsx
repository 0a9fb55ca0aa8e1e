"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
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

export function InvitationsTable({ invitations, revoke }: { invitations: InvitationRow[]; revoke?: (invitationId: string) => Promise<ActionResult> }) {
  const t = useTranslations("team");
  const format = useFormatter();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);

  async function onRevoke(invitation: InvitationRow) {
    if (!revoke) return;
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

  return (
    <section aria-labelledby="invitations-heading" className="space-y-3">
      <h2 id="invitations-heading" className="text-xl font-semibold">
        {t("invitations.heading")}
      </h2>
      <div aria-live="polite">
        {message && <p className={`rounded border px-3 py-2 ${message.kind === "ok" ? "border-ok bg-green-50 text-ok" : "border-danger bg-red-50 text-danger"}`}>{message.text}</p>}
      </div>
      {invitations.length === 0 ? (
        <p className="text-muted">{t("invitations.none")}</p>
      ) : (
        // Scrolls sideways on a phone rather than squeezing six columns.
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-start text-sm" data-testid="invitations-table">
            <caption className="sr-only">{t("invitations.heading")}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="p-2 text-start">{t("invitations.email")}</th>
                <th scope="col" className="p-2 text-start">{t("invitations.pillars")}</th>
                <th scope="col" className="p-2 text-start">{t("invitations.status")}</th>
                <th scope="col" className="p-2 text-start">{t("invitations.expires")}</th>
                <th scope="col" className="p-2 text-start">{t("invitations.invitedBy")}</th>
                {revoke && <th scope="col" className="p-2 text-start">{t("invitations.actions")}</th>}
              </tr>
            </thead>
            <tbody>
              {invitations.map((i) => (
                <tr key={i.id} className="border-b border-line" data-testid="invitation">
                  <th scope="row" className="p-2 text-start font-medium break-all">
                    <bdi>{i.email}</bdi>
                  </th>
                  <td className="p-2 font-mono">{i.pillarCodes.join(", ")}</td>
                  <td className="p-2">
                    <span className={`inline-block rounded border px-2 py-0.5 ${STATUS_CLASS[i.status]}`}>{t(`invitations.statuses.${i.status}`)}</span>
                  </td>
                  <td className="p-2 whitespace-nowrap">{format.dateTime(i.expiresAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                  <td className="p-2">{i.invitedByName ?? "—"}</td>
                  {revoke && (
                    <td className="p-2">
                      {i.status === "pending" && (
                        <button
                          type="button"
                          disabled={busyId === i.id}
                          onClick={() => void onRevoke(i)}
                          aria-label={t("invitations.revokeLabel", { email: i.email })}
                          className="rounded border border-danger px-2 py-1 text-danger hover:bg-red-50 disabled:opacity-60"
                        >
                          {busyId === i.id ? t("invitations.revoking") : t("invitations.revoke")}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
