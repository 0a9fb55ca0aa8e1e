"use client";

import Link from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { get, useForm, type FieldPath } from "react-hook-form";
import { failureMessage } from "@/components/team/failure-message";
import { ErrorAlert } from "@/components/ui/error-alert";
import { PrimaryButton } from "@/components/ui/primary-button";
import { showFieldErrors } from "@/lib/forms/field-errors";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import type { DocumentIssue } from "@/lib/frameworks/document";
import type { PillarEditValues } from "@/lib/frameworks/pillar-edit";
import type { TFrameworkPillarEdit } from "@/lib/frameworks/schemas";
import type { Locale } from "@/lib/i18n/config";
import type { FrameworkEditActionResult } from "@/app/(app)/admin/frameworks/actions";
import { FrameworkTextField } from "./framework-editor-field";

type Values = TFrameworkPillarEdit;
type Field = FieldPath<Values>;
type Failure = Extract<FrameworkEditActionResult, { ok: false }>;

const resolver = lazyZodResolver<Values>(() => import("@/lib/frameworks/schemas").then((m) => m.ZFrameworkPillarEdit));
const INDICATOR_TEXTS = ["title", "question", "guidance", "evidenceGuidance"] as const;
/** Message keys the schema and the server give; anything else is said by the field's kind. */
const KNOWN_KEYS = new Set(["text", "code", "weight", "label", "required", "tooLong", "labelTaken", "controlCharacters"]);

function fieldsOf(values: PillarEditValues): Field[] {
  return [
    "label",
    "name",
    "description",
    "reason",
    "pillar.name",
    "pillar.description",
    ...values.pillar.indicators.flatMap((indicator, i) => [
      `pillar.indicators.${i}.code` as const,
      `pillar.indicators.${i}.weight` as const,
      ...INDICATOR_TEXTS.map((f) => `pillar.indicators.${i}.${f}` as const),
      ...indicator.levels.map((_, l) => `pillar.indicators.${i}.levels.${l}` as const),
    ]),
  ];
}

/**
 * The editor of one pillar of a framework version in one language: for a draft, its label, codes
 * and weights too (saved as an edit of the draft); for the published version, the texts only and a
 * reason (saved as an audited text revision). Problems are shown at their fields; leaving the page
 * with unsaved changes asks first. After a save the page opens again with a notice.
 */
