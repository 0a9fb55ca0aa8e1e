import "server-only";
import type pg from "pg";
import { getDb, getPool } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { recordAudit } from "../audit/service";
import { currentApiTokenId, currentRequestId } from "../api/request-context";
import { AppError } from "../errors";
import type { RoundStatus } from "../generated/prisma/enums";
import { assertCanOnCountry, type Actor } from "../authz";
import { EDITABLE_STATUSES, isEditable } from "../rounds/lifecycle";
import { isUuid, uuidv7 } from "../ids";
import { normaliseAnswer } from "./answer";
import type { TAnswerFields, TAnswerSave, TConfirmAnswer } from "./schemas";

export interface WriteContext {
  round: { id: string; countryId: string; status: string };
  indicator: { id: string; code: string; pillarCode: string };
}

/**
 * Everything a write to one indicator of one round must pass, in one place (answers and evidence
 * alike): the round exists and the actor belongs to its country's team; the round is editable; the
 * indicator belongs to the round's framework version; a respondent is assigned its pillar.
 * Unknown round or indicator: NOT_FOUND (ids are not guessable, and we do not confirm them).
 */
/** Where a write's statements go: the pool, or one client holding a transaction (lib/workbook). */
export type AnswerQueryable = pg.Pool | pg.PoolClient;

export async function getWriteContext(actor: Actor, roundId: string, indicatorId: string, db: AnswerQueryable = getPool()): Promise<WriteContext> {
  if (!isUuid(roundId) || !isUuid(indicatorId)) throw new AppError("NOT_FOUND", "round or indicator");
  // One query for the round, its country and the indicator (every autosave passes here).
  const {
    rows: [row],
  } = await db.query<{ status: RoundStatus; country_id: string; programme_region_id: string | null; indicator_id: string | null; indicator_code: string | null; pillar_code: string | null }>({
    name: "answers.write-context",
    text: `SELECT r.status, r.country_id, c.programme_region_id, i.id AS indicator_id, i.code AS indicator_code, p.code AS pillar_code
       FROM assessment_rounds r
       JOIN countries c ON c.id = r.country_id
       LEFT JOIN indicators i ON i.id = $2 AND i.framework_version_id = r.framework_version_id
       LEFT JOIN pillars p ON p.id = i.pillar_id
      WHERE r.id = $1`,
    values: [roundId, indicatorId],
  });
  if (!row) throw new AppError("NOT_FOUND", "round");
  const round = { id: roundId, countryId: row.country_id, status: row.status };
  assertCanOnCountry(actor, "answer.write", { id: row.country_id, programmeRegionId: row.programme_region_id });
  if (!isEditable(row.status)) throw new AppError("ROUND_NOT_EDITABLE");
  if (!row.indicator_id || !row.indicator_code || !row.pillar_code) throw new AppError("NOT_FOUND", "indicator");
  const indicator = { id: row.indicator_id, code: row.indicator_code, pillar: { code: row.pillar_code } };
  const membership = actor.memberships.find((m) => m.countryId === round.countryId)!;
  if (membership.role === "RESPONDENT" && !membership.assignedPillarCodes.includes(indicator.pillar.code)) {
    throw new AppError("PILLAR_NOT_ASSIGNED");
  }
  return { round, indicator: { id: indicator.id, code: indicator.code, pillarCode: indicator.pillar.code } };
}

export interface SavedAnswer extends TAnswerFields {
  version: number;
  updatedAt: string;
  updatedBy: string | null;
}

/** A row of `cybercap_save_answer`: the answer's columns are null when `outcome` is `not_editable`, or `conflict` with no answer saved. */
interface SaveRow {
  outcome: "saved" | "conflict" | "not_editable";
  kind: TAnswerFields["kind"];
  level: number | null;
  not_applicable_reason: string | null;
  justification: string | null;
  target_override: number | null;
  version: number | null;
  updated_at: Date | null;
  updated_by: string | null;
}

/** The saved answer of a row that has one (version not null); `updatedBy` when the row leaves it to the caller. */
function toSaved(row: SaveRow & { version: number; updated_at: Date }, updatedBy: string | null = row.updated_by): SavedAnswer {
  return {
    kind: row.kind,
    level: row.level,
    notApplicableReason: row.not_applicable_reason,
    justification: row.justification,
    targetOverride: row.target_override,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
    updatedBy,
  };
}

const hasAnswer = (row: SaveRow): row is SaveRow & { version: number; updated_at: Date } => row.version !== null && row.updated_at !== null;

