import "server-only";
// Writing XLSX with exceljs's streaming writer: each row is committed (serialised into the zip) as
// soon as it is written, and the zip is piped into the HTTP response, so a workbook is never held
// whole in memory. Every cell goes through the formula-injection neutralisation (cells.ts); text is
// written as a string cell (never as a formula), prefixed with an apostrophe when it would start one.
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { logger } from "../logger";
import { safeCell, type CellInput } from "./cells";

export interface XlsxColumn {
  header: string;
  /** Width in characters (default 14). */
  width?: number;
  /** Long text: wrapped. */
  wrap?: boolean;
}

export interface XlsxTable {
  name: string;
  columns: readonly XlsxColumn[];
  rows: Iterable<readonly CellInput[]>;
}

export interface XlsxProperties {
  title: string;
  subject: string;
  keywords: string;
  description: string;
  created: Date;
}

type Writer = ExcelJS.stream.xlsx.WorkbookWriter;

/** Excel's limits for sheet names: 31 characters, none of []:*?/\ . */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, " ").trim().slice(0, 31) || "Sheet";
}

/** A sheet of label/value pairs (the versions, the round, the filters): the export's header block. */
export function addPairsSheet(wb: Writer, name: string, pairs: readonly (readonly [string, CellInput])[], rightToLeft: boolean): void {
  const ws = wb.addWorksheet(sheetName(name), { views: [{ rightToLeft }] });
  ws.columns = [{ width: 34 }, { width: 60 }];
  for (const [label, value] of pairs) {
    const row = ws.addRow([safeCell(label), safeCell(value)]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: "top" };
    row.commit();
  }
  ws.commit();
}

/** A sheet with a bold, frozen header row and one row per record. */
export function addTableSheet(wb: Writer, table: XlsxTable, rightToLeft: boolean): void {
  const ws = wb.addWorksheet(sheetName(table.name), { views: [{ state: "frozen", ySplit: 1, rightToLeft }] });
  ws.columns = table.columns.map((c) => ({ width: c.width ?? 14 }));
  const header = ws.addRow(table.columns.map((c) => safeCell(c.header)));
  header.font = { bold: true };
  header.commit();
  const wrapped = table.columns.flatMap((c, i) => (c.wrap ? [i + 1] : []));
  for (const values of table.rows) {
    const row = ws.addRow(values.map(safeCell));
    for (const index of wrapped) row.getCell(index).alignment = { wrapText: true, vertical: "top" };
    row.commit();
  }
  ws.commit();
}

/**
 * A workbook written by `write` into a web stream for a Response body. The writing runs as the
 * client reads; a failure half-way is logged and ends the download with an error (the client never
 * receives a truncated file that looks complete).
 */
export function xlsxStream(properties: XlsxProperties, write: (wb: Writer) => void | Promise<void>): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  // The versions travel in the file's own properties too (File > Info in Excel).
  Object.assign(wb, {
    creator: "Cybercap",
    lastModifiedBy: "Cybercap",
    created: properties.created,
    modified: properties.created,
    title: properties.title,
    subject: properties.subject,
    keywords: properties.keywords,
    description: properties.description,
  });
  void (async () => {
    await write(wb);
    await wb.commit();
  })().catch((error: unknown) => {
    logger.error({ err: error }, "xlsx export failed while streaming");
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return Readable.toWeb(out) as unknown as ReadableStream<Uint8Array>;
}
