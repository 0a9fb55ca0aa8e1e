"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

/** A token as the list shows it: dates as ISO text (they cross from the server). */
export interface ApiTokenRow {
  id: string;
  name: string;
  scope: "read" | "read-write";
  prefix: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const DATE = { dateStyle: "medium" } as const;
const DATE_TIME = { dateStyle: "medium", timeStyle: "short" } as const;

function statusOf(row: ApiTokenRow, now: number): "active" | "revoked" | "expired" {
  if (row.revokedAt) return "revoked";
  return new Date(row.expiresAt).getTime() <= now ? "expired" : "active";
}

/** The person's tokens: name, visible prefix, access, dates, and a revoke button (with a question first). */
export function ApiTokenList({ tokens, onRevoked }: { tokens: ApiTokenRow[]; onRevoked: (row: ApiTokenRow) => void }) {
  const t = useTranslations("account");
  const format = useFormatter();
  // The time the list was drawn, read once: "expired" is decided against it, not at every render.
  const [now] = useState(() => Date.now());
  if (tokens.length === 0) return <p className="text-muted">{t("tokens.none")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-start text-sm" data-testid="api-token-list">
        <caption className="sr-only">{t("tokens.listHeading")}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="p-2 text-start">{t("tokens.colName")}</th>
            <th scope="col" className="p-2 text-start">{t("tokens.colPrefix")}</th>
            <th scope="col" className="p-2 text-start">{t("tokens.colScope")}</th>
            <th scope="col" className="p-2 text-start">{t("tokens.colCreated")}</th>
            <th scope="col" className="p-2 text-start">{t("tokens.colExpires")}</th>
            <th scope="col" className="p-2 text-start">{t("tokens.colLastUsed")}</th>
            <th scope="col" className="p-2 text-start">{t("tokens.colStatus")}</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((row) => {
            const status = statusOf(row, now);
            return (
              <tr key={row.id} className="border-b border-line align-top" data-testid="api-token-row">
                <th scope="row" className="p-2 text-start font-medium break-all">
                  {row.name}
                </th>
                <td className="p-2 font-mono whitespace-nowrap">
                  <bdi dir="ltr">{row.prefix}</bdi>
                </td>
                <td className="p-2">{row.scope === "read" ? t("tokens.scopeRead") : t("tokens.scopeReadWrite")}</td>
                <td className="p-2 whitespace-nowrap">{format.dateTime(new Date(row.createdAt), DATE)}</td>
                <td className="p-2 whitespace-nowrap">{format.dateTime(new Date(row.expiresAt), DATE)}</td>
                <td className="p-2 whitespace-nowrap">{row.lastUsedAt ? format.dateTime(new Date(row.lastUsedAt), DATE_TIME) : t("tokens.never")}</td>
                <td className="p-2">
                  <span data-testid="api-token-status">{t(`tokens.${status}`)}</span>
                  {status === "active" && <RevokeControl row={row} onRevoked={onRevoked} />}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function RevokeControl({ row, onRevoked }: { row: ApiTokenRow; onRevoked: (row: ApiTokenRow) => void }) {
  const t = useTranslations("account");
  const [isConfirming, setIsConfirming] = useState(false);
  const [isRevoking, setIsRevoking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const revokeRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Keyboard users land on the question's first answer, and back on "Revoke" if they cancel.
  useEffect(() => {
    if (isConfirming) confirmRef.current?.focus();
    else if (wasConfirming.current) revokeRef.current?.focus();
    wasConfirming.current = isConfirming;
  }, [isConfirming]);

  async function confirm() {
    setIsRevoking(true);
    setError(null);
    try {
      const response = await fetch(`/api/v1/tokens/${row.id}`, { method: "DELETE" });
      if (response.ok) {
        onRevoked({ ...row, revokedAt: new Date().toISOString() });
        return;
      }
      const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
      setError(body.error?.message ?? t("tokens.errorOther"));
    } catch {
      setError(t("tokens.errorOther"));
    }
    setIsRevoking(false);
    setIsConfirming(false);
  }

  const questionId = `revoke-q-${row.id}`;
  return (
    <div className="mt-2 space-y-2">
      {error && (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      )}
      {isConfirming ? (
        <div role="group" aria-labelledby={questionId} className="space-y-2">
          <p id={questionId}>{t("tokens.revokeConfirm", { name: row.name })}</p>
          <div className="flex flex-wrap gap-2">
            <button ref={confirmRef} type="button" disabled={isRevoking} onClick={() => void confirm()} className="rounded bg-danger px-3 py-1.5 font-medium text-white disabled:opacity-60">
              {isRevoking ? t("tokens.revoking") : t("tokens.confirmRevoke")}
            </button>
            <button type="button" disabled={isRevoking} onClick={() => setIsConfirming(false)} className="rounded border border-line px-3 py-1.5">
              {t("tokens.cancel")}
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={revokeRef}
          type="button"
          onClick={() => setIsConfirming(true)}
          aria-label={t("tokens.revokeLabel", { name: row.name })}
          className="rounded border border-danger px-3 py-1.5 text-danger hover:bg-red-50"
        >
          {t("tokens.revoke")}
        </button>
      )}
    </div>
  );
}
