import "server-only";
// Editing a framework version in place (issue 15, item 4): a DRAFT's whole content is replaced by
// an administrator's document (updateDraftFramework, also PUT /api/v1/frameworks/<id>/document), and
// the administrators' editor saves one pillar in one language at a time (saveFrameworkPillarEdit),
// merged into the stored document: into a draft as an edit, into the published version as a text
// revision (lib/frameworks/revise.ts, which refuses anything structural). Retired versions never
// change.
import { createHash } from "node:crypto";
import { recordAudit } from "../audit/service";
import { assertAdmin, type Actor } from "../authz";
import { getDb } from "../db";
import { isUniqueViolation } from "../db/errors";
import { AppError, isAppError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import type { Locale } from "../i18n/config";
import { isUuid } from "../ids";
import { parseInput } from "../api/parse";
import { parseFrameworkDocument, type DocumentIssue, type TFrameworkDocument } from "./document";
import { diffFrameworkDocuments } from "./diff";
import type { FrameworkImportResult } from "./import";
import { editFieldOfIssue, mergePillarEdit } from "./pillar-edit";
import { reviseFrameworkText } from "./revise";
import { rowsToDocument, versionDocumentSelect, writeVersionContent } from "./rows";
import { ZFrameworkPillarEdit } from "./schemas";

/** A draft after an edit, with its differences from the published version (as an import answers). */
export type FrameworkDraftResult = FrameworkImportResult;

/** Identifies a stored document's content: the editor's guard against saving over a newer version. */
export function documentFingerprint(document: TFrameworkDocument): string {
  return createHash("sha256").update(JSON.stringify(document)).digest("hex");
}

const labelTaken = (label: string, cause?: unknown) =>
  new AppError("FRAMEWORK_VERSION_EXISTS", `framework version ${label} exists`, { details: { label }, cause });

/**
 * Replaces a DRAFT version's label, texts, pillars, indicators and levels with `input` (a whole
 * framework document, validated like an import), keeping the version's id: administrators only;
 * 409 CONFLICT when the version is not a draft (or rounds are pinned to it, which only tests do),
 * 409 FRAMEWORK_VERSION_EXISTS for another version's label, 422 FRAMEWORK_INVALID with the issues.
 * `basedOn`, when given, is the fingerprint of the content the caller edited: a draft changed since
 * is refused (CONFLICT, reason `changedMeanwhile`). One transaction, with the audit event.
 */
export async function updateDraftFramework(actor: Actor, versionId: string, input: unknown, options: { basedOn?: string } = {}): Promise<FrameworkDraftResult> {
  assertAdmin(actor);
  if (!isUuid(versionId)) throw new AppError("NOT_FOUND", "framework version");
  const parsed = parseFrameworkDocument(input);
  if (!parsed.ok) throw new AppError("FRAMEWORK_INVALID", "invalid framework document", { details: { issues: parsed.issues } });
  const document = parsed.document;
  const db = getDb();
  try {
    await db.$transaction(async (tx) => {
      // Locked: a publish or a delete of this version waits for the edit, and finds it done.
      const [row] = await tx.$queryRaw<{ status: string; version: string }[]>(
        Prisma.sql`SELECT status::text AS status, version FROM framework_versions WHERE id = ${versionId}::uuid FOR UPDATE`,
      );
      if (!row) throw new AppError("NOT_FOUND", "framework version");
      if (row.status !== "DRAFT") throw new AppError("CONFLICT", "only a draft can be edited", { details: { reason: "notDraft", status: row.status } });
      if ((await tx.assessmentRound.count({ where: { frameworkVersionId: versionId } })) > 0) {
        throw new AppError("CONFLICT", "rounds are pinned to this draft", { details: { reason: "pinned" } });
      }
      const previous = rowsToDocument(await tx.frameworkVersion.findUniqueOrThrow({ where: { id: versionId }, select: versionDocumentSelect }));
      if (options.basedOn !== undefined && options.basedOn !== documentFingerprint(previous)) {
        throw new AppError("CONFLICT", "the draft changed meanwhile", { details: { reason: "changedMeanwhile" } });
      }
      if (document.version !== row.version && (await tx.frameworkVersion.count({ where: { version: document.version } })) > 0) throw labelTaken(document.version);

      await tx.frameworkVersion.update({ where: { id: versionId }, data: { version: document.version, name: document.name, description: document.description } });
      // The content is written again whole: a draft's rows are referenced by nothing else (no
      // round is pinned to it, checked above), and the version triggers let a draft's pillars and
      // indicators be deleted and inserted. Indicators go with their pillars (ON DELETE CASCADE).
      await tx.pillar.deleteMany({ where: { frameworkVersionId: versionId } });
      await writeVersionContent(tx, versionId, document);

      const changes = diffFrameworkDocuments(previous, document);
      await recordAudit(
        {
          actorId: actor.userId,
          action: "framework.update",
          entityType: "framework_version",
          entityId: versionId,
          before: { label: row.version },
          after: {
            label: document.version,
            pillars: document.pillars.length,
            indicators: document.pillars.reduce((n, p) => n + p.indicators.length, 0),
            changed: {
              pillars: changes.pillars.added.length + changes.pillars.removed.length + changes.pillars.changed.length,
              indicators: changes.indicators.added.length + changes.indicators.removed.length + changes.indicators.changed.length,
            },
          },
        },
        tx,
      );
    });
  } catch (error) {
    // Two edits or an import taking the same label at once: the unique index lets one through.
    if (isUniqueViolation(error)) throw labelTaken(document.version, error);
    throw error;
  }
  const published = await db.frameworkVersion.findFirst({ where: { status: "PUBLISHED" }, select: { id: true, ...versionDocumentSelect } });
  return {
    id: versionId,
    label: document.version,
    status: "DRAFT",
    comparedWith: published ? { id: published.id, label: published.version } : null,
    diff: published ? diffFrameworkDocuments(rowsToDocument(published), document) : null,
  };
}

export type PillarEditResult = { mode: "draft"; label: string } | { mode: "revision"; revisionId: string; changes: number };

/**
 * Saves the editor's pillar (ZFrameworkPillarEdit): merged into the stored document, then written
 * as a draft's edit or as a text revision of the published version, as `mode` says. CONFLICT
 * (reason `changedMeanwhile`) when the version is no longer what the editor was opened on: another
 * status (a draft published meanwhile), or other content. FRAMEWORK_INVALID comes back with
 * `fields` (form field -> message key) for the problems the form shows, and the others in
 * `details.issues`.
 */
export async function saveFrameworkPillarEdit(actor: Actor, versionId: string, input: unknown): Promise<PillarEditResult> {
  assertAdmin(actor);
  if (!isUuid(versionId)) throw new AppError("NOT_FOUND", "framework version");
  const edit = parseInput(ZFrameworkPillarEdit, input);
  const stored = await getDb().frameworkVersion.findUnique({ where: { id: versionId }, select: { status: true, ...versionDocumentSelect } });
  if (!stored) throw new AppError("NOT_FOUND", "framework version");
  const expected = edit.mode === "draft" ? "DRAFT" : "PUBLISHED";
  const base = rowsToDocument(stored);
  const changedMeanwhile = () => new AppError("CONFLICT", "the version changed meanwhile", { details: { reason: "changedMeanwhile", status: stored.status } });
  if (stored.status !== expected || documentFingerprint(base) !== edit.fingerprint) throw changedMeanwhile();
  const document = mergePillarEdit(base, edit);
  if (!document) throw changedMeanwhile();
  const pillarIndex = base.pillars.findIndex((p) => p.code === edit.pillarCode);
  try {
    if (edit.mode === "draft") {
      const result = await updateDraftFramework(actor, versionId, document, { basedOn: edit.fingerprint });
      return { mode: "draft", label: result.label };
    }
    const result = await reviseFrameworkText(actor, versionId, { reason: edit.reason, document });
    return { mode: "revision", revisionId: result.revisionId, changes: result.changes.length };
  } catch (error) {
    // The statuses moved between the read above and the service's locked one.
    if (isAppError(error) && error.code === "CONFLICT") throw changedMeanwhile();
    if (isAppError(error) && error.code === "FRAMEWORK_INVALID") throw placeIssues(error, pillarIndex, edit.language);
    throw error;
  }
}

/** The merged document's problems: at the form's fields where it shows them, the rest as a list. */
function placeIssues(error: AppError, pillarIndex: number, language: Locale): AppError {
  const issues = (error.details as { issues?: DocumentIssue[] } | undefined)?.issues ?? [];
  const fields: Record<string, string> = {};
  const others: DocumentIssue[] = [];
  for (const issue of issues) {
    const at = editFieldOfIssue(issue, pillarIndex, language);
    if (at && !(at.field in fields)) fields[at.field] = at.key;
    else if (!at) others.push(issue);
  }
  return new AppError("FRAMEWORK_INVALID", "invalid framework document", { fields, details: { issues: others }, cause: error });
}
