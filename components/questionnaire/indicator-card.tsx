"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { EMPTY_ANSWER, JUSTIFICATION_MAX, normaliseAnswer } from "@/lib/answers/answer";
import type { TAnswerFields } from "@/lib/answers/schemas";
import type { ConventionCode } from "@/lib/conventions/articles";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import { CarriedEvidence } from "./carried-evidence";
import { ConflictPanel } from "./conflict-panel";
import { EvidenceList } from "./evidence-list";
import { choiceOf, fieldsOf, LevelChoice } from "./level-choice";
import type { QuestionnaireIndicator } from "./types";
import { useAutosave, type SaveStatus } from "./use-autosave";

interface Props {
  roundId: string;
  indicator: QuestionnaireIndicator;
  pillarTarget: number;
  /** The labels of levels 0 to 4 ("2 - Developing"), formatted once for the page. */
  levelLabels: readonly string[];
  canEdit: boolean;
  onStatus: (indicatorId: string, status: SaveStatus) => void;
}

function initialValues(indicator: QuestionnaireIndicator): TAnswerFields {
  const a = indicator.answer;
  return a
    ? { kind: a.kind, level: a.level, notApplicableReason: a.notApplicableReason, justification: a.justification, targetOverride: a.targetOverride }
    : EMPTY_ANSWER;
}

/**
 * The shared zod schema, loaded on the first validation rather than with the page: reading the
 * questionnaire costs no validation code, which matters on slow connections; the first edit fetches
 * it once for every card.
 */
// The Conventions in the order the card lists them (a client component: not the data module, whose
// file would enter the bundle).
const CONVENTIONS: readonly ConventionCode[] = ["UNCC", "BUDAPEST"];

const answerResolver = lazyZodResolver<TAnswerFields>(() => import("@/lib/answers/schemas").then((m) => m.ZAnswerFields));

