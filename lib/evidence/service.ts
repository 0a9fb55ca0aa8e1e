import "server-only";
import { createHash } from "node:crypto";
import { parseInput } from "../api/parse";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { canOnCountry, type Actor } from "../authz";
import { recordAudit } from "../audit/service";
import { getWriteContext, type WriteContext } from "../answers/service";
import { getFileStore, newStorageKey, removeFileWithRecords, storeFileWithRecords } from "../storage/service";
import { checkEvidenceFile } from "./file-check";
import { ZEvidenceId, ZFileEvidence, ZLinkEvidence } from "./schemas";

// Evidence for answers: links and uploaded files. Writes pass the same gate as answers
// (getWriteContext: the country's team, an editable round, a respondent's assigned pillars); reads
// need only the right to view the country. Evidence hangs on the Answer row of (round, indicator),
// created on demand with version 0 so it never disturbs the answer's optimistic concurrency.

/** What clients see of an evidence item: never the row itself (no storage key, no user ids). */
export interface EvidenceView {
  id: string;
  indicatorId: string;
  kind: "LINK" | "FILE";
  title: string | null;
  url: string | null;
  fileName: string | null;
  sizeBytes: number | null;
  mimeType: string | null;
  createdAt: string;
}

const EVIDENCE_SELECT = {
  id: true,
  kind: true,
  title: true,
  url: true,
  createdAt: true,
  answer: { select: { indicatorId: true } },
  file: { select: { fileName: true, sizeBytes: true, mimeType: true } },
} as const;

