import "server-only";
import { recordAudit } from "../audit/service";
import { assertAdmin, type Actor } from "../authz";
import { getDb } from "../db";
import { isUniqueViolation } from "../db/errors";
import { AppError } from "../errors";
import { parseFrameworkDocument } from "./document";
import { diffFrameworkDocuments, type FrameworkDiff } from "./diff";
import { rowsToDocument, versionDocumentSelect, writeDraftVersion } from "./rows";

export interface FrameworkImportResult {
  id: string;
  label: string;
  status: "DRAFT";
  /** The published version the draft is compared with (null when none is published). */
  comparedWith: { id: string; label: string } | null;
  diff: FrameworkDiff | null;
}

/**
 * Imports a framework document (parsed JSON) as a new DRAFT version: administrators only; the
 * document is validated (every problem listed in `details.issues`); a label an existing version has
 * is refused; the version, its pillars and indicators and the audit event are written in one
 * transaction. Answers the draft with its differences from the published version.
 */
export async function importFrameworkDocument(actor: Actor, input: unknown): Promise<FrameworkImportResult> {
  assertAdmin(actor);
  const parsed = parseFrameworkDocument(input);
  if (!parsed.ok) throw new AppError("FRAMEWORK_INVALID", "invalid framework document", { details: { issues: parsed.issues } });
  const document = parsed.document;
  const db = getDb();
  if (await db.frameworkVersion.findUnique({ where: { version: document.version }, select: { id: true } })) {
    throw new AppError("FRAMEWORK_VERSION_EXISTS", `framework version ${document.version} exists`, { details: { label: document.version } });
  }
  let id: string;
  try {
    id = await db.$transaction(async (tx) => {
      const versionId = await writeDraftVersion(tx, document);
      await recordAudit(
        {
          actorId: actor.userId,
          action: "framework.import",
          entityType: "framework_version",
          entityId: versionId,
          after: { label: document.version, pillars: document.pillars.length, indicators: document.pillars.reduce((n, p) => n + p.indicators.length, 0) },
        },
        tx,
      );
      return versionId;
    });
  } catch (error) {
    // Two imports of the same label at once: the unique index lets one through.
    if (isUniqueViolation(error)) throw new AppError("FRAMEWORK_VERSION_EXISTS", `framework version ${document.version} exists`, { details: { label: document.version }, cause: error });
    throw error;
  }
  const published = await db.frameworkVersion.findFirst({ where: { status: "PUBLISHED" }, select: { id: true, ...versionDocumentSelect } });
  return {
    id,
    label: document.version,
    status: "DRAFT",
    comparedWith: published ? { id: published.id, label: published.version } : null,
    diff: published ? diffFrameworkDocuments(rowsToDocument(published), document) : null,
  };
}
