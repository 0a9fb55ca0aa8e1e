// The cycle of a round: the year it assesses ("2026") or a range of years ("2026-2027"). People
// type it, and other countries' reports compare rounds by it, so free labels ("Q3", "2026-journey")
// are refused at input. Rounds made before this rule keep their labels (the database has no check).

export const CYCLE_MIN_YEAR = 2000;
export const CYCLE_MAX_YEAR = 2100;
/** A range spans at most this many years after its first ("2026-2031"). */
export const CYCLE_MAX_SPAN = 5;
export const CYCLE_MAX_LENGTH = 9;

/** Why a cycle is refused, as a message key under `validation`; null when it is valid. */
export type CycleProblem = "required" | "cycleFormat" | "cycleYears" | "cycleOrder" | "cycleSpan";

export function checkCycle(raw: string): CycleProblem | null {
  const value = raw.trim();
  if (value === "") return "required";
  const match = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/.exec(value);
  if (!match) return "cycleFormat";
  const first = Number(match[1]);
  const last = match[2] === undefined ? first : Number(match[2]);
  if ([first, last].some((y) => y < CYCLE_MIN_YEAR || y > CYCLE_MAX_YEAR)) return "cycleYears";
  if (match[2] !== undefined && last <= first) return "cycleOrder";
  if (last - first > CYCLE_MAX_SPAN) return "cycleSpan";
  return null;
}

/** The stored form: "2026" or "2026-2027" (an en dash or spaces around the dash are accepted). */
export function normaliseCycle(raw: string): string {
  return raw.trim().replace(/\s*[-–]\s*/, "-");
}
