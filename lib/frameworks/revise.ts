import "server-only";
// Text revisions of the published framework version (issue 15, item 4): a typo or a translation
// corrected in place, without a new version, because nothing a round's answers or scores depend on
// changes. Only the wording may differ from the stored version: the same label, the same pillars
// and indicators in the same order, the same weights, level counts and Convention articles.
// Anything else needs a new version (import, publish). The database holds the same rule: the version
// triggers let exactly the text columns of a PUBLISHED version change, and only in a transaction
// that names its framework_text_revisions row (migration 20261202050000_framework_text_revisions).
import { parseInput } from "../api/parse";
import { recordAudit } from "../audit/service";
import { assertAdmin, type Actor } from "../authz";
import { getDb } from "../db";
import { AppError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { isUuid } from "../ids";
import { parseFrameworkDocument } from "./document";
import { diffFrameworkDocuments } from "./diff";
import { rowsToDocument, versionDocumentSelect } from "./rows";
import { ZFrameworkTextRevision } from "./schemas";
import { listTextChanges, structuralChanges, type TextChange } from "./text-changes";

export type { TextChange } from "./text-changes";

export interface TextRevisionResult {
  revisionId: string;
  changes: TextChange[];
}

export interface TextRevisionSummary {
  id: string;
  actorId: string | null;
  reason: string;
  createdAt: string;
  changes: TextChange[];
}

/**
 * Applies a text-only correction to the published version: administrators only; `input` is
 * `{ reason, document }` (ZFrameworkTextRevision), the document the whole corrected version (as the
 * export gives it). Refused with FRAMEWORK_NOT_TEXT_ONLY (`details.structural`) when anything but
 * wording differs, INVALID_INPUT when nothing does, CONFLICT when the version is not published. The
 * texts, the revision row and the audit event are written in one transaction.
 */
export async function reviseFrameworkText(actor: Actor, versionId: string, input: unknown): Promise<TextRevisionResult> {
  assertAdmin(actor);
  if (!isUuid(versionId)) throw new AppError("NOT_FOUND", "framework version");
  const { reason, document: raw } = parseInput(ZFrameworkTextRevision, input);
  const parsed = parseFrameworkDocument(raw);
  if (!parsed.ok) throw new AppError("FRAMEWORK_INVALID", "invalid framework document", { details: { issues: parsed.issues } });
  const next = parsed.document;

  return getDb().$transaction(async (tx) => {
    // Locked: a publish (which retires this version) or another revision waits for this one.
    const [row] = await tx.$queryRaw<{ status: string }[]>(Prisma.sql`SELECT status::text AS status FROM framework_versions WHERE id = ${versionId}::uuid FOR UPDATE`);
    if (!row) throw new AppError("NOT_FOUND", "framework version");
    if (row.status !== "PUBLISHED") {
      throw new AppError("CONFLICT", "only the published version takes a text revision", { details: { reason: "notPublished", status: row.status } });
    }
    const base = rowsToDocument(await tx.frameworkVersion.findUniqueOrThrow({ where: { id: versionId }, select: versionDocumentSelect }));
    const structural = structuralChanges(base, next, diffFrameworkDocuments(base, next));
    if (structural.length > 0) throw new AppError("FRAMEWORK_NOT_TEXT_ONLY", "not a text-only change", { details: { structural } });
    const changes = listTextChanges(base, next);
    if (changes.length === 0) throw new AppError("INVALID_INPUT", "the document changes no text", { details: { reason: "noChange" } });

    const revision = await tx.frameworkTextRevision.create({
      data: { frameworkVersionId: versionId, actorId: actor.userId, reason, changes: changes as unknown as Prisma.InputJsonValue },
      select: { id: true },
    });
    // Declares the revision to the triggers for the rest of this transaction only.
    await tx.$executeRaw`SELECT set_config('cybercap.framework_text_revision', ${revision.id}, true)`;

    const touched = (target: TextChange["target"], code: string) => changes.some((c) => c.target === target && c.code === code);
    if (touched("version", base.version)) {
      await tx.frameworkVersion.update({ where: { id: versionId }, data: { name: next.name, description: next.description } });
    }
    for (const p of next.pillars) {
      if (touched("pillar", p.code)) {
        await tx.pillar.update({ where: { frameworkVersionId_code: { frameworkVersionId: versionId, code: p.code } }, data: { name: p.name, description: p.description } });
      }
      for (const i of p.indicators) {
        if (!touched("indicator", i.code)) continue;
        await tx.indicator.update({
          where: { frameworkVersionId_code: { frameworkVersionId: versionId, code: i.code } },
          data: { title: i.title, question: i.question, guidance: i.guidance, evidenceGuidance: i.evidenceGuidance, levels: i.levels },
        });
      }
    }
    await recordAudit(
      {
        actorId: actor.userId,
        action: "framework.text_revision",
        entityType: "framework_version",
        entityId: versionId,
        after: { revisionId: revision.id, label: base.version, reason, changes: changes.length },
      },
      tx,
    );
    return { revisionId: revision.id, changes };
  });
}

/** The text revisions of a version, newest first: administrators only (they name who made them). */
export async function listFrameworkTextRevisions(actor: Actor, versionId: string): Promise<TextRevisionSummary[]> {
  assertAdmin(actor);
  if (!isUuid(versionId)) throw new AppError("NOT_FOUND", "framework version");
  const db = getDb();
  if ((await db.frameworkVersion.count({ where: { id: versionId } })) === 0) throw new AppError("NOT_FOUND", "framework version");
  const rows = await db.frameworkTextRevision.findMany({
    where: { frameworkVersionId: versionId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, actorId: true, reason: true, createdAt: true, changes: true },
  });
  return rows.map((r) => ({ id: r.id, actorId: r.actorId, reason: r.reason, createdAt: r.createdAt.toISOString(), changes: r.changes as unknown as TextChange[] }));
}
