import { z } from "zod";

// Evidence input shared by the questionnaire form (react-hook-form resolver) and the server. Error
// messages are catalogue keys under `validation.`.

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

export const ZEvidenceTitle = z.string().trim().max(EVIDENCE_TITLE_MAX, "tooLong");

export const ZLinkEvidence = z.object({
  url: z.string({ message: "url" }).trim().min(1, "required").max(EVIDENCE_URL_MAX, "tooLong").refine(isWebUrl, "url"),
  title: ZEvidenceTitle.optional(),
});
export type TLinkEvidence = z.infer<typeof ZLinkEvidence>;

/** What accompanies an uploaded file (the file itself is checked by file-check.ts). */
export const ZFileEvidence = z.object({
  title: ZEvidenceTitle.optional(),
});
export type TFileEvidence = z.infer<typeof ZFileEvidence>;

/** Ids in URLs: anything that is not a UUID cannot name a row, and must not reach a uuid column. */
export const ZEvidenceId = z.uuid();