export function FrameworkEditor({
  mode,
  fingerprint,
  values,
  reference,
  reasonMax,
  save,
  onSaved,
}: {
  mode: "draft" | "revision";
  fingerprint: string;
  values: PillarEditValues;
  /** The same pillar in English, when another language is edited. */
  reference: PillarEditValues | null;
  reasonMax: number;
  save: (input: Values) => Promise<FrameworkEditActionResult>;
  onSaved: (result: Extract<FrameworkEditActionResult, { ok: true }>) => void;
}) {
  const t = useTranslations("admin.frameworks");
  const language: Locale = values.language;
  const [formError, setFormError] = useState<{ message: string; issues?: DocumentIssue[]; focus?: boolean } | null>(null);
  const [takenLabel, setTakenLabel] = useState("");
  const errorRef = useRef<HTMLDivElement>(null);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<Values>({ resolver, defaultValues: { ...values, mode, fingerprint, reason: "" }, shouldFocusError: true });
  const fields = fieldsOf(values);

  // Unsaved changes: leaving the page (reload, the selector above, another address) asks first,
  // and so do the links of the page, which the browser's own question does not cover.
  const [saved, setSaved] = useState(false);
  const hasUnsaved = isDirty && !isSubmitting && !saved;
  useEffect(() => {
    if (!hasUnsaved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || !(event.target instanceof Element)) return;
      const link = event.target.closest("a[href]");
      if (link && !link.hasAttribute("download") && !window.confirm(t("edit.unsavedConfirm"))) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [hasUnsaved, t]);
  // A failure shown at no field takes the focus, so it is read.
  useEffect(() => {
    if (formError?.focus) errorRef.current?.focus();
  }, [formError]);

  function showFailure(result: Failure) {
    if (result.error === "FRAMEWORK_VERSION_EXISTS") {
      setTakenLabel(result.values?.label ?? "");
      setError("label", { message: "labelTaken" });
      setFocus("label");
      return;
    }
    const shown = showFieldErrors(result, fields, setError);
    if (shown) {
      const first = fields.find((f) => result.fields?.[f]);
      if (first) setFocus(first);
    }
    let message: string;
    if (result.error === "CONFLICT" && result.reason === "changedMeanwhile") message = t("edit.errors.changedMeanwhile");
    else if (result.error === "INVALID_INPUT" && result.reason === "noChange") message = t("edit.errors.noChange");
    else if (result.error === "FRAMEWORK_INVALID" || (result.error === "INVALID_INPUT" && shown)) message = t("edit.errors.invalid");
    else message = failureMessage(t, result);
    setFormError({ message, issues: result.issues, focus: !shown });
  }

  async function onSubmit(input: Values) {
    setFormError(null);
    let result: FrameworkEditActionResult;
    try {
      result = await save(input);
    } catch {
      setFormError({ message: t("errors.other"), focus: true });
      return;
    }
    if (!result.ok) return showFailure(result);
    setSaved(true);
    onSaved(result);
  }

  const fieldError = (field: Field): string | undefined => {
    const error: { message?: unknown } | undefined = get(errors, field);
    const key = typeof error?.message === "string" ? error.message : undefined;
    if (!key) return undefined;
    if (key === "labelTaken") return t("edit.validation.labelTaken", { label: takenLabel });
    if (KNOWN_KEYS.has(key)) return t(`edit.validation.${key}`, { max: reasonMax });
    // A problem the schema words otherwise (a wrong type): said by what the field is.
    const kind = field === "label" ? "label" : field.endsWith(".code") ? "code" : field.endsWith(".weight") ? "weight" : "text";
    return t(`edit.validation.${kind}`);
  };
  const ref = (path: string): string | undefined => (reference ? (get(reference, path) as string | undefined) : undefined);
  const text = (field: Field, label: string, multiline = true) => (
    <FrameworkTextField
      key={field}
      id={`edit-${field.replaceAll(".", "-")}`}
      label={label}
      language={language}
      reference={ref(field)}
      referenceLabel={t("edit.reference")}
      error={fieldError(field)}
      multiline={multiline}
      defaultValue={get(values, field) as string}
      registration={register(field)}
    />
  );
  const select = "rounded border border-line bg-white px-3 py-2 aria-[invalid=true]:border-danger";
  const isDraft = mode === "draft";

  return (
    <form onSubmit={handleSubmit(onSubmit)} onFocus={resolver.preload} noValidate className="space-y-6" data-testid="framework-editor">
      {formError && (
        <div ref={errorRef} tabIndex={-1} className="space-y-2" data-testid="framework-editor-error">
          <ErrorAlert>{formError.message}</ErrorAlert>
          {formError.issues && formError.issues.length > 0 && (
            // The validator's own words, in English, with each problem's path in the document.
            <ul className="list-disc space-y-1 ps-6 text-sm" lang="en" data-testid="framework-editor-issues">
              {formError.issues.map((issue, i) => (
                <li key={i}>
                  <code className="font-mono" dir="ltr">
                    {issue.path || "(document)"}
                  </code>
                  : {issue.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <fieldset className="space-y-4 rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6">
        <legend className="px-1 text-lg font-semibold">{t("edit.versionHeading")}</legend>
        {isDraft && (
          <div>
            <label htmlFor="edit-label" className="mb-1 block font-medium">
              {t("edit.label")}
            </label>
            <p id="edit-label-hint" className="mb-1 text-sm text-muted">
              {t("edit.labelHint")}
            </p>
            <input
              id="edit-label"
              type="text"
              dir="ltr"
              autoComplete="off"
              spellCheck={false}
              className={`${select} w-full font-mono`}
              defaultValue={values.label}
              aria-invalid={fieldError("label") ? true : undefined}
              aria-describedby={fieldError("label") ? "edit-label-hint edit-label-error" : "edit-label-hint"}
              {...register("label")}
            />
            {fieldError("label") && (
              <p id="edit-label-error" className="mt-1 text-sm text-danger">
                {fieldError("label")}
              </p>
            )}
          </div>
        )}
        {text("name", t("edit.versionName"), false)}
        {text("description", t("edit.versionDescription"))}
      </fieldset>

      <fieldset className="space-y-4 rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6">
        <legend className="px-1 text-lg font-semibold">{t("edit.pillarHeading", { code: values.pillarCode })}</legend>
        {text("pillar.name", t("edit.pillarName"), false)}
        {text("pillar.description", t("edit.pillarDescription"))}
      </fieldset>

      {values.pillar.indicators.map((indicator, i) => {
        const at = `pillar.indicators.${i}` as const;
        const codeError = fieldError(`${at}.code`);
        const weightError = fieldError(`${at}.weight`);
        return (
          <fieldset key={i} className="space-y-4 rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6" data-testid="framework-editor-indicator" data-code={indicator.code}>
            <legend className="px-1 text-lg font-semibold">{t("edit.indicatorHeading", { code: indicator.code })}</legend>
            <div className="grid gap-4 sm:grid-cols-3">
              {isDraft ? (
                <div>
                  <label htmlFor={`edit-${i}-code`} className="mb-1 block font-medium">
                    {t("edit.code")}
                  </label>
                  <input
                    id={`edit-${i}-code`}
                    type="text"
                    dir="ltr"
                    autoComplete="off"
                    spellCheck={false}
                    className={`${select} w-full font-mono`}
                    defaultValue={indicator.code}
                    aria-invalid={codeError ? true : undefined}
                    aria-describedby={codeError ? `edit-${i}-code-error` : undefined}
                    {...register(`${at}.code`)}
                  />
                  {codeError && (
                    <p id={`edit-${i}-code-error`} className="mt-1 text-sm text-danger">
                      {codeError}
                    </p>
                  )}
                </div>
              ) : (
                <p>
                  <span className="block font-medium">{t("edit.code")}</span> <span className="font-mono" dir="ltr">{indicator.code}</span>
                </p>
              )}
              {isDraft ? (
                <div>
                  <label htmlFor={`edit-${i}-weight`} className="mb-1 block font-medium">
                    {t("edit.weight")}
                  </label>
                  <select
                    id={`edit-${i}-weight`}
                    className={`${select} w-full`}
                    defaultValue={indicator.weight}
                    aria-invalid={weightError ? true : undefined}
                    aria-describedby={weightError ? `edit-${i}-weight-error` : undefined}
                    {...register(`${at}.weight`, { setValueAs: (v: unknown) => Number(v) })}
                  >
                    {[1, 2, 3].map((w) => (
                      <option key={w} value={w}>
                        {t(`edit.weights.${w}`)}
                      </option>
                    ))}
                  </select>
                  {weightError && (
                    <p id={`edit-${i}-weight-error`} className="mt-1 text-sm text-danger">
                      {weightError}
                    </p>
                  )}
                </div>
              ) : (
                <p>
                  <span className="block font-medium">{t("edit.weight")}</span> {t(`edit.weights.${indicator.weight}`)}
                </p>
              )}
              <p>
                <span className="block font-medium">{t("edit.levelCount")}</span> {indicator.levels.length}
              </p>
            </div>
            {text(`${at}.title`, t("edit.title"), false)}
            {text(`${at}.question`, t("edit.question"))}
            {text(`${at}.guidance`, t("edit.guidance"))}
            {text(`${at}.evidenceGuidance`, t("edit.evidenceGuidance"))}
            {indicator.levels.map((_, l) => text(`${at}.levels.${l}`, t("edit.level", { level: l })))}
          </fieldset>
        );
      })}

      <div className="space-y-4 rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6">
        {!isDraft && (
          <div>
            <label htmlFor="edit-reason" className="mb-1 block font-medium">
              {t("edit.reason")}
            </label>
            <p id="edit-reason-hint" className="mb-1 text-sm text-muted">
              {t("edit.reasonHint", { max: reasonMax })}
            </p>
            <textarea
              id="edit-reason"
              rows={2}
              maxLength={reasonMax}
              className={`${select} w-full`}
              aria-invalid={fieldError("reason") ? true : undefined}
              aria-describedby={fieldError("reason") ? "edit-reason-hint edit-reason-error" : "edit-reason-hint"}
              {...register("reason")}
            />
            {fieldError("reason") && (
              <p id="edit-reason-error" className="mt-1 text-sm text-danger">
                {fieldError("reason")}
              </p>
            )}
          </div>
        )}
        <p role="status" className="text-sm text-muted" data-testid="framework-editor-dirty">
          {isDirty ? t("edit.unsaved") : ""}
        </p>
        <PrimaryButton type="submit" pending={isSubmitting} label={isDraft ? t("edit.saveDraft") : t("edit.saveRevision")} pendingLabel={t("edit.saving")} fullWidth={false} />
      </div>
    </form>
  );
}

/**
 * The editor with the notice of the last save: the editor opens again on the saved version (its
 * fingerprint changes, so it starts afresh from the stored texts) while the notice, which takes the
 * focus, stays.
 */
export function FrameworkEditorPanel(props: Omit<Parameters<typeof FrameworkEditor>[0], "onSaved"> & { versionHref: string; revisionsHref: string }) {
  const t = useTranslations("admin.frameworks");
  const router = useRouter();
  const [notice, setNotice] = useState<Extract<FrameworkEditActionResult, { ok: true }> | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  const { versionHref, revisionsHref, ...editor } = props;
  const link = "text-brand underline underline-offset-4";
  return (
    <div className="space-y-6">
      {notice && (
        <p ref={noticeRef} tabIndex={-1} role="status" className="rounded border border-ok bg-green-50 px-3 py-2 text-ok" data-testid="framework-editor-saved">
          {notice.mode === "draft" ? t("edit.savedDraft", { label: notice.label }) : t("edit.savedRevision", { count: notice.changes })}{" "}
          <Link href={notice.mode === "draft" ? versionHref : revisionsHref} className={link}>
            {notice.mode === "draft" ? t("edit.seeDiff") : t("edit.seeRevisions")}
          </Link>
        </p>
      )}
      <FrameworkEditor
        key={props.fingerprint}
        {...editor}
        onSaved={(result) => {
          setNotice(result);
          router.refresh();
        }}
      />
    </div>
  );
}