/**
 * Saves an answer if it is based on the latest version; otherwise VERSION_CONFLICT with the saved
 * answer, so the person can compare and choose. Version 0 means "nothing saved yet" (a row holding
 * only evidence also has version 0). The change and its audit event commit together.
 *
 * This is the hottest write of the product (every pause in typing, by every respondent): after the
 * write context (one query), the save is one call of the database function `cybercap_save_answer`
 * (prisma/migrations/20261123120000_save_answer_function), which locks, compares versions, writes
 * and audits in one transaction and one round trip.
 */
export async function saveAnswer(actor: Actor, roundId: string, indicatorId: string, save: TAnswerSave, db: AnswerQueryable = getPool()): Promise<SavedAnswer> {
  const ctx = await getWriteContext(actor, roundId, indicatorId, db);
  const data = normaliseAnswer(save.answer);
  const {
    rows: [row],
  } = await db.query<SaveRow>({
    name: "answers.save",
    text: `SELECT * FROM cybercap_save_answer($1, $2, $3, $4::"RoundStatus"[], $5::"AnswerKind", $6, $7, $8, $9, $10, $11, $12, $13, $14, $15::uuid)`,
    values: [
      roundId,
      indicatorId,
      save.version,
      EDITABLE_STATUSES,
      data.kind,
      data.level,
      data.notApplicableReason,
      data.justification,
      data.targetOverride,
      actor.userId,
      uuidv7(),
      ctx.round.countryId,
      ctx.indicator.code,
      // The audit event's request id and API token, as recordAudit writes them (lib/audit/service.ts).
      currentRequestId(),
      currentApiTokenId(),
    ],
  });
  if (!row || row.outcome === "not_editable") throw new AppError("ROUND_NOT_EDITABLE");
  if (row.outcome === "conflict") throw new AppError("VERSION_CONFLICT", "answer changed", { details: { current: hasAnswer(row) ? toSaved(row) : null } });
  if (!hasAnswer(row)) throw new Error("cybercap_save_answer saved without returning the answer");
  return toSaved(row, actor.name);
}

/**
 * Confirms a carried-over answer as it stands (it is then no longer "carried over, to confirm").
 * Same gate as a save (getWriteContext) and the same version rule: a confirmation based on a stale
 * version is a VERSION_CONFLICT with the saved answer. It bumps the version, so an edit made on the
 * version before it conflicts in turn. Confirming an answer already confirmed changes nothing.
 */
export async function confirmCarriedAnswer(actor: Actor, roundId: string, indicatorId: string, input: TConfirmAnswer): Promise<SavedAnswer> {
  const ctx = await getWriteContext(actor, roundId, indicatorId);
  const select = {
    id: true,
    kind: true,
    level: true,
    notApplicableReason: true,
    justification: true,
    targetOverride: true,
    version: true,
    updatedAt: true,
    carryPending: true,
    updatedBy: { select: { name: true } },
  } as const;
  const view = (a: Prisma.AnswerGetPayload<{ select: typeof select }>, updatedBy = a.updatedBy?.name ?? null): SavedAnswer => ({
    kind: a.kind,
    level: a.level,
    notApplicableReason: a.notApplicableReason,
    justification: a.justification,
    targetOverride: a.targetOverride,
    version: a.version,
    updatedAt: a.updatedAt.toISOString(),
    updatedBy,
  });
  return getDb().$transaction(async (tx) => {
    // As a save does: the round's status under a share lock (a submission that commits first wins),
    // then the answer under a row lock (a save of the same indicator queues behind it, or we behind it).
    const [round] = await tx.$queryRaw<{ status: RoundStatus }[]>`SELECT status FROM assessment_rounds WHERE id = ${roundId}::uuid FOR SHARE`;
    if (!round || !isEditable(round.status)) throw new AppError("ROUND_NOT_EDITABLE");
    await tx.$queryRaw`SELECT id FROM answers WHERE round_id = ${roundId}::uuid AND indicator_id = ${indicatorId}::uuid FOR UPDATE`;
    const before = await tx.answer.findUnique({ where: { roundId_indicatorId: { roundId, indicatorId } }, select });
    if (!before || before.kind === null) throw new AppError("NOT_FOUND", "answer");
    if (before.version !== input.version) throw new AppError("VERSION_CONFLICT", "answer changed", { details: { current: view(before) } });
    if (!before.carryPending) return view(before);
    const after = await tx.answer.update({
      where: { id: before.id },
      data: { carryPending: false, version: { increment: 1 }, updatedById: actor.userId },
      select,
    });
    await recordAudit(
      { actorId: actor.userId, action: "answer.confirm", entityType: "answer", entityId: before.id, countryId: ctx.round.countryId, after: { indicator: ctx.indicator.code, version: after.version } },
      tx,
    );
    return view(after, actor.name);
  });
}
