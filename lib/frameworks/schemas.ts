// A text revision of a published framework version, as POST /api/v1/frameworks/<id>/revisions takes
// it: why, and the corrected document. The document is checked by its own schema
// (ZFrameworkDocument, lib/frameworks/document.ts) in the service, so that its problems come back as
// FRAMEWORK_INVALID with their paths, like an import's.
//
// And the administrators' editor (/admin/frameworks/<id>/edit): one pillar of a version in one
// language at a time (the whole document, six languages, is too large for a page), shared by the
// form's resolver and the server (lib/frameworks/edit.ts), which merges it into the stored document
// and checks the whole again. Messages are keys under admin.frameworks.edit.validation.
import { array, enum as zEnum, int, maxLength, minLength, number, object, refine, regex, string, trim, unknown, type output } from "zod/mini";
import { LOCALES } from "../i18n/config";
import { plainText } from "../validation/text";
import { ZFrameworkDocument, ZIndicatorDocument } from "./document";

export const TEXT_REVISION_REASON_MAX = 500;

const ZReason = string({ error: "required" }).check(plainText(), trim(), maxLength(TEXT_REVISION_REASON_MAX, { error: "tooLong" }));

export const ZFrameworkTextRevision = object({
  reason: ZReason.check(minLength(1, { error: "required" })),
  document: unknown(),
});
export type TFrameworkTextRevision = output<typeof ZFrameworkTextRevision>;

/** One text of the editor, in its one language: the document's rule (present, not empty). */
const ZEditText = string({ error: "text" }).check(plainText(), trim(), minLength(1, { error: "text" }));

/** The document's own rule for a field, with the editor's message key. */
function documentRule<T>(schema: { safeParse(value: unknown): { success: boolean } }, key: string) {
  return refine<T>((value) => schema.safeParse(value).success, { error: key });
}

export const ZFrameworkEditIndicator = object({
  code: string({ error: "code" }).check(trim(), documentRule<string>(ZIndicatorDocument.shape.code, "code")),
  weight: number({ error: "weight" }).check(int({ error: "weight" }), documentRule<number>(ZIndicatorDocument.shape.weight, "weight")),
  title: ZEditText,
  question: ZEditText,
  guidance: ZEditText,
  evidenceGuidance: ZEditText,
  levels: array(ZEditText),
});

/**
 * One pillar of a version, in one language. `mode` is what the editor was opened for: a draft's
 * edit (label, codes and weights too) or a text revision of the published version (texts only,
 * with a reason; the structural fields are sent as they were and ignored). `fingerprint` is the
 * stored document's (documentFingerprint) when the page was opened: a save over a version that
 * changed meanwhile is refused rather than merged into what the editor never showed.
 */
export const ZFrameworkPillarEdit = object({
  mode: zEnum(["draft", "revision"]),
  fingerprint: string().check(regex(/^[0-9a-f]{64}$/)),
  language: zEnum(LOCALES),
  pillarCode: string().check(maxLength(16)),
  reason: ZReason,
  label: string({ error: "label" }).check(trim(), documentRule<string>(ZFrameworkDocument.shape.version, "label")),
  name: ZEditText,
  description: ZEditText,
  pillar: object({
    name: ZEditText,
    description: ZEditText,
    indicators: array(ZFrameworkEditIndicator).check(minLength(1), maxLength(200)),
  }),
}).check(refine((edit) => edit.mode !== "revision" || edit.reason.length > 0, { path: ["reason"], error: "required" }));
export type TFrameworkPillarEdit = output<typeof ZFrameworkPillarEdit>;
