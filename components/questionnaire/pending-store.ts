// Unsent answers are kept in the browser (localStorage) until the server has them, so a reload, a
// closed laptop or a dropped connection loses nothing. One entry per round and indicator.
import type { TAnswerFields } from "@/lib/answers/schemas";

export interface PendingAnswer {
  /** The version the edit was based on. */
  version: number;
  answer: TAnswerFields;
  editedAt: number;
}

const PREFIX = "cybercap:pending:";

function key(roundId: string, indicatorId: string): string {
  return `${PREFIX}${roundId}:${indicatorId}`;
}

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // private mode or storage disabled: autosave still works, without the safety net
  }
}

/** An entry as written by writePending; anything else (edited by hand, an older layout) is ignored. */
function isPendingAnswer(value: unknown): value is PendingAnswer {
  if (!value || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return typeof v.version === "number" && Number.isInteger(v.version) && v.version >= 0 && typeof v.answer === "object" && v.answer !== null;
}

export function readPending(roundId: string, indicatorId: string): PendingAnswer | null {
  const raw = storage()?.getItem(key(roundId, indicatorId));
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return isPendingAnswer(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function writePending(roundId: string, indicatorId: string, entry: PendingAnswer): void {
  try {
    storage()?.setItem(key(roundId, indicatorId), JSON.stringify(entry));
  } catch {
    // quota exceeded: the in-memory copy is still sent
  }
}

export function clearPending(roundId: string, indicatorId: string): void {
  storage()?.removeItem(key(roundId, indicatorId));
}
