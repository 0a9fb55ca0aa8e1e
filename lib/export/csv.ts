// CSV writing (RFC 4180, comma-separated, CRLF line ends) in UTF-8 with a byte-order mark, which
// Excel needs to read UTF-8 (without it, Arabic, Chinese and Cyrillic come out garbled). Every
// field goes through the formula-injection neutralisation (cells.ts).
import { safeCell, type CellInput } from "./cells";

export const UTF8_BOM = "\uFEFF";

/** One field: neutralised, quoted when it holds a comma, a quote, a line break or edge spaces. */
export function csvField(value: CellInput): string {
  const cell = safeCell(value);
  if (cell === null) return "";
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "boolean") return cell ? "true" : "false";
  const text = cell instanceof Date ? cell.toISOString() : cell;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, with its line end. */
export function csvLine(values: readonly CellInput[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/** A whole CSV document (with the byte-order mark), for small tables. */
export function csvDocument(rows: Iterable<readonly CellInput[]>): string {
  let out = UTF8_BOM;
  for (const row of rows) out += csvLine(row);
  return out;
}

/** Records encoded per pull, so that a slow reader holds back the writer (backpressure). */
const LINES_PER_CHUNK = 200;

/**
 * A CSV streamed record by record: the rows are read from the iterable only as the client takes
 * the bytes, a chunk of lines at a time, so memory stays flat whatever the number of rows.
 */
export function csvStream(rows: Iterable<readonly CellInput[]> | AsyncIterable<readonly CellInput[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator: AsyncIterator<readonly CellInput[]> | Iterator<readonly CellInput[]> =
    Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let text = started ? "" : UTF8_BOM;
      started = true;
      for (let i = 0; i < LINES_PER_CHUNK; i++) {
        const next = await iterator.next();
        if (next.done) {
          if (text) controller.enqueue(encoder.encode(text));
          controller.close();
          return;
        }
        text += csvLine(next.value);
      }
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
