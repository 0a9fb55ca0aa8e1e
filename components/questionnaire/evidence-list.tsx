"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import type { EvidenceView } from "./types";

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = ".pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.txt,.csv";

type ApiEvidence = { id: string; kind: "LINK" | "FILE"; title: string | null; url: string | null; fileName: string | null; sizeBytes: number | null };

/** Evidence of one answer: links and files. Each change is sent at once (not autosaved). */
export function EvidenceList({
  roundId,
  indicatorId,
  initial,
  canEdit,
  guidance,
  textLang,
}: {
  roundId: string;
  indicatorId: string;
  initial: EvidenceView[];
  canEdit: boolean;
  guidance: string;
  textLang: string | null;
}) {
  const t = useTranslations("questionnaire.evidence");
  const uid = useId();
  const [items, setItems] = useState<EvidenceView[]>(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [url, setUrl] = useState("");
  const [title, setTitle] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);
  const endpoint = `/api/rounds/${roundId}/answers/${indicatorId}/evidence`;

  async function call(init: RequestInit, target = endpoint): Promise<{ ok: boolean; evidence: ApiEvidence | null }> {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(target, init);
      const body = (await response.json().catch(() => null)) as { evidence?: ApiEvidence; error?: { message: string } } | (ApiEvidence & { error?: undefined }) | null;
      if (!response.ok) {
        setError(body?.error?.message ?? t("failed"));
        return { ok: false, evidence: null };
      }
      return { ok: true, evidence: body && "evidence" in body && body.evidence ? body.evidence : (body as ApiEvidence | null) };
    } catch {
      setError(t("offline"));
      return { ok: false, evidence: null };
    } finally {
      setBusy(false);
    }
  }

  async function addLink(event: React.FormEvent) {
    event.preventDefault();
    const { evidence: created } = await call({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ url: url.trim(), title: title.trim() || null }) });
    if (created) {
      setItems((list) => [...list, created]);
      setUrl("");
      setTitle("");
    }
  }

  async function addFile(file: File) {
    if (file.size > MAX_BYTES) {
      setError(t("tooLarge"));
      return;
    }
    const data = new FormData();
    data.append("file", file);
    const { evidence: created } = await call({ method: "POST", body: data });
    if (created) setItems((list) => [...list, created]);
    if (fileInput.current) fileInput.current.value = "";
  }

  async function remove(id: string) {
    const { ok } = await call({ method: "DELETE" }, `/api/evidence/${id}`);
    if (ok) setItems((list) => list.filter((i) => i.id !== id));
  }

  return (
    <section aria-labelledby={`${uid}-h`} className="space-y-2 rounded border border-line p-3">
      <h3 id={`${uid}-h`} className="font-medium">{t("title")}</h3>
      <p className="text-sm text-muted" lang={textLang ?? undefined} dir={textLang ? "auto" : undefined}>{guidance}</p>
      {items.length > 0 ? (
        <ul className="space-y-1" data-testid="evidence-list">
          {items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center gap-2 text-sm">
              {item.kind === "LINK" ? (
                <a href={item.url ?? "#"} target="_blank" rel="noopener noreferrer nofollow" className="text-brand underline">
                  {item.title || item.url}
                </a>
              ) : (
                <a href={`/api/evidence/${item.id}`} className="text-brand underline">
                  {item.title || item.fileName}
                </a>
              )}
              {item.kind === "FILE" && item.sizeBytes !== null && <span className="text-muted">({Math.ceil(item.sizeBytes / 1024)} KB)</span>}
              {canEdit && (
                <button type="button" disabled={busy} onClick={() => void remove(item.id)} className="text-danger underline">
                  {t("remove")}
                  <span className="sr-only"> {item.title || item.fileName || item.url}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted">{t("none")}</p>
      )}
      {canEdit && (
        <div className="space-y-2">
          <form onSubmit={(e) => void addLink(e)} className="flex flex-wrap items-end gap-2">
            <div className="flex-1">
              <label htmlFor={`${uid}-url`} className="block text-sm">{t("url")}</label>
              <input id={`${uid}-url`} type="url" required value={url} onChange={(e) => setUrl(e.target.value)} className="w-full rounded border border-line p-1" placeholder="https://" />
            </div>
            <div className="flex-1">
              <label htmlFor={`${uid}-title`} className="block text-sm">{t("linkTitle")}</label>
              <input id={`${uid}-title`} type="text" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} className="w-full rounded border border-line p-1" />
            </div>
            <button type="submit" disabled={busy} className="rounded border border-brand px-3 py-1 text-brand">{t("addLink")}</button>
          </form>
          <div>
            <label htmlFor={`${uid}-file`} className="block text-sm">{t("file")}</label>
            <input
              id={`${uid}-file`}
              ref={fileInput}
              type="file"
              accept={ACCEPT}
              disabled={busy}
              aria-describedby={`${uid}-file-hint`}
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void addFile(file);
              }}
              className="text-sm"
            />
            <p id={`${uid}-file-hint`} className="text-xs text-muted">{t("fileHint")}</p>
          </div>
        </div>
      )}
      {error && <p role="alert" className="text-sm text-danger">{error}</p>}
    </section>
  );
}
