// Download names and headers of exports: `cybercap-<ISO2>-<cycle>-<what>.<ext>`, ASCII only (a
// cycle is digits and a dash; anything else is dropped), with the RFC 8187 `filename*` beside it.
import { contentDisposition } from "../evidence/download-headers";

function slug(part: string): string {
  return part
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-|-$/g, "");
}

/** E.g. exportFileName({ parts: ["KE", "2026"], what: "answers", ext: "xlsx" }) = "cybercap-KE-2026-answers.xlsx". */
export function exportFileName(input: { parts: readonly string[]; what: string; ext: string }): string {
  const parts = ["cybercap", ...input.parts, input.what].map(slug).filter((p) => p !== "");
  return `${parts.join("-")}.${slug(input.ext) || "bin"}`;
}

export const CONTENT_TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
} as const;

/** Headers of an export download: an attachment, never cached by a shared cache, not sniffed. */
export function exportHeaders(fileName: string, contentType: string): Headers {
  return new Headers({
    "content-type": contentType,
    "content-disposition": contentDisposition(fileName),
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
  });
}
