"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { failureMessage } from "@/components/team/failure-message";
import { ErrorAlert } from "@/components/ui/error-alert";
import { OneTimeLinkPanel } from "@/components/ui/one-time-link-panel";
import type { ResetLinkResult } from "@/lib/admin/users/service";
import type { ActionResult } from "@/lib/team/action-result";

const EXPIRY_FORMAT = { dateStyle: "long", timeStyle: "short" } as const;

/** Disable or re-enable the account, and send a password-reset link. */
export function UsersAccountActions({
  user,
  setDisabled,
  sendReset,
}: {
  user: { name: string; email: string; disabled: boolean; isSelf: boolean };
  setDisabled: (disabled: boolean) => Promise<ActionResult>;
  sendReset: () => Promise<ActionResult<ResetLinkResult>>;
}) {
  const t = useTranslations("admin");
  const format = useFormatter();
  const [busy, setBusy] = useState<"disable" | "reset" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [reset, setReset] = useState<ResetLinkResult | null>(null);

  async function run<T extends object>(kind: "disable" | "reset", action: () => Promise<ActionResult<T>>, onOk: (result: T) => void) {
    setBusy(kind);
    setError(null);
    setStatus(null);
    try {
      const result = await action();
      if (result.ok) onOk(result);
      else setError(failureMessage(t, result));
    } catch {
      setError(t("errors.other"));
    } finally {
      setBusy(null);
    }
  }

  const toggle = () =>
    run("disable", () => setDisabled(!user.disabled), () => setStatus(t(user.disabled ? "user.actions.enabled" : "user.actions.disabled", { name: user.name })));
  const sendLink = () =>
    run("reset", sendReset, (result) => {
      setReset(result);
      if (result.delivery === "email") setStatus(t("user.actions.resetSent", { email: result.email, date: format.dateTime(result.expiresAt, EXPIRY_FORMAT) }));
    });

  return (
    <section aria-labelledby="account-actions-heading" className="space-y-4 rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6">
      <h2 id="account-actions-heading" className="text-xl font-semibold">
        {t("user.actions.heading")}
      </h2>
      {error && <ErrorAlert>{error}</ErrorAlert>}
      <p role="status" className="rounded border border-ok bg-green-50 px-3 py-2 text-ok empty:hidden" data-testid="user-action-status">
        {status}
      </p>
      {user.isSelf ? (
        <p className="text-muted">{t("user.actions.self")}</p>
      ) : (
        <div className="space-y-2">
          <p className="text-muted">{t(user.disabled ? "user.actions.enableIntro" : "user.actions.disableIntro")}</p>
          <button
            type="button"
            onClick={() => void toggle()}
            disabled={busy !== null}
            className={`rounded border px-4 py-2 font-medium disabled:opacity-60 ${user.disabled ? "border-brand text-brand hover:bg-surface" : "border-danger text-danger hover:bg-red-50"}`}
            data-testid={user.disabled ? "enable-user" : "disable-user"}
          >
            {busy === "disable" ? t("user.actions.working") : t(user.disabled ? "user.actions.enable" : "user.actions.disable")}
          </button>
        </div>
      )}
      {!user.disabled && (
        <div className="space-y-2 border-t border-line pt-4">
          <p className="text-muted">{t("user.actions.resetIntro")}</p>
          <button
            type="button"
            onClick={() => void sendLink()}
            disabled={busy !== null}
            className="rounded border border-brand px-4 py-2 font-medium text-brand hover:bg-surface disabled:opacity-60"
            data-testid="send-reset"
          >
            {busy === "reset" ? t("user.actions.working") : t("user.actions.reset")}
          </button>
          {reset?.delivery === "link" && (
            <OneTimeLinkPanel
              id="reset-link"
              testId="reset-link-panel"
              link={reset.link}
              labels={{
                label: t("user.actions.linkLabel", { email: reset.email }),
                note: t("user.actions.linkNote", { date: format.dateTime(reset.expiresAt, EXPIRY_FORMAT) }),
                mailFailed: reset.mailFailed ? t("user.actions.mailFailed") : undefined,
              }}
            />
          )}
        </div>
      )}
    </section>
  );
}
