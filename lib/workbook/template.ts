// The offline questionnaire's template: what the downloaded workbook holds where, shared by the
// writer (write.ts) and the reader (read.ts). A workbook states its template version in its hidden
// sheet; an upload of another version is refused rather than read by guesswork.
import type { TAnswerFields } from "../answers/schemas";

export const TEMPLATE_VERSION = "1";
/** The hidden sheet (very hidden: not listed by Excel's "Unhide") with the round and each indicator. */
export const META_SHEET = "cybercap_meta";
/** The largest upload: a full round's workbook is about 60 KB; this leaves room for long answers. */
export const WORKBOOK_MAX_BYTES = 2 * 1024 * 1024;
/** What the archive may expand to in memory when read (a zip bomb is refused before that). */
export const WORKBOOK_MAX_EXPANDED_BYTES = 40 * 1024 * 1024;
export const WORKBOOK_MAX_ENTRIES = 200;

/** Columns of a pillar sheet (1-based); only ANSWER, REASON and JUSTIFICATION are unlocked. */
export const COLUMNS = { code: 1, title: 2, question: 3, levels: 4, answer: 5, reason: 6, justification: 7 } as const;
export const FIRST_ROW = 2;

/** Meta sheet: key/value rows (template, round, frameworkVersion, lang, exportedAt, country, cycle), then the indicator table from META_TABLE_ROW, the choices in column H. */
export const META_TABLE_ROW = 10;
export const META_CHOICES_COLUMN = 8;

export interface Choice {
  label: string;
  kind: TAnswerFields["kind"];
  level: number | null;
}

/** The drop-down's choices: the five levels, not applicable, don't know (labels in the workbook's language). */
export function answerChoices(labels: { level: (level: number) => string; notApplicable: string; dontKnow: string }): Choice[] {
  return [
    ...[0, 1, 2, 3, 4].map((level) => ({ label: labels.level(level), kind: "LEVEL" as const, level })),
    { label: labels.notApplicable, kind: "NOT_APPLICABLE", level: null },
    { label: labels.dontKnow, kind: "DONT_KNOW", level: null },
  ];
}

/** The choice a cell holds: empty is "no answer"; a bare digit 0-4 is that level; otherwise a label. */
export function readChoice(text: string, choices: readonly Choice[]): Pick<Choice, "kind" | "level"> | "invalid" {
  const value = text.trim();
  if (value === "") return { kind: null, level: null };
  if (/^[0-4]$/.test(value)) return { kind: "LEVEL", level: Number(value) };
  const found = choices.find((c) => c.label.trim().toLowerCase() === value.toLowerCase());
  return found ? { kind: found.kind, level: found.level } : "invalid";
}

/** The label of an answer, for the cell the workbook is pre-filled with. */
export function choiceLabel(answer: { kind: TAnswerFields["kind"]; level: number | null }, choices: readonly Choice[]): string | null {
  const found = choices.find((c) => c.kind === answer.kind && (c.kind !== "LEVEL" || c.level === answer.level));
  return answer.kind === null ? null : (found?.label ?? null);
}
