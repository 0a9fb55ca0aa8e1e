import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import type { RoundStatus } from "../generated/prisma/enums";
import { assertCanOnCountry, type Actor } from "../authz";
import { recordAudit } from "../audit/service";
import { isEditable } from "../rounds/lifecycle";
import { isUuid } from "../ids";
import { normaliseAnswer, type TAnswerFields, type TAnswerSave } from "./schemas";

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
export async function getWriteContext(actor: Actor, roundId: string, indicatorId: string): Promise<WriteContext> {
  if (!isUuid(roundId) || !isUuid(indicatorId)) throw new AppError("NOT_FOUND", "round or indicator");
  // One query for the round, its country and the indicator (every autosave passes here).
  const [row] = await getDb().$queryRaw<
    { status: RoundStatus; country_id: string; programme_region_id: string | null; indicator_id: string | null; indicator_code: string | null; pillar_code: string | null }[]
  >`SELECT r.status, r.country_id, c.programme_region_id, i.id AS indicator_id, i.code AS indicator_code, p.code AS pillar_code
      FROM assessment_rounds r
      JOIN countries c ON c.id = r.country_id
      LEFT JOIN indicators i ON i.id = ${indicatorId}::uuid AND i.framework_version_id = r.framework_version_id
      LEFT JOIN pillars p ON p.id = i.pillar_id
     WHERE r.id = ${roundId}::uuid`;
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

const ANSWER_SELECT = {
  id: true,
  kind: true,
  level: true,
  notApplicableReason: true,
  justification: true,
  targetOverride: true,
  version: true,
  updatedAt: true,
  updatedBy: { select: { name: true } },
} as const;

export interface SavedAnswer extends TAnswerFields {
  version: number;
  updatedAt: string;
  updatedBy: string | null;
}

function toSaved(row: Prisma.AnswerGetPayload<{ select: typeof ANSWER_SELECT }>): SavedAnswer {
  return {
    kind: row.kind,
    level: row.level,
    notApplicableReason: row.notApplicableReason,
    justification: row.justification,
    targetOverride: row.targetOverride,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy?.name ?? null,
  };
}

function conflict(current: SavedAnswer | null): AppError {
  return new AppError("VERSION_CONFLICT", "answer changed", { details: { current } });
}

/**
 * Saves an answer if it is based on the latest version; otherwise VERSION_CONFLICT with the saved
 * answer, so the person can compare and choose. Version 0 means "nothing saved yet" (a row holding
 * only evidence also has version 0). The change and an audit event commit together.
 */
export async function saveAnswer(actor: Actor, roundId: string, indicatorId: string, save: TAnswerSave): Promise<SavedAnswer> {
  const ctx = await getWriteContext(actor, roundId, indicatorId);
  const data = normaliseAnswer(save.answer);
  const db = getDb();
  try {
    return await db.$transaction(async (tx) => {
      // Share-lock the round and re-read its status inside the transaction: a submission that
      // commits first makes this save fail; one that comes later waits for this save.
      const [locked] = await tx.$queryRaw<{ status: string }[]>`SELECT status FROM assessment_rounds WHERE id = ${roundId}::uuid FOR SHARE`;
      if (!locked || !isEditable(locked.status as RoundStatus)) throw new AppError("ROUND_NOT_EDITABLE");
      const before = await tx.answer.findUnique({ where: { roundId_indicatorId: { roundId, indicatorId } }, select: ANSWER_SELECT });
      if ((before?.version ?? 0) !== save.version) throw conflict(before ? toSaved(before) : null);
      const row = before
        ? await tx.answer.update({
            // The version in the WHERE makes the check atomic against a concurrent save.
            where: { id: before.id, version: save.version },
            data: { ...data, version: { increment: 1 }, updatedById: actor.userId },
            select: ANSWER_SELECT,
          })
        : await tx.answer.create({
            data: { ...data, roundId, indicatorId, version: 1, updatedById: actor.userId },
            select: ANSWER_SELECT,
          });
      await recordAudit(
        {
          actorId: actor.userId,
          action: "answer.save",
          entityType: "answer",
          entityId: row.id,
          countryId: ctx.round.countryId,
          before: before ? normaliseAnswer(toSaved(before)) : undefined,
          after: { ...data, indicator: ctx.indicator.code, version: row.version },
        },
        tx,
      );
      return toSaved(row);
    });
  } catch (error) {
    // A concurrent save won the race: the row changed between our read and our write.
    if (error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2025" || error.code === "P2002")) {
      const current = await db.answer.findUnique({ where: { roundId_indicatorId: { roundId, indicatorId } }, select: ANSWER_SELECT });
      throw conflict(current ? toSaved(current) : null);
    }
    throw error;
  }
}
