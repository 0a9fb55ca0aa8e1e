// Formula-injection neutralisation for spreadsheet exports (XLSX and CSV). Text that a user typed
// (a justification, a comment, an evidence title) must never run as a formula when an officer opens
// the file: Excel, LibreOffice and Google Sheets treat a cell starting with = + - @ as a formula, and
// a leading tab or carriage return can hide such a start. Such text gets a leading apostrophe, so it
// is shown literally and stays text if someone edits the cell. Numbers are not text: a negative
// score stays the number -0.5, never the string "'-0.5".

/** The characters that make a spreadsheet read a text cell as a formula (OWASP's list). */
export const FORMULA_TRIGGERS: readonly string[] = ["=", "+", "-", "@", "\t", "\r"];

export type CellInput = string | number | boolean | Date | null | undefined;
export type CellValue = string | number | boolean | Date | null;

/** Whether a text would be read as a formula (or hides one behind a tab or carriage return). */
export function isFormulaLike(text: string): boolean {
  return text.length > 0 && FORMULA_TRIGGERS.includes(text[0]);
}

/** The text with a leading apostrophe when it would start a formula; otherwise unchanged. */
export function neutraliseText(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/**
 * A value ready for a spreadsheet cell: text neutralised, finite numbers, booleans and dates kept
 * as they are, anything else (null, undefined, NaN, infinities) an empty cell.
 */
export function safeCell(value: CellInput): CellValue {
  if (typeof value === "string") return neutraliseText(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  return null;
}
