import "server-only";
import { getPool } from "../db";
import { AppError } from "../errors";
import type { RoundStatus } from "../generated/prisma/enums";
import { assertCanOnCountry, type Actor } from "../authz";
import { isEditable } from "../rounds/lifecycle";
import { isUuid, uuidv7 } from "../ids";
import { normaliseAnswer } from "./answer";
import type { TAnswerFields, TAnswerSave } from "./schemas";

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
  const {
    rows: [row],
  } = await getPool().query<{ status: RoundStatus; country_id: string; programme_region_id: string | null; indicator_id: string | null; indicator_code: string | null; pillar_code: string | null }>(
    `SELECT r.status, r.country_id, c.programme_region_id, i.id AS indicator_id, i.code AS indicator_code, p.code AS pillar_code
       FROM assessment_rounds r
       JOIN countries c ON c.id = r.country_id
       LEFT JOIN indicators i ON i.id = $2 AND i.framework_version_id = r.framework_version_id
       LEFT JOIN pillars p ON p.id = i.pillar_id
      WHERE r.id = $1`,
    [roundId, indicatorId],
  );
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

interface AnswerRow {
  id: string;
  kind: TAnswerFields["kind"];
  level: number | null;
  not_applicable_reason: string | null;
  justification: string | null;
  target_override: number | null;
  version: number;
  updated_at: Date;
  updated_by: string | null;
}

function toSaved(row: AnswerRow): SavedAnswer {
  return {
    kind: row.kind,
    level: row.level,
    notApplicableReason: row.not_applicable_reason,
    justification: row.justification,
    targetOverride: row.target_override,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
    updatedBy: row.updated_by,
  };
}

function conflict(current: SavedAnswer | null): AppError {
  return new AppError("VERSION_CONFLICT", "answer changed", { details: { current } });
}

const ANSWER_COLUMNS = `a.id, a.kind, a.level, a.not_applicable_reason, a.justification, a.target_override, a.version, a.updated_at, u.name AS updated_by`;

/**
 * Saves an answer if it is based on the latest version; otherwise VERSION_CONFLICT with the saved
 * answer, so the person can compare and choose. Version 0 means "nothing saved yet" (a row holding
 * only evidence also has version 0). The change and its audit event commit together.
 *
 * This is the hottest write of the product (every pause in typing, by every respondent), so it is
 * plain SQL on the shared pool: about a third of the CPU the same work costs through the ORM.
 */
export async function saveAnswer(actor: Actor, roundId: string, indicatorId: string, save: TAnswerSave): Promise<SavedAnswer> {
  const ctx = await getWriteContext(actor, roundId, indicatorId);
  const data = normaliseAnswer(save.answer);
  const client = await getPool().connect();
  try {
    await client.query("BEGIN");
    // Share-lock the round and re-read its status inside the transaction: a submission that
    // commits first makes this save fail; one that comes later waits for this save.
    const locked = await client.query<{ status: RoundStatus }>(`SELECT status FROM assessment_rounds WHERE id = $1 FOR SHARE`, [roundId]);
    if (!locked.rows[0] || !isEditable(locked.rows[0].status)) throw new AppError("ROUND_NOT_EDITABLE");
    // Lock the answer row: concurrent saves of one indicator queue here and see each other's version.
    const { rows: beforeRows } = await client.query<AnswerRow>(
      `SELECT ${ANSWER_COLUMNS} FROM answers a LEFT JOIN users u ON u.id = a.updated_by_id
        WHERE a.round_id = $1 AND a.indicator_id = $2 FOR UPDATE OF a`,
      [roundId, indicatorId],
    );
    const before = beforeRows[0];
    if ((before?.version ?? 0) !== save.version) throw conflict(before ? toSaved(before) : null);
    const values = [data.kind, data.level, data.notApplicableReason, data.justification, data.targetOverride, actor.userId];
    const { rows } = before
      ? await client.query<{ id: string; version: number; updated_at: Date }>(
          `UPDATE answers SET kind = $1, level = $2, not_applicable_reason = $3, justification = $4, target_override = $5,
                  updated_by_id = $6, version = version + 1, updated_at = now()
            WHERE id = $7 AND version = $8
        RETURNING id, version, updated_at`,
          [...values, before.id, save.version],
        )
      : await client.query<{ id: string; version: number; updated_at: Date }>(
          `INSERT INTO answers (kind, level, not_applicable_reason, justification, target_override, updated_by_id, id, round_id, indicator_id, version, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1, now(), now())
           ON CONFLICT (round_id, indicator_id) DO NOTHING
        RETURNING id, version, updated_at`,
          [...values, uuidv7(), roundId, indicatorId],
        );
    const row = rows[0];
    if (!row) {
      // Another first save of this indicator committed between our read and our insert.
      await client.query("ROLLBACK");
      const { rows: current } = await getPool().query<AnswerRow>(
        `SELECT ${ANSWER_COLUMNS} FROM answers a LEFT JOIN users u ON u.id = a.updated_by_id WHERE a.round_id = $1 AND a.indicator_id = $2`,
        [roundId, indicatorId],
      );
      throw conflict(current[0] ? toSaved(current[0]) : null);
    }
    await client.query(
      `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, country_id, before, after, at)
       VALUES ($1, 'answer.save', 'answer', $2, $3, $4::jsonb, $5::jsonb, now())`,
      [actor.userId, row.id, ctx.round.countryId, before ? JSON.stringify(normaliseAnswer(toSaved(before))) : null, JSON.stringify({ ...data, indicator: ctx.indicator.code, version: row.version })],
    );
    await client.query("COMMIT");
    return { ...data, version: row.version, updatedAt: row.updated_at.toISOString(), updatedBy: actor.name };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
