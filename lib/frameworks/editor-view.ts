import "server-only";
import { assertAdmin, type Actor } from "../authz";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { FrameworkStatus } from "../generated/prisma/enums";
import { localize, type Locale } from "../i18n/config";
import { isUuid } from "../ids";
import { documentFingerprint } from "./edit";
import { pillarEditValues, type PillarEditValues } from "./pillar-edit";
import { rowsToDocument, versionDocumentSelect } from "./rows";

// What the administrators' editor (/admin/frameworks/<id>/edit) opens with: one pillar of the
// version in one language, and the same pillar in English beside it, rather than the whole
// document (six languages, about 600 KB for framework 1.0) in the page. The save merges the pillar
// back into the stored document (lib/frameworks/edit.ts saveFrameworkPillarEdit).

export interface FrameworkEditorView {
  id: string;
  label: string;
  status: FrameworkStatus;
  /** The stored document's fingerprint, sent back with the save. */
  fingerprint: string;
  /** Every pillar, for the selector, named in the reader's language. */
  pillars: { code: string; name: { text: string; lang: Locale } }[];
  language: Locale;
  /** The pillar shown, in `language`; null for a retired version (it never changes). */
  values: PillarEditValues | null;
  /** The same in English, as reference, when `language` is another. */
  reference: PillarEditValues | null;
}

export async function getFrameworkEditor(actor: Actor, versionId: string, options: { pillar?: string; language: Locale; readerLocale: Locale }): Promise<FrameworkEditorView> {
  assertAdmin(actor);
  if (!isUuid(versionId)) throw new AppError("NOT_FOUND", "framework version");
  const row = await getDb().frameworkVersion.findUnique({ where: { id: versionId }, select: { id: true, status: true, ...versionDocumentSelect } });
  if (!row) throw new AppError("NOT_FOUND", "framework version");
  const document = rowsToDocument(row);
  const pillarCode = document.pillars.some((p) => p.code === options.pillar) ? options.pillar! : document.pillars[0].code;
  const editable = row.status !== "RETIRED";
  return {
    id: row.id,
    label: row.version,
    status: row.status,
    fingerprint: documentFingerprint(document),
    pillars: document.pillars.map((p) => ({ code: p.code, name: localize(p.name, options.readerLocale) })),
    language: options.language,
    values: editable ? pillarEditValues(document, pillarCode, options.language) : null,
    reference: editable && options.language !== "en" ? pillarEditValues(document, pillarCode, "en") : null,
  };
}
