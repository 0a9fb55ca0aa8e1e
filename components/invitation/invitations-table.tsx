"use client";

import { useFormatter } from "next-intl";
import { useState, type ReactNode } from "react";
import type { ActionFailure } from "@/components/team/failure-message";
import type { ActionResult } from "@/lib/team/action-result";

/** What every invitations table shows of a row, whatever else its own columns show. */
export interface InvitationsTableRow {
  id: string;
  email: string;
  expiresAt: Date;
  invitedByName: string | null;
}

export interface InvitationsTableColumn<R> {
  header: string;
  cell: (row: R) => ReactNode;
  className?: string;
}

/** Already in the reader's language: each caller keeps its own namespace and wording. */
export interface InvitationsTableLabels {
  heading: string;
  none: string;
  email: string;
  expires: string;
  invitedBy: string;
  actions: string;
  revoke: string;
  revoking: string;
  revokeFor: (email: string) => string;
  revoked: (email: string) => string;
  failure: (failure: ActionFailure) => string;
  unexpected: string;
}

/**
 * Invitations as a table: the email, the caller's own columns, the expiry and who invited, and a
 * revoke button on the rows `canRevoke` allows when a `revoke` action is given. One revocation at
 * a time; its outcome is announced in a live region above the table.
 */
export function InvitationsTable<R extends InvitationsTableRow>({
  invitations,
  columns,
  labels,
  revoke,
  canRevoke = () => true,
  sectionId,
  headingId,
  testIds,
}: {
  invitations: R[];
  columns: InvitationsTableColumn<R>[];
  labels: InvitationsTableLabels;
  revoke?: (invitationId: string) => Promise<ActionResult>;
  canRevoke?: (row: R) => boolean;
  sectionId?: string;
  headingId: string;
  testIds: { table: string; row: string };
}) {
  const format = useFormatter();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);

  async function onRevoke(invitation: R) {
    if (!revoke) return;
    setBusyId(invitation.id);
    setMessage(null);
    try {
      const result = await revoke(invitation.id);
      setMessage(result.ok ? { kind: "ok", text: labels.revoked(invitation.email) } : { kind: "error", text: labels.failure(result) });
    } catch {
      setMessage({ kind: "error", text: labels.unexpected });
    } finally {
      setBusyId(null);
    }
  }

  return (
    <section id={sectionId} aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-xl font-semibold">
        {labels.heading}
      </h2>
      <div aria-live="polite">
        {message && <p className={`rounded border px-3 py-2 ${message.kind === "ok" ? "border-ok bg-green-50 text-ok" : "border-danger bg-red-50 text-danger"}`}>{message.text}</p>}
      </div>
      {invitations.length === 0 ? (
        <p className="text-muted">{labels.none}</p>
      ) : (
        // Scrolls sideways on a phone rather than squeezing the columns.
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-start text-sm" data-testid={testIds.table}>
            <caption className="sr-only">{labels.heading}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="p-2 text-start">{labels.email}</th>
                {columns.map((c) => (
                  <th key={c.header} scope="col" className="p-2 text-start">
                    {c.header}
                  </th>
                ))}
                <th scope="col" className="p-2 text-start">{labels.expires}</th>
                <th scope="col" className="p-2 text-start">{labels.invitedBy}</th>
                {revoke && <th scope="col" className="p-2 text-start">{labels.actions}</th>}
              </tr>
            </thead>
            <tbody>
              {invitations.map((i) => (
                <tr key={i.id} className="border-b border-line" data-testid={testIds.row}>
                  <th scope="row" className="p-2 text-start font-medium break-all">
                    <bdi dir="ltr">{i.email}</bdi>
                  </th>
                  {columns.map((c) => (
                    <td key={c.header} className={c.className ? `p-2 ${c.className}` : "p-2"}>
                      {c.cell(i)}
                    </td>
                  ))}
                  <td className="p-2 whitespace-nowrap">{format.dateTime(i.expiresAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                  <td className="p-2">{i.invitedByName ?? "—"}</td>
                  {revoke && (
                    <td className="p-2">
                      {canRevoke(i) && (
                        <button
                          type="button"
                          disabled={busyId !== null}
                          onClick={() => void onRevoke(i)}
                          aria-label={labels.revokeFor(i.email)}
                          className="rounded border border-danger px-2 py-1 text-danger hover:bg-red-50 disabled:opacity-60"
                        >
                          {busyId === i.id ? labels.revoking : labels.revoke}
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
