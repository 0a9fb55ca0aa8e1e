// Checks an uploaded file before anything unpacks it: an XLSX is a zip archive, and a zip can
// claim to hold gigabytes in a few kilobytes (a zip bomb) or be truncated. The central directory
// (at the end of the archive) lists every entry with its sizes: it is read here, without
// decompressing anything, and the file is refused when it is not a zip, is damaged, uses ZIP64
// (no workbook of ours needs it), has too many entries or would expand beyond the limit.
import { WORKBOOK_MAX_BYTES, WORKBOOK_MAX_ENTRIES, WORKBOOK_MAX_EXPANDED_BYTES } from "./template";

export type ArchiveProblem = "tooLarge" | "notWorkbook" | "corrupted" | "tooExpanded";

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

export function checkArchive(bytes: Uint8Array, limits = { maxBytes: WORKBOOK_MAX_BYTES, maxEntries: WORKBOOK_MAX_ENTRIES, maxExpanded: WORKBOOK_MAX_EXPANDED_BYTES }): ArchiveProblem | null {
  if (bytes.byteLength > limits.maxBytes) return "tooLarge";
  if (bytes.byteLength < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return "notWorkbook";
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: 22 bytes plus a comment of up to 65,535 bytes, at the end.
  let eocd = -1;
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return "corrupted";
  const entries = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) return "corrupted";
  if (entries > limits.maxEntries) return "tooExpanded";
  if (offset + size > eocd) return "corrupted";
  let at = offset;
  let expanded = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) return "corrupted";
    const compressed = view.getUint32(at + 20, true);
    const uncompressed = view.getUint32(at + 24, true);
    if (compressed === 0xffffffff || uncompressed === 0xffffffff) return "corrupted";
    expanded += uncompressed;
    if (expanded > limits.maxExpanded) return "tooExpanded";
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return null;
}
