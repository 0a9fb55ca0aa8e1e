// Which answers of a previous round a new round carries over, and how (pure: unit-tested).
import type { AnswerKind } from "../generated/prisma/enums";

export interface SourceAnswer {
  id: string;
  code: string;
  kind: AnswerKind;
  level: number | null;
  notApplicableReason: string | null;
  justification: string | null;
  targetOverride: number | null;
}

export interface TargetIndicator {
  id: string;
  code: string;
  /** How many level descriptors the indicator has in the new version (levels 0..levelCount-1). */
  levelCount: number;
}

export interface CarryRow {
  sourceAnswerId: string;
  indicatorId: string;
  kind: AnswerKind;
  level: number | null;
  notApplicableReason: string | null;
  justification: string | null;
  targetOverride: number | null;
}

const isLevel = (value: number | null, count: number): value is number => value !== null && Number.isInteger(value) && value >= 0 && value < Math.min(count, 5);

/**
 * Matches answers to the new version's indicators by code. An answer is carried only when it is
 * still valid there: its code exists, a level is one the indicator has, "not applicable" has its
 * reason. A target override that no longer fits is dropped (the pillar target applies), not the
 * answer. Skipped codes are returned, sorted, for the audit trail.
 */
export function planCarryOver(answers: SourceAnswer[], indicators: TargetIndicator[]): { rows: CarryRow[]; skipped: string[] } {
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const rows: CarryRow[] = [];
  const skipped: string[] = [];
  for (const a of answers) {
    const indicator = byCode.get(a.code);
    const valid =
      indicator !== undefined &&
      (a.kind === "LEVEL" ? isLevel(a.level, indicator.levelCount) : a.level === null) &&
      (a.kind !== "NOT_APPLICABLE" || (a.notApplicableReason?.trim() ?? "") !== "");
    if (!indicator || !valid) {
      skipped.push(a.code);
      continue;
    }
    rows.push({
      sourceAnswerId: a.id,
      indicatorId: indicator.id,
      kind: a.kind,
      level: a.kind === "LEVEL" ? a.level : null,
      notApplicableReason: a.kind === "NOT_APPLICABLE" ? a.notApplicableReason : null,
      justification: a.justification,
      targetOverride: isLevel(a.targetOverride, 5) ? a.targetOverride : null,
    });
  }
  return { rows, skipped: skipped.sort() };
}