export function IndicatorCard({ roundId, indicator, pillarTarget, levelLabels, canEdit, onStatus }: Props) {
  const t = useTranslations("questionnaire");
  const tv = useTranslations("validation");
  const uid = useId();
  const ids = { choice: `${uid}-choice`, level: `${uid}-level-error`, reason: `${uid}-reason`, justification: `${uid}-justification`, target: `${uid}-target` };
  const initial = initialValues(indicator);
  const form = useForm<TAnswerFields>({ resolver: answerResolver, defaultValues: initial, mode: "onChange" });
  const { register, control, getValues, setValue, reset, formState } = form;
  // A carried-over answer is marked until someone confirms it or changes it (any save ends it).
  // "confirmed": by this reader, here (the note then says so); "done": confirmed or changed.
  const [carry, setCarry] = useState<"pending" | "confirmed" | "done">(indicator.answer?.carryPending ? "pending" : "done");
  const autosave = useAutosave({
    roundId,
    indicatorId: indicator.id,
    initialVersion: indicator.answer?.version ?? 0,
    onStatus: (s) => {
      if (s === "saved") setCarry("done");
      onStatus(indicator.id, s);
    },
  });
  const { schedule, hold, restore } = autosave;

  /**
   * After any edit: a valid answer is autosaved; one that is not valid yet (errors show at the
   * fields) is kept on the device, unsent, until it is. If the validation code cannot be loaded (the
   * connection dropped before it arrived), the answer is sent anyway: the server checks it too.
   */
  const autosaveNow = useCallback(
    (delay?: number) => {
      if (!canEdit) return;
      form.trigger().then(
        (isValid) => {
          const current = { ...EMPTY_ANSWER, ...getValues() };
          if (isValid) schedule(normaliseAnswer(current), delay);
          else hold(current);
        },
        () => schedule(normaliseAnswer({ ...EMPTY_ANSWER, ...getValues() }), delay),
      );
    },
    [canEdit, form, getValues, schedule, hold],
  );

  // An unsent change from an earlier visit (reload, lost connection) wins over the server copy
  // until it is delivered or a conflict is resolved; it goes through the same checks as an edit.
  useEffect(() => {
    if (!canEdit) return;
    const pending = restore();
    if (!pending) return;
    reset({ ...EMPTY_ANSWER, ...pending }, { keepDefaultValues: true });
    autosaveNow(50);
  }, [canEdit, restore, reset, autosaveNow]);

  // The fields are in the page's HTML before its script runs, so a person on a slow connection may
  // already choose a level or type. As the page comes alive, React puts the saved text and target
  // back, and a level chosen then would show without being saved. What was changed is read first
  // (the first render, while the page comes alive, still sees the page's own fields), then kept as
  // an edit and autosaved.
  const [editedEarly] = useState(() => editedBeforeLive(indicator.id, ids, initial));
  const editedKept = useRef(false);
  useEffect(() => {
    const edited = Object.entries(editedEarly) as [keyof TAnswerFields, TAnswerFields[keyof TAnswerFields]][];
    if (edited.length === 0 || !canEdit || editedKept.current) return;
    editedKept.current = true;
    for (const [name, value] of edited) setValue(name, value, { shouldDirty: true });
    autosaveNow();
  }, [editedEarly, canEdit, setValue, autosaveNow]);

  const values = { ...EMPTY_ANSWER, ...useWatch({ control }) } as TAnswerFields;
  const choice = choiceOf(values);
  // The form's own checks, then the server's reasons (they win: the server has the last word).
  const serverErrors = prefixless(autosave.fieldErrors);
  const errors: Record<string, string | undefined> = { ...Object.fromEntries(Object.entries(formState.errors).map(([k, v]) => [k, v?.message as string | undefined])), ...serverErrors };
  errors.level ??= errors.kind;
  /** A message key in the reader's language; a key the catalogue does not know reads as "not valid". */
  const translate = (key: string) => (tv.has(key) ? tv(key) : tv("invalid"));
  // A server reason for something the form does not show as a field (the version, the whole body).
  const otherError = Object.entries(serverErrors).find(([field]) => !FIELDS_SHOWN.includes(field))?.[1];
  const justificationLength = values.justification?.length ?? 0;
  // Content not yet translated falls back to English: mark its language, and let its direction
  // follow the text so English reads left to right inside an Arabic page.
  const fallbackText = indicator.textLang ? { lang: indicator.textLang, dir: "auto" as const } : {};

  return (
    <article className="space-y-4 rounded-lg border border-line bg-white p-4" aria-labelledby={`${uid}-title`} data-testid={`indicator-${indicator.code}`} data-indicator-id={indicator.id} id={indicator.code}>
      <header className="space-y-1">
        <h2 id={`${uid}-title`} className="flex flex-wrap items-baseline gap-x-2 text-lg font-semibold">
          <span className="font-mono text-sm text-muted">{indicator.code}</span>
          <span {...fallbackText}>{indicator.title}</span>
        </h2>
        <p className="font-medium" {...fallbackText}>{indicator.question}</p>
        {indicator.carriedFrom && carry !== "done" && (
          <CarryNote
            roundId={roundId}
            indicatorId={indicator.id}
            code={indicator.code}
            cycle={indicator.carriedFrom.cycle}
            confirmed={carry === "confirmed"}
            canConfirm={canEdit && (autosave.status === "idle" || autosave.status === "saved")}
            autosave={autosave}
            onConfirmed={() => setCarry("confirmed")}
          />
        )}
        <details className="text-sm text-muted">
          <summary className="cursor-pointer text-brand">{t("guidance")}</summary>
          <p className="mt-1" {...fallbackText}>{indicator.guidance}</p>
          <div className="mt-1" data-testid="indicator-articles">
            <p className="font-medium">{t("articlesHeading")}</p>
            {CONVENTIONS.map((convention) => {
              const articles = indicator.articles.filter((a) => a.convention === convention);
              return (
                <div key={convention} data-testid={`indicator-articles-${convention}`}>
                  <p>{t(`conventions.${convention}`)}</p>
                  {articles.length === 0 ? (
                    <p className="ps-6">{t("noArticles")}</p>
                  ) : (
                    <ul className="list-disc ps-6">
                      {articles.map((a) => (
                        <li key={a.number}>{t("articleTitle", { number: a.number, title: a.title })}</li>
                      ))}
                    </ul>
                  )}
                </div>
              );
            })}
          </div>
        </details>
        {indicator.services.length > 0 && (
          <details className="text-sm text-muted" data-testid="indicator-services">
            <summary className="cursor-pointer text-brand">{t("services.title", { count: indicator.services.length })}</summary>
            <ul className="mt-1 list-disc ps-6">
              {indicator.services.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          </details>
        )}
      </header>

      {autosave.status === "conflict" && (
        <ConflictPanel
          mine={normaliseAnswer(values)}
          theirs={autosave.conflict}
          onKeepMine={autosave.keepMine}
          onTakeTheirs={() => {
            const theirs = autosave.takeTheirs();
            reset(theirs ? { kind: theirs.kind, level: theirs.level, notApplicableReason: theirs.notApplicableReason, justification: theirs.justification, targetOverride: theirs.targetOverride } : EMPTY_ANSWER);
          }}
        />
      )}

      <LevelChoice
        name={ids.choice}
        value={choice}
        levels={indicator.levels}
        levelLabels={levelLabels}
        disabled={!canEdit}
        textLang={indicator.textLang}
        errorId={errors.level ? ids.level : undefined}
        onChange={(c) => {
          const f = fieldsOf(c);
          setValue("kind", f.kind, { shouldDirty: true, shouldValidate: true });
          setValue("level", f.level, { shouldDirty: true, shouldValidate: true });
          autosaveNow();
        }}
      />
      {errors.level && <p id={ids.level} className="text-sm text-danger">{translate(errors.level)}</p>}

      {values.kind === "NOT_APPLICABLE" && (
        <div>
          <label htmlFor={ids.reason} className="mb-1 block font-medium">{t("reason")}</label>
          <textarea
            id={ids.reason}
            rows={2}
            disabled={!canEdit}
            aria-invalid={errors.notApplicableReason ? true : undefined}
            aria-describedby={errors.notApplicableReason ? `${ids.reason}-error` : undefined}
            className="w-full rounded border border-line p-2 aria-[invalid=true]:border-danger"
            // The saved text is in the page's HTML (the form fills its fields only once the script
            // runs, seconds later on a slow connection), so the answer reads before it is live.
            defaultValue={initial.notApplicableReason ?? ""}
            {...register("notApplicableReason", { onChange: () => autosaveNow() })}
          />
          {errors.notApplicableReason && <p id={`${ids.reason}-error`} className="text-sm text-danger">{translate(errors.notApplicableReason)}</p>}
        </div>
      )}

      <div>
        <label htmlFor={ids.justification} className="mb-1 block font-medium">{t("justification")}</label>
        <textarea
          id={ids.justification}
          rows={3}
          disabled={!canEdit}
          aria-invalid={errors.justification ? true : undefined}
          aria-describedby={`${ids.justification}-count${errors.justification ? ` ${ids.justification}-error` : ""}`}
          className="w-full rounded border border-line p-2 aria-[invalid=true]:border-danger"
          defaultValue={initial.justification ?? ""}
          {...register("justification", { onChange: () => autosaveNow() })}
        />
        <p id={`${ids.justification}-count`} className="text-end text-xs text-muted">
          {t("characters", { count: justificationLength, max: JUSTIFICATION_MAX })}
        </p>
        {errors.justification && <p id={`${ids.justification}-error`} className="text-sm text-danger">{translate(errors.justification)}</p>}
      </div>

      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={ids.target} className="font-medium">{t("target")}</label>
        <select
          id={ids.target}
          disabled={!canEdit}
          aria-invalid={errors.targetOverride ? true : undefined}
          aria-describedby={errors.targetOverride ? `${ids.target}-error` : undefined}
          className="rounded border border-line bg-white p-1 aria-[invalid=true]:border-danger"
          defaultValue={initial.targetOverride ?? ""}
          {...register("targetOverride", { setValueAs: (v: string | number | null) => (v === "" || v === null ? null : Number(v)), onChange: () => autosaveNow() })}
        >
          <option value="">{t("targetDefault", { level: pillarTarget })}</option>
          {levelLabels.map((label, l) => (
            <option key={l} value={l}>{label}</option>
          ))}
        </select>
        {errors.targetOverride && <p id={`${ids.target}-error`} className="text-sm text-danger">{translate(errors.targetOverride)}</p>}
      </div>

      <EvidenceList roundId={roundId} indicatorId={indicator.id} initial={indicator.evidence} canEdit={canEdit} guidance={indicator.evidenceGuidance} textLang={indicator.textLang} />

      {indicator.carriedFrom && <CarriedEvidence cycle={indicator.carriedFrom.cycle} items={indicator.carriedFrom.evidence} />}

      <SaveState status={autosave.status} refusal={autosave.message} problem={otherError ? translate(otherError) : null} updatedBy={indicator.answer?.updatedBy ?? null} />
    </article>
  );
}

/**
 * "Carried over from <cycle>", with the button that confirms the answer as it stands. The
 * confirmation is based on the version the autosave holds (a stale one is refused, as a save is);
 * it is offered only while nothing is waiting to be saved.
 */
function CarryNote({
  roundId,
  indicatorId,
  code,
  cycle,
  confirmed,
  canConfirm,
  autosave,
  onConfirmed,
}: {
  roundId: string;
  indicatorId: string;
  code: string;
  cycle: string;
  confirmed: boolean;
  canConfirm: boolean;
  autosave: { currentVersion: () => number; adoptVersion: (v: number) => void };
  onConfirmed: () => void;
}) {
  const t = useTranslations("questionnaire.carry");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    let problem: string | null = null;
    try {
      const response = await fetch(`/api/v1/rounds/${roundId}/answers/${indicatorId}/confirm`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ version: autosave.currentVersion() }),
      });
      const body = (await response.json().catch(() => null)) as { answer?: { version?: number }; error?: { message?: string } } | null;
      if (response.ok && typeof body?.answer?.version === "number") {
        autosave.adoptVersion(body.answer.version);
        onConfirmed();
        return;
      }
      problem = response.status === 409 ? t("conflict") : (body?.error?.message ?? t("failed"));
    } catch {
      problem = t("failed");
    } finally {
      setBusy(false);
    }
    setError(problem);
  }

  // The button is gone once confirmed: keyboard focus moves to the sentence that replaces it. A
  // refusal takes the focus too, so that it is read at once.
  useEffect(() => {
    if (confirmed) doneRef.current?.focus();
  }, [confirmed]);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  if (confirmed) {
    return (
      <p ref={doneRef} tabIndex={-1} role="status" className="text-sm text-ok" data-testid="carry-confirmed">
        {t("confirmed", { cycle })}
      </p>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm" data-testid="carry-note">
      <span className="rounded bg-amber-100 px-1 font-medium text-amber-900" data-testid="carried-badge">{t("badge", { cycle })}</span>
      <span className="text-ink">{t("hint")}</span>
      {canConfirm && (
        <button type="button" onClick={() => void confirm()} disabled={busy} className="rounded border border-brand bg-white px-3 py-1 font-medium text-brand disabled:opacity-60" data-testid="confirm-carried">
          {t("confirm")}
          <span className="sr-only"> {code}</span>
        </button>
      )}
      {error && (
        <p ref={errorRef} tabIndex={-1} role="alert" className="w-full text-danger">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * The fields of this card whose value in the page differs from the saved answer, as the page's HTML
 * has them before the form takes them over: the level chosen, the justification, the reason and the
 * target. Found by the card's ids (from its useId) in the card of this indicator: after a move to
 * another page, the old page's fields may still be there with the same ids. Nothing on the server
 * or for a card that is not on the page yet.
 */
function editedBeforeLive(indicatorId: string, ids: { choice: string; justification: string; reason: string; target: string }, saved: TAnswerFields): Partial<TAnswerFields> {
  if (typeof document === "undefined") return {};
  const inCard = (field: Element | null) => (field?.closest("[data-indicator-id]")?.getAttribute("data-indicator-id") === indicatorId ? field : null);
  const edited: Partial<TAnswerFields> = {};
  const chosen = [...document.getElementsByName(ids.choice)].find((r): r is HTMLInputElement => r instanceof HTMLInputElement && r.checked && inCard(r) !== null);
  if (chosen && chosen.value !== choiceOf(saved)) Object.assign(edited, fieldsOf(chosen.value as Parameters<typeof fieldsOf>[0]));
  for (const [name, id] of [["justification", ids.justification], ["notApplicableReason", ids.reason]] as const) {
    const field = inCard(document.getElementById(id));
    if (field instanceof HTMLTextAreaElement && field.value !== (saved[name] ?? "")) edited[name] = field.value;
  }
  const target = inCard(document.getElementById(ids.target));
  if (target instanceof HTMLSelectElement && target.value !== String(saved.targetOverride ?? "")) edited.targetOverride = target.value === "" ? null : Number(target.value);
  return edited;
}

/** The fields that show their own error; the server's reasons about anything else show in the save status. */
const FIELDS_SHOWN = ["kind", "level", "notApplicableReason", "justification", "targetOverride"];

/** Server field errors come as "answer.level": keep the field name. */
function prefixless(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.replace(/^answer\./, ""), v]));
}

/** `refusal`: the server's reason for refusing the save; `problem`: a reason about no field shown. */
function SaveState({ status, refusal, problem, updatedBy }: { status: SaveStatus; refusal: string | null; problem: string | null; updatedBy: string | null }) {
  const t = useTranslations("questionnaire");
  // Only the current status is formatted: the card renders this on every keystroke.
  const text = (): string => {
    switch (status) {
      case "idle":
        return updatedBy ? t("lastSavedBy", { name: updatedBy }) : "";
      case "refused":
        return refusal ?? t("status.refused");
      case "invalid":
        return problem ?? t("status.invalid");
      default:
        return t(`status.${status}`);
    }
  };
  const tone = status === "offline" || status === "conflict" || status === "refused" || status === "invalid" ? "text-danger" : "text-muted";
  return (
    <p className={`text-sm ${tone}`} data-testid="save-state" data-status={status}>
      {text()}
    </p>
  );
}