function toView(row: Prisma.EvidenceItemGetPayload<{ select: typeof EVIDENCE_SELECT }>): EvidenceView {
  return {
    id: row.id,
    indicatorId: row.answer.indicatorId,
    kind: row.kind,
    title: row.title,
    url: row.url,
    fileName: row.file?.fileName ?? null,
    sizeBytes: row.file?.sizeBytes ?? null,
    mimeType: row.file?.mimeType ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Ids come from URLs: a non-UUID names nothing (and would make PostgreSQL reject the query). */
function assertId(id: string, what: string): void {
  if (!ZEvidenceId.safeParse(id).success) throw new AppError("NOT_FOUND", what);
}

/**
 * The id of the Answer row of (round, indicator), creating an empty one (kind null, version 0) when
 * none exists. Version 0 is what an answer form with nothing saved sends, so the first real save
 * still succeeds. ON CONFLICT DO NOTHING (skipDuplicates) lets a concurrent creator win without
 * aborting our transaction, and leaves an existing answer, and its version, untouched.
 */
async function ensureAnswerId(tx: Prisma.TransactionClient, roundId: string, indicatorId: string): Promise<string> {
  await tx.answer.createMany({ data: [{ roundId, indicatorId, version: 0 }], skipDuplicates: true });
  const answer = await tx.answer.findUniqueOrThrow({ where: { roundId_indicatorId: { roundId, indicatorId } }, select: { id: true } });
  return answer.id;
}

/** The audit event of evidence added to the answer of the write context's indicator. */
function auditEvidenceAdded(tx: Prisma.TransactionClient, actor: Actor, ctx: WriteContext, evidenceId: string, after: Record<string, unknown>): Promise<void> {
  return recordAudit(
    { actorId: actor.userId, action: "evidence.add", entityType: "evidence", entityId: evidenceId, countryId: ctx.round.countryId, after: { indicator: ctx.indicator.code, ...after } },
    tx,
  );
}

/** Adds a web link as evidence to the answer of (round, indicator). */
export async function addLinkEvidence(actor: Actor, roundId: string, indicatorId: string, input: unknown): Promise<EvidenceView> {
  const link = parseInput(ZLinkEvidence, input);
  const ctx = await getWriteContext(actor, roundId, indicatorId);
  const title = link.title || null;
  return getDb().$transaction(async (tx) => {
    const answerId = await ensureAnswerId(tx, roundId, indicatorId);
    const row = await tx.evidenceItem.create({
      data: { answerId, kind: "LINK", url: link.url, title, addedById: actor.userId },
      select: EVIDENCE_SELECT,
    });
    await auditEvidenceAdded(tx, actor, ctx, row.id, { kind: "LINK", url: link.url, title });
    return toView(row);
  });
}

export interface FileEvidenceInput {
  fileName: string;
  bytes: Uint8Array;
  title?: string;
}

/**
 * Adds an uploaded file as evidence. The bytes go to the configured store and the stored_files and
 * evidence rows are written in one transaction: nothing is kept if any part fails.
 */
export async function addFileEvidence(actor: Actor, roundId: string, indicatorId: string, input: FileEvidenceInput): Promise<EvidenceView> {
  const checked = await checkEvidenceFile(input);
  const title = parseInput(ZFileEvidence, { title: input.title }).title || null;
  const ctx = await getWriteContext(actor, roundId, indicatorId);
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const key = newStorageKey("evidence", ctx.round.countryId);
  const meta = { mimeType: checked.mimeType, sizeBytes: checked.sizeBytes, sha256 };

  return storeFileWithRecords(getFileStore(), { key, bytes: input.bytes, meta }, async (tx) => {
    const answerId = await ensureAnswerId(tx, roundId, indicatorId);
    const file = await tx.storedFile.create({
      data: { countryId: ctx.round.countryId, storageKey: key, fileName: checked.fileName, ...meta, createdById: actor.userId },
      select: { id: true },
    });
    const row = await tx.evidenceItem.create({
      data: { answerId, kind: "FILE", title, fileId: file.id, addedById: actor.userId },
      select: EVIDENCE_SELECT,
    });
    await auditEvidenceAdded(tx, actor, ctx, row.id, { kind: "FILE", title, fileName: checked.fileName, ...meta });
    return toView(row);
  });
}

/** Removes an evidence item (and its file). Same rights as adding it. */
export async function removeEvidence(actor: Actor, evidenceId: string): Promise<void> {
  assertId(evidenceId, "evidence");
  const db = getDb();
  const item = await db.evidenceItem.findUnique({
    where: { id: evidenceId },
    select: {
      kind: true,
      title: true,
      url: true,
      answer: { select: { roundId: true, indicatorId: true } },
      file: { select: { id: true, storageKey: true, fileName: true, sha256: true } },
    },
  });
  if (!item) throw new AppError("NOT_FOUND", "evidence");
  const ctx = await getWriteContext(actor, item.answer.roundId, item.answer.indicatorId);

  const deleteRecords = async (tx: Prisma.TransactionClient) => {
    // deleteMany, not delete: a concurrent removal makes this a clean NOT_FOUND, not a Prisma error.
    const { count } = await tx.evidenceItem.deleteMany({ where: { id: evidenceId } });
    if (count === 0) throw new AppError("NOT_FOUND", "evidence");
    if (item.file) await tx.storedFile.delete({ where: { id: item.file.id } });
    await recordAudit(
      {
        actorId: actor.userId,
        action: "evidence.remove",
        entityType: "evidence",
        entityId: evidenceId,
        countryId: ctx.round.countryId,
        before: {
          kind: item.kind,
          indicator: ctx.indicator.code,
          title: item.title,
          url: item.url,
          fileName: item.file?.fileName ?? null,
          sha256: item.file?.sha256 ?? null,
        },
      },
      tx,
    );
  };
  if (item.file) await removeFileWithRecords(getFileStore(), item.file.storageKey, deleteRecords);
  else await db.$transaction(deleteRecords);
}

/** Evidence of every indicator of a round, oldest first, for anyone who may view the country. */
export async function listEvidence(actor: Actor, roundId: string): Promise<EvidenceView[]> {
  assertId(roundId, "round");
  const db = getDb();
  const round = await db.assessmentRound.findUnique({ where: { id: roundId }, select: { country: { select: { id: true, programmeRegionId: true } } } });
  if (!round) throw new AppError("NOT_FOUND", "round");
  if (!canOnCountry(actor, "country.view", round.country)) throw new AppError("FORBIDDEN", "country.view refused");
  const rows = await db.evidenceItem.findMany({
    where: { answer: { roundId } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: EVIDENCE_SELECT,
  });
  return rows.map(toView);
}

export interface EvidenceFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** The bytes of a file evidence item, for anyone who may view the country (as for the answer). */
export async function getEvidenceFile(actor: Actor, evidenceId: string): Promise<EvidenceFile> {
  assertId(evidenceId, "evidence");
  const item = await getDb().evidenceItem.findUnique({
    where: { id: evidenceId },
    select: {
      file: { select: { storageKey: true, fileName: true, mimeType: true } },
      answer: { select: { round: { select: { country: { select: { id: true, programmeRegionId: true } } } } } },
    },
  });
  if (!item) throw new AppError("NOT_FOUND", "evidence");
  if (!canOnCountry(actor, "country.view", item.answer.round.country)) throw new AppError("FORBIDDEN", "country.view refused");
  if (!item.file) throw new AppError("NOT_FOUND", "evidence file");
  const bytes = await getFileStore().get(item.file.storageKey);
  // A row without its bytes is a storage fault (a lost volume), not the user's doing: a logged 500.
  if (!bytes) throw new Error(`stored file bytes missing for evidence ${evidenceId}`);
  return { fileName: item.file.fileName, mimeType: item.file.mimeType, bytes };
}
