"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { ErrorAlert } from "@/components/ui/error-alert";
import { PrimaryButton } from "@/components/ui/primary-button";
import type { FrameworkImportActionResult } from "@/app/(app)/admin/frameworks/actions";

type Failure = Extract<FrameworkImportActionResult, { ok: false }>;

/**
 * Imports a framework document (a .json file) as a new draft: the file goes to the server action,
 * which parses and validates it. A label in use is shown at the file field; a document's problems
 * are listed with their paths; on success the draft's page opens, with its diff.
 */
export function FrameworkImportForm({ maxBytes, sizeLabel, importDocument }: { maxBytes: number; sizeLabel: string; importDocument: (form: FormData) => Promise<FrameworkImportActionResult> }) {
  const t = useTranslations("admin.frameworks");
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ message: string; issues: Failure["issues"] } | null>(null);

  function show(result: Failure) {
    const values = { size: sizeLabel, ...result.values };
    if (result.error === "noFile" || result.error === "notJson" || result.error === "PAYLOAD_TOO_LARGE" || result.error === "FRAMEWORK_VERSION_EXISTS") {
      const key = result.error === "noFile" || result.error === "notJson" ? `errors.reasons.${result.error}` : `errors.${result.error}`;
      setFieldError(t(key, values));
      input.current?.focus();
      return;
    }
    const message = result.error === "INTERNAL" ? t("errors.INTERNAL", { requestId: result.requestId ?? "-" }) : t.has(`errors.${result.error}`) ? t(`errors.${result.error}`) : t("errors.other");
    setFailure({ message, issues: result.issues });
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFieldError(null);
    setFailure(null);
    const file = input.current?.files?.[0];
    if (!file) return show({ ok: false, error: "noFile" });
    if (file.size > maxBytes) return show({ ok: false, error: "PAYLOAD_TOO_LARGE" });
    setBusy(true);
    try {
      const form = new FormData();
      form.set("document", file);
      const result = await importDocument(form);
      if (result.ok) {
        router.push(`/admin/frameworks/${result.id}`);
        return;
      }
      show(result);
    } catch {
      setFailure({ message: t("errors.other"), issues: undefined });
    } finally {
      setBusy(false);
    }
  }

  const describedBy = ["framework-file-hint", fieldError ? "framework-file-error" : null].filter(Boolean).join(" ");
  return (
    <section aria-labelledby="framework-import-heading" className="space-y-3 rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6">
      <h2 id="framework-import-heading" className="text-xl font-semibold">
        {t("import.heading")}
      </h2>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-3" data-testid="framework-import-form">
        <div className="space-y-1">
          <label htmlFor="framework-file" className="block font-medium">
            {t("import.file")}
          </label>
          <p id="framework-file-hint" className="text-sm text-muted">
            {t("import.intro", { size: sizeLabel })}
          </p>
          <input
            ref={input}
            id="framework-file"
            name="document"
            type="file"
            accept=".json,application/json"
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={describedBy}
            className="block w-full rounded border border-line px-3 py-2"
          />
          {fieldError && (
            <p id="framework-file-error" className="text-sm text-danger" data-testid="framework-file-error">
              {fieldError}
            </p>
          )}
        </div>
        {failure && (
          <div className="space-y-2" data-testid="framework-import-failure">
            <ErrorAlert>{failure.message}</ErrorAlert>
            {failure.issues && failure.issues.length > 0 && (
              <div className="space-y-1">
                <p className="font-medium">{t("import.issuesHeading", { count: failure.issues.length })}</p>
                {/* The validator's own words, in English, with the path of each problem in the document. */}
                <ul className="max-h-80 list-disc space-y-1 overflow-y-auto ps-6 text-sm" lang="en" data-testid="framework-issues" tabIndex={0} aria-label={t("import.issuesHeading", { count: failure.issues.length })}>
                  {failure.issues.map((issue, i) => (
                    <li key={i}>
                      <code className="font-mono" dir="ltr">{issue.path || "(document)"}</code>: {issue.message}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        )}
        <PrimaryButton type="submit" pending={busy} label={t("import.submit")} pendingLabel={t("import.submitting")} fullWidth={false} />
      </form>
    </section>
  );
}
