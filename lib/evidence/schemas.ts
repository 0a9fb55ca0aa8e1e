// Evidence input shared by the questionnaire's evidence form (react-hook-form, lazy resolver) and the
// server. Error messages are catalogue keys under `validation.`. zod/mini with named imports, like
// the answer schema: the form loads it with the answer's, in the same small chunk.
import { maxLength, minLength, nullable, object, optional, overwrite, refine, string, trim, uuid, type output } from "zod/mini";
import { plainText } from "../validation/text";

export const EVIDENCE_URL_MAX = 2000;
export const EVIDENCE_TITLE_MAX = 200;

/**
 * Only web links: evidence URLs are rendered as links for reviewers, so `javascript:`, `data:` or
 * `file:` must never get in. Whitespace and control characters are refused rather than dropped
 * (the URL parser would silently remove some of them, and store something other than what was seen).
 */
export function isWebUrl(value: string): boolean {
  if (/[\s\p{Cc}]/u.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/**
 * People paste links as they read them: `police.example.org/unit`. A link without a scheme gets
 * `https://` (what any site reached today serves); `http://` is kept when given. A value that names
 * another scheme (`javascript:`, `data:`, `mailto:`) is left as it is, for isWebUrl to refuse: it
 * must not become `https://javascript:…`. `host:8080/path` is a host and a port, not a scheme.
 */
export function normaliseUrl(value: string): string {
  const url = value.trim();
  if (url === "" || /^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return url;
  if (url.startsWith("//")) return `https:${url}`;
  const scheme = /^([a-z][a-z0-9+.-]*):(.?)/i.exec(url);
  if (scheme && !/\d/.test(scheme[2])) return url;
  return `https://${url}`;
}

/** An optional title: absent, null (what the form sends for an empty field) or text. */
export const ZEvidenceTitle = optional(nullable(string().check(plainText(), trim(), maxLength(EVIDENCE_TITLE_MAX, { error: "tooLong" }))));

export const ZLinkEvidence = object({
  url: string({ error: "url" }).check(
    plainText(),
    trim(),
    minLength(1, { error: "required" }),
    maxLength(EVIDENCE_URL_MAX, { error: "tooLong" }),
    overwrite(normaliseUrl),
    refine(isWebUrl, { error: "url" }),
  ),
  title: ZEvidenceTitle,
});
export type TLinkEvidence = output<typeof ZLinkEvidence>;

/** What accompanies an uploaded file (the file itself is checked by file-check.ts). */
export const ZFileEvidence = object({
  title: ZEvidenceTitle,
});
export type TFileEvidence = output<typeof ZFileEvidence>;

/** Ids in URLs: anything that is not a UUID cannot name a row, and must not reach a uuid column. */
export const ZEvidenceId = uuid();
