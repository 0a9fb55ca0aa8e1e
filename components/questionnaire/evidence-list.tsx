"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { TextField } from "@/components/ui/text-field";
import type { TLinkEvidence } from "@/lib/evidence/schemas";
import { lazyZodResolver } from "@/lib/forms/lazy-resolver";
import type { EvidenceView } from "./types";

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = ".pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.txt,.csv";

type ApiEvidence = { id: string; kind: "LINK" | "FILE"; title: string | null; url: string | null; fileName: string | null; sizeBytes: number | null };
type ApiError = { code?: string; message?: string; fields?: Record<string, string> };

/**
 * The link form is checked by the same schema as the server (lib/evidence/schemas.ts), loaded on
 * first use: the form sends what the schema made of the input (a link without a scheme gets
 * `https://`), and the server, parsing again, gets the same.
 */
const linkResolver = lazyZodResolver<TLinkEvidence>(() => import("@/lib/evidence/schemas").then((m) => m.ZLinkEvidence));
const LINK_FIELDS = ["url", "title"] as const;

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
  const tv = useTranslations("validation");
  const uid = useId();
  const [items, setItems] = useState<EvidenceView[]>(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const linkForm = useForm<TLinkEvidence>({ resolver: linkResolver, defaultValues: { url: "", title: "" } });
  const endpoint = `/api/v1/rounds/${roundId}/answers/${indicatorId}/evidence`;
  /** A message key in the reader's language; a key the catalogue does not know reads as "not valid". */
  const translate = (key: string | undefined) => (key === undefined ? undefined : tv.has(key) ? tv(key) : tv("invalid"));

  async function call(init: RequestInit, target = endpoint): Promise<{ ok: boolean; evidence: ApiEvidence | null; error?: ApiError }> {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(target, init);
      const body = (await response.json().catch(() => null)) as { evidence?: ApiEvidence; error?: ApiError } | (ApiEvidence & { error?: undefined }) | null;
      if (!response.ok) {
        // Problems with a field of the link form show at that field; the rest below the list.
        const fields = body?.error?.fields ?? {};
        if (!LINK_FIELDS.some((f) => f in fields)) setError(body?.error?.message ?? t("failed"));
        return { ok: false, evidence: null, error: body?.error };
      }
      return { ok: true, evidence: body && "evidence" in body && body.evidence ? body.evidence : (body as ApiEvidence | null) };
    } catch {
      setError(t("offline"));
      return { ok: false, evidence: null };
    } finally {
      setBusy(false);
    }
  }

  const addLink = linkForm.handleSubmit(async (link) => {
    const { evidence: created, error: refused } = await call({
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ url: link.url, title: link.title || null }),
    });
    if (created) {
      setItems((list) => [...list, created]);
      linkForm.reset();
    }
    for (const field of LINK_FIELDS) {
      const key = refused?.fields?.[field];
      if (key) linkForm.setError(field, { message: key });
    }
  });
  const linkErrors = linkForm.formState.errors;

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
    const { ok } = await call({ method: "DELETE" }, `/api/v1/evidence/${id}`);
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
                // A bare URL reads left to right in every language; a title follows its own script.
                <a href={item.url ?? "#"} target="_blank" rel="noopener noreferrer nofollow" dir={item.title ? "auto" : "ltr"} className="text-brand underline">
                  {item.title || item.url}
                </a>
              ) : (
                <a href={`/api/v1/evidence/${item.id}`} className="text-brand underline">
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
          {/* noValidate: the shared schema checks the link (the browser's own check of type="url" would
              refuse a link without https:// that the schema completes). type="url" stays for the
              keyboard it brings up on phones; the URL reads left to right in every language. */}
          <form onSubmit={(e) => void addLink(e)} noValidate className="flex flex-wrap items-start gap-2" onFocus={linkResolver.preload}>
            <div className="min-w-48 flex-1">
              <TextField id={`${uid}-url`} type="url" inputMode="url" autoComplete="url" label={t("url")} placeholder="https://" error={translate(linkErrors.url?.message)} {...linkForm.register("url")} />
            </div>
            <div className="min-w-48 flex-1">
              <TextField id={`${uid}-title`} type="text" label={t("linkTitle")} error={translate(linkErrors.title?.message)} {...linkForm.register("title")} />
            </div>
            <button type="submit" disabled={busy} className="mt-8 rounded border border-brand px-3 py-2 text-brand">{t("addLink")}</button>
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
