// Reads an uploaded offline questionnaire: the archive is checked before it is unpacked
// (archive.ts), then loaded with exceljs; the hidden sheet must name this template version and
// this round; no cell may hold a formula. What comes out is each indicator's cells as text, with
// the id and the answer version the workbook was exported at. Anything wrong with the file as a
// whole is one WORKBOOK_INVALID error with a reason; rows are judged by the service.
import ExcelJS from "exceljs";
import { AppError } from "../errors";
import { isLocale, type Locale } from "../i18n/config";
import { isUuid } from "../ids";
import { checkArchive } from "./archive";
import { COLUMNS, META_SHEET, META_TABLE_ROW, TEMPLATE_VERSION } from "./template";

export interface WorkbookRow {
  indicatorId: string;
  code: string;
  sheet: string;
  row: number;
  exportedVersion: number;
  answer: string;
  reason: string;
  justification: string;
}

export interface ReadWorkbook {
  roundId: string;
  lang: Locale;
  frameworkVersion: string;
  rows: WorkbookRow[];
}

export type WorkbookProblem = "tooLarge" | "notWorkbook" | "corrupted" | "tooExpanded" | "wrongTemplate" | "wrongRound" | "formulas";

/** A file refused as a whole: 422 WORKBOOK_INVALID with `details.reason` (413 PAYLOAD_TOO_LARGE when over the limit). */
export function workbookInvalid(reason: WorkbookProblem, details: Record<string, unknown> = {}): AppError {
  return new AppError(reason === "tooLarge" ? "PAYLOAD_TOO_LARGE" : "WORKBOOK_INVALID", `workbook refused: ${reason}`, { details: { reason, ...details } });
}

/** A cell as the person typed it: rich text joined, numbers as digits, empty as "". */
function textOf(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  return cell.text ?? "";
}

/** Neutralised text was written with a leading apostrophe: read it back without. */
function plain(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

export async function readWorkbook(bytes: Uint8Array, expectedRoundId: string): Promise<ReadWorkbook> {
  const problem = checkArchive(bytes);
  if (problem) throw workbookInvalid(problem);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw workbookInvalid("corrupted");
  }
  const meta = wb.getWorksheet(META_SHEET);
  if (!meta) throw workbookInvalid("wrongTemplate");
  const pairs = new Map<string, string>();
  for (let r = 1; r < META_TABLE_ROW; r++) pairs.set(textOf(meta.getCell(r, 1)), textOf(meta.getCell(r, 2)));
  if (pairs.get("template") !== TEMPLATE_VERSION) throw workbookInvalid("wrongTemplate", { template: pairs.get("template") ?? null });
  if (pairs.get("round") !== expectedRoundId) throw workbookInvalid("wrongRound");
  const lang = pairs.get("lang");
  if (!isLocale(lang)) throw workbookInvalid("wrongTemplate");

  // No formula anywhere: an answer is typed or chosen, never computed (and a formula could reach
  // outside the file when someone opens it later).
  const formulas: string[] = [];
  wb.eachSheet((ws) => {
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas.push(`${ws.name}!${cell.address}`);
      });
    });
  });
  if (formulas.length > 0) throw workbookInvalid("formulas", { cells: formulas.slice(0, 10) });

  const rows: WorkbookRow[] = [];
  for (let r = META_TABLE_ROW + 1; r <= meta.rowCount; r++) {
    const indicatorId = textOf(meta.getCell(r, 1));
    if (indicatorId === "") continue;
    const code = textOf(meta.getCell(r, 2));
    const sheetName = textOf(meta.getCell(r, 3));
    const rowNumber = Number(textOf(meta.getCell(r, 4)));
    const version = Number(textOf(meta.getCell(r, 5)));
    const ws = wb.getWorksheet(sheetName);
    if (!isUuid(indicatorId) || !ws || !Number.isInteger(rowNumber) || rowNumber < 2 || !Number.isInteger(version) || version < 0) throw workbookInvalid("wrongTemplate");
    const row = ws.getRow(rowNumber);
    // The locked code column must still name the indicator: rows were not moved.
    if (textOf(row.getCell(COLUMNS.code)) !== code) throw workbookInvalid("wrongTemplate", { sheet: sheetName, row: rowNumber });
    rows.push({
      indicatorId,
      code,
      sheet: sheetName,
      row: rowNumber,
      exportedVersion: version,
      answer: textOf(row.getCell(COLUMNS.answer)),
      reason: plain(textOf(row.getCell(COLUMNS.reason))),
      justification: plain(textOf(row.getCell(COLUMNS.justification))),
    });
  }
  return { roundId: expectedRoundId, lang, frameworkVersion: pairs.get("frameworkVersion") ?? "", rows };
}
