"use client";
// Uploading a filled-in offline questionnaire: the file is sent to the preview route (with upload
// progress), the preview is shown row by row (errors, conflicts, other respondents' pillars), and
// "Save" sends the same file to the apply route. Nothing is kept on the server in between.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { PrimaryButton } from "@/components/ui/primary-button";
import { ErrorAlert } from "@/components/ui/error-alert";

type Status = "unchanged" | "change" | "invalid" | "conflict" | "notAssigned";
interface AnswerView {
  kind: "LEVEL" | "NOT_APPLICABLE" | "DONT_KNOW" | null;
  level: number | null;
  notApplicableReason: string | null;
  justification: string | null;
}
interface Row {
  indicatorId: string;
  code: string;
  title: string;
  sheet: string;
  row: number;
  status: Status;
  errors: Record<string, string>;
  current: AnswerView | null;
  proposed: AnswerView | null;
}
interface Preview {
  rows: Row[];
  counts: Record<Status, number>;
  applied?: number;
}
type Phase = { name: "idle" } | { name: "uploading"; percent: number } | { name: "checking" } | { name: "applying" };

/** POSTs the file with upload progress (fetch has none); resolves with the status and the JSON. */
function send(url: string, file: File, onProgress: (percent: number) => void): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      try {
        resolve({ status: xhr.status, body: JSON.parse(xhr.responseText) as unknown });
      } catch {
        resolve({ status: xhr.status, body: null });
      }
    };
    xhr.onerror = () => reject(new Error("network"));
    xhr.send(file);
  });
}

export function WorkbookUpload({ roundId }: { roundId: string }) {
  const t = useTranslations("workbook.page");
  const tq = useTranslations("questionnaire");
  const tv = useTranslations("validation");
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ name: "idle" });
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = phase.name !== "idle";

  const answerText = (a: AnswerView | null) => {
    if (!a || a.kind === null) return t("noAnswer");
    if (a.kind === "NOT_APPLICABLE") return tq("notApplicable");
    if (a.kind === "DONT_KNOW") return tq("dontKnow");
    return tq("levelLabel", { level: a.level ?? 0, name: tq(`levelNames.${a.level ?? 0}`) });
  };

  const explain = (body: unknown): string => {
    const e = (body as { error?: { message?: string; details?: { reason?: string; cells?: string[] } } } | null)?.error;
    const reason = e?.details?.reason;
    if (reason && t.has(`reasons.${reason}`)) return t(`reasons.${reason}`, { cells: (e?.details?.cells ?? []).join(", ") });
    return e?.message ?? t("failed");
  };

  async function run(kind: "preview" | "apply") {
    if (!file) return;
    setError(null);
    setPhase(kind === "preview" ? { name: "uploading", percent: 0 } : { name: "applying" });
    try {
      const { status, body } = await send(`/api/v1/rounds/${roundId}/workbook/${kind}`, file, (percent) =>
        setPhase(percent >= 100 ? (kind === "preview" ? { name: "checking" } : { name: "applying" }) : kind === "preview" ? { name: "uploading", percent } : { name: "applying" }),
      );
      if (status !== 200) {
        setError(explain(body));
        if (kind === "preview") setPreview(null);
        return;
      }
      setPreview(body as Preview);
    } catch {
      setError(t("failed"));
    } finally {
      setPhase({ name: "idle" });
    }
  }

  const pendingLabel = phase.name === "uploading" ? t("uploading", { percent: phase.percent }) : phase.name === "checking" ? t("checking") : t("applying");
  const toSave = preview?.counts.change ?? 0;

  return (
    <div className="space-y-4">
      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          void run("preview");
        }}
      >
        <label className="block space-y-1">
          <span className="font-medium">{t("fileLabel")}</span>
          <input
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="block w-full text-sm"
            data-testid="workbook-file"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPreview(null);
              setError(null);
            }}
          />
        </label>
        <div className="max-w-xs">
          <PrimaryButton type="submit" pending={busy} label={t("check")} pendingLabel={pendingLabel} data-testid="workbook-check" />
        </div>
      </form>
      <p role="status" aria-live="polite" className="text-sm text-muted" data-testid="workbook-progress">
        {busy ? pendingLabel : ""}
      </p>
      {error && <ErrorAlert testId="workbook-error">{error}</ErrorAlert>}
      {preview && (
        <section aria-labelledby="workbook-preview-h" className="space-y-3" data-testid="workbook-preview">
          <h2 id="workbook-preview-h" className="text-xl font-semibold">{t("previewTitle")}</h2>
          {preview.applied !== undefined && (
            <p role="status" className="text-ok" data-testid="workbook-applied">{t("applied", { count: preview.applied })}</p>
          )}
          <p data-testid="workbook-summary">{t("summary", { ...preview.counts })}</p>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <thead>
                <tr className="border-b border-line text-start">
                  <th scope="col" className="p-2 text-start">{t("indicator")}</th>
                  <th scope="col" className="p-2 text-start">{t("place")}</th>
                  <th scope="col" className="p-2 text-start">{t("status")}</th>
                  <th scope="col" className="p-2 text-start">{t("current")}</th>
                  <th scope="col" className="p-2 text-start">{t("proposed")}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows
                  .filter((r) => r.status !== "unchanged")
                  .map((r) => (
                    <tr key={r.indicatorId} className="border-b border-line align-top" data-testid={`workbook-row-${r.code}`} data-status={r.status}>
                      <th scope="row" className="p-2 text-start font-normal">
                        <span className="font-mono">{r.code}</span> {r.title}
                      </th>
                      <td className="p-2">{r.sheet}, {r.row}</td>
                      <td className="p-2">
                        {t(`statuses.${r.status}`)}
                        {Object.values(r.errors).map((key) => (
                          <span key={key} className="block text-danger">{tv.has(key) ? tv(key) : tv("invalid")}</span>
                        ))}
                      </td>
                      <td className="p-2">{answerText(r.current)}</td>
                      <td className="p-2">{answerText(r.proposed)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
          {preview.applied === undefined &&
            (toSave > 0 ? (
              <div className="max-w-xs">
                <PrimaryButton pending={busy} label={t("apply", { count: toSave })} pendingLabel={pendingLabel} onClick={() => void run("apply")} data-testid="workbook-apply" />
              </div>
            ) : (
              <p>{t("nothingToApply")}</p>
            ))}
        </section>
      )}
    </div>
  );
}
