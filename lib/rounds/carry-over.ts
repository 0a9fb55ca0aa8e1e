import "server-only";
import { getDb } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { AnswerKind } from "../generated/prisma/enums";
import { assertCanOnCountry, type Actor } from "../authz";
import { recordAudit } from "../audit/service";
import { planCarryOver } from "./carry-over-plan";

// A new round starts from the last one (issue 12 item 6). Opening a round may carry over the
// answers of the country's previous validated round: by indicator code (codes are stable across
// framework versions), into new answer rows of the new round, in the transaction that creates it.
// Evidence is linked, not copied: the new answer names the answer it came from.

type Reader = Pick<Prisma.TransactionClient, "assessmentRound">;

/** The round a new one would carry over from: the country's most recent validated round. */
export interface CarryOverSource {
  id: string;
  cycle: string;
}

/**
 * The country's previous validated round, the most recent first by validation (then opening) date.
 * A validated round later archived was validated all the same; a cancelled round never was.
 */
async function findSource(db: Reader, countryId: string): Promise<CarryOverSource | null> {
  return db.assessmentRound.findFirst({
    where: { countryId, cancelledAt: null, OR: [{ status: "VALIDATED" }, { status: "ARCHIVED", validatedAt: { not: null } }] },
    orderBy: [{ validatedAt: { sort: "desc", nulls: "last" } }, { openedAt: "desc" }],
    select: { id: true, cycle: true },
  });
}

/** For the page that opens a round: what it would carry over from (the focal point's question). */
export async function getCarryOverSource(actor: Actor, country: { id: string; programmeRegionId: string | null }): Promise<CarryOverSource | null> {
  assertCanOnCountry(actor, "round.open", country);
  return findSource(getDb(), country.id);
}

export interface CarryOverResult {
  from: CarryOverSource;
  count: number;
  /** Codes of the source round that the new framework version does not have, or whose answer does not fit it. */
  skipped: string[];
}

/**
 * Copies the previous validated round's answers into a round being opened, inside the caller's
 * transaction (the one creating the round). Returns null when there is nothing to carry over from.
 * The caller has authorized the opening ("round.open"); this writes the `round.carry_over` event.
 */
export async function carryOverInto(
  tx: Prisma.TransactionClient,
  target: { roundId: string; countryId: string; frameworkVersionId: string; actorId: string },
): Promise<CarryOverResult | null> {
  const source = await findSource(tx, target.countryId);
  if (!source) return null;
  const [answers, indicators] = await Promise.all([
    tx.answer.findMany({
      where: { roundId: source.id, kind: { not: null } },
      select: { id: true, kind: true, level: true, notApplicableReason: true, justification: true, targetOverride: true, indicator: { select: { code: true } } },
    }),
    tx.indicator.findMany({ where: { frameworkVersionId: target.frameworkVersionId }, select: { id: true, code: true, levels: true } }),
  ]);
  const plan = planCarryOver(
    answers.map((a) => ({ ...a, kind: a.kind as AnswerKind, code: a.indicator.code })),
    indicators.map((i) => ({ id: i.id, code: i.code, levelCount: Array.isArray(i.levels) ? i.levels.length : 0 })),
  );
  if (plan.rows.length > 0) {
    await tx.answer.createMany({
      data: plan.rows.map((r) => ({
        roundId: target.roundId,
        indicatorId: r.indicatorId,
        kind: r.kind,
        level: r.level,
        notApplicableReason: r.notApplicableReason,
        justification: r.justification,
        targetOverride: r.targetOverride,
        carriedFromAnswerId: r.sourceAnswerId,
        carryPending: true,
        version: 1,
        updatedById: target.actorId,
      })),
    });
  }
  await recordAudit(
    {
      actorId: target.actorId,
      action: "round.carry_over",
      entityType: "round",
      entityId: target.roundId,
      countryId: target.countryId,
      after: { fromRound: source.id, fromCycle: source.cycle, count: plan.rows.length, skipped: plan.skipped },
    },
    tx,
  );
  return { from: source, count: plan.rows.length, skipped: plan.skipped };
}
