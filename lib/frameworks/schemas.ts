// A text revision of a published framework version, as POST /api/v1/frameworks/<id>/revisions takes
// it (and, later, the administrators' form): why, and the corrected document. The document is
// checked by its own schema (ZFrameworkDocument, lib/frameworks/document.ts) in the service, so that
// its problems come back as FRAMEWORK_INVALID with their paths, like an import's.
import { maxLength, minLength, object, string, trim, unknown, type output } from "zod/mini";
import { plainText } from "../validation/text";

export const TEXT_REVISION_REASON_MAX = 500;

export const ZFrameworkTextRevision = object({
  reason: string({ error: "required" }).check(plainText(), trim(), minLength(1, { error: "required" }), maxLength(TEXT_REVISION_REASON_MAX, { error: "tooLong" })),
  document: unknown(),
});
export type TFrameworkTextRevision = output<typeof ZFrameworkTextRevision>;
