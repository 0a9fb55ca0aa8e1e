"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/team/action-result";
import { ZAssignment } from "@/lib/team/schemas";
import { failureMessage } from "./failure-message";
import { PillarCheckboxes, type PillarOption } from "./pillar-checkboxes";

export interface MemberRow {
  membershipId: string;
  name: string;
  email: string;
  role: "FOCAL_POINT" | "RESPONDENT";
  pillarCodes: string[];
  isSelf: boolean;
}

export interface MemberActions {
  updateAssignment: (membershipId: string, pillarCodes: string[]) => Promise<ActionResult>;
  removeMember: (membershipId: string) => Promise<ActionResult>;
}

/** The team as a list of cards rather than a table: a pillar editor per person fits a phone this way. */
export function MembersList({ members, pillars, actions }: { members: MemberRow[]; pillars: PillarOption[]; actions?: MemberActions }) {
  const t = useTranslations("team");
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section aria-labelledby="members-heading" className="space-y-3">
      <h2 id="members-heading" className="text-xl font-semibold">
        {t("members.heading")} <span className="text-base font-normal text-muted">({t("members.count", { count: members.length })})</span>
      </h2>
      <p role="status" className="empty:hidden rounded border border-ok bg-green-50 px-3 py-2 text-ok">
        {notice}
      </p>
      {members.length === 0 ? (
        <p className="text-muted">{t("members.none")}</p>
      ) : (
        <ul className="space-y-3" data-testid="members-list">
          {members.map((m) => (
            <li key={m.membershipId} className="rounded-lg border border-line bg-white p-4" data-testid="member">
              <MemberCard member={m} pillars={pillars} actions={actions} onRemoved={() => setNotice(t("members.removed", { name: m.name }))} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function MemberCard({ member, pillars, actions, onRemoved }: { member: MemberRow; pillars: PillarOption[]; actions?: MemberActions; onRemoved: () => void }) {
  const t = useTranslations("team");
  const nameById = new Map(pillars.map((p) => [p.code, p.name]));
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="font-semibold">
            {member.name} {member.isSelf && <span className="font-normal text-muted">{t("members.you")}</span>}
          </h3>
          <p className="break-all text-sm text-muted">
            <span className="sr-only">{t("members.email")}: </span>
            <bdi>{member.email}</bdi>
          </p>
        </div>
        <span className="rounded bg-surface px-2 py-1 text-sm">
          <span className="sr-only">{t("members.role")}: </span>
          {t(`roles.${member.role}`)}
        </span>
      </div>
      {member.role === "FOCAL_POINT" ? (
        <p className="text-sm">
          {t("members.pillars")}: {t("members.allPillars")}
        </p>
      ) : actions ? (
        <AssignmentEditor member={member} pillars={pillars} save={actions.updateAssignment} />
      ) : (
        <p className="text-sm">
          {t("members.pillars")}:{" "}
          {member.pillarCodes.length === 0 ? t("members.noPillars") : member.pillarCodes.map((c) => `${c} – ${nameById.get(c) ?? c}`).join(", ")}
        </p>
      )}
      {actions && !member.isSelf && <RemoveControl member={member} remove={actions.removeMember} onRemoved={onRemoved} />}
    </div>
  );
}

function AssignmentEditor({ member, pillars, save }: { member: MemberRow; pillars: PillarOption[]; save: MemberActions["updateAssignment"] }) {
  const t = useTranslations("team");
  const [selected, setSelected] = useState<string[]>(member.pillarCodes);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const idPrefix = `assign-${member.membershipId}`;

  function toggle(code: string, checked: boolean) {
    setStatus(null);
    setSelected((prev) => (checked ? [...prev, code] : prev.filter((c) => c !== code)));
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setStatus(null);
    const parsed = ZAssignment.safeParse({ pillarCodes: selected });
    if (!parsed.success) {
      setError(t(`validation.${parsed.error.issues[0]?.message ?? "pillarsRequired"}`));
      return;
    }
    setIsSaving(true);
    try {
      const result = await save(member.membershipId, parsed.data.pillarCodes);
      if (result.ok) setStatus(t("members.saved", { name: member.name }));
      else setError(result.fields?.pillarCodes ? t(`validation.${result.fields.pillarCodes}`) : failureMessage(t, result));
    } catch {
      setError(t("errors.other"));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2" data-testid="assignment-form">
      <PillarCheckboxes
        idPrefix={idPrefix}
        legend={t("members.pillarsLegend", { name: member.name })}
        pillars={pillars}
        error={error ?? undefined}
        inputProps={(code) => ({ name: `${idPrefix}-pillars`, checked: selected.includes(code), onChange: (e) => toggle(code, e.currentTarget.checked) })}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={isSaving} className="rounded border border-brand px-3 py-1.5 text-brand hover:bg-brand hover:text-white disabled:opacity-60">
          {isSaving ? t("members.saving") : t("members.save")}
        </button>
        <p role="status" className="text-sm text-ok">
          {status}
        </p>
      </div>
    </form>
  );
}

function RemoveControl({ member, remove, onRemoved }: { member: MemberRow; remove: MemberActions["removeMember"]; onRemoved: () => void }) {
  const t = useTranslations("team");
  const [isConfirming, setIsConfirming] = useState(false);
  const [isRemoving, setIsRemoving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Keyboard users land on the question's first answer, and back on "Remove" if they cancel.
  useEffect(() => {
    if (isConfirming) confirmRef.current?.focus();
    else if (wasConfirming.current) removeRef.current?.focus();
    wasConfirming.current = isConfirming;
  }, [isConfirming]);

  async function confirm() {
    setIsRemoving(true);
    setError(null);
    try {
      const result = await remove(member.membershipId);
      if (result.ok) {
        onRemoved();
        return;
      }
      setError(failureMessage(t, result));
    } catch {
      setError(t("errors.other"));
    }
    setIsRemoving(false);
    setIsConfirming(false);
  }

  return (
    <div className="space-y-2 border-t border-line pt-3">
      {error && (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      )}
      {isConfirming ? (
        <div role="group" aria-labelledby={`remove-q-${member.membershipId}`} className="space-y-2">
          <p id={`remove-q-${member.membershipId}`}>{t("members.removeConfirm", { name: member.name })}</p>
          <div className="flex flex-wrap gap-2">
            <button
              ref={confirmRef}
              type="button"
              disabled={isRemoving}
              onClick={() => void confirm()}
              className="rounded bg-danger px-3 py-1.5 font-medium text-white disabled:opacity-60"
            >
              {isRemoving ? t("members.removing") : t("members.confirmRemove")}
            </button>
            <button type="button" disabled={isRemoving} onClick={() => setIsConfirming(false)} className="rounded border border-line px-3 py-1.5">
              {t("members.cancel")}
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={removeRef}
          type="button"
          onClick={() => setIsConfirming(true)}
          aria-label={t("members.removeLabel", { name: member.name })}
          className="rounded border border-danger px-3 py-1.5 text-danger hover:bg-red-50"
        >
          {t("members.remove")}
        </button>
      )}
    </div>
  );
}
