// Completeness of a round, computed from its indicators and answers (at most ~60 rows per round).
// "Answered" means a level or "not applicable"; "don't know" counts as unanswered for submission.
import type { AnswerKind } from "../generated/prisma/enums";

export interface ProgressIndicator {
  id: string;
  code: string;
  pillarCode: string;
}

export interface PillarProgress {
  pillarCode: string;
  total: number;
  answered: number;
  dontKnow: number;
  percent: number;
}

export interface RoundProgress {
  pillars: PillarProgress[];
  total: number;
  answered: number;
  percent: number;
  /** Indicators without a level or "not applicable", in framework order; `dontKnow` marks which. */
  missing: { id: string; code: string; pillarCode: string; dontKnow: boolean }[];
}

export function computeProgress(indicators: ProgressIndicator[], answers: Map<string, AnswerKind | null>): RoundProgress {
  const byPillar = new Map<string, PillarProgress>();
  const missing: RoundProgress["missing"] = [];
  for (const indicator of indicators) {
    const p = byPillar.get(indicator.pillarCode) ?? { pillarCode: indicator.pillarCode, total: 0, answered: 0, dontKnow: 0, percent: 0 };
    const kind = answers.get(indicator.id) ?? null;
    p.total += 1;
    if (kind === "LEVEL" || kind === "NOT_APPLICABLE") p.answered += 1;
    else missing.push({ id: indicator.id, code: indicator.code, pillarCode: indicator.pillarCode, dontKnow: kind === "DONT_KNOW" });
    if (kind === "DONT_KNOW") p.dontKnow += 1;
    byPillar.set(indicator.pillarCode, p);
  }
  const pillars = [...byPillar.values()].map((p) => ({ ...p, percent: percentOf(p.answered, p.total) }));
  const total = indicators.length;
  const answered = total - missing.length;
  return { pillars, total, answered, percent: percentOf(answered, total), missing };
}

function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.floor((100 * part) / whole);
}
