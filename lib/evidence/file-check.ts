// What an uploaded evidence file may be. The type comes from the bytes (file-type reads the
// signatures), never from the name or the MIME type the browser sent: both are chosen by the
// uploader. The name only narrows further (text and legacy Office files, see below) and is made
// safe to show and to save on a reviewer's computer.
import { fileTypeFromBuffer } from "file-type";
import { AppError } from "../errors";

/** 10 MB: large enough for a scanned decree or a report, small enough to keep in PostgreSQL. */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const FILE_NAME_MAX = 200;

interface AllowedType {
  mimeType: string;
  /** Extensions a name of this type may end with; the first is added when the name has none of them. */
  extensions: readonly string[];
}

/** By the extension file-type reports. Macro-enabled Office formats (docm, xlsm…) are deliberately absent. */
const DETECTED: ReadonlyMap<string, AllowedType> = new Map([
  ["pdf", { mimeType: "application/pdf", extensions: ["pdf"] }],
  ["png", { mimeType: "image/png", extensions: ["png"] }],
  ["jpg", { mimeType: "image/jpeg", extensions: ["jpg", "jpeg"] }],
  ["gif", { mimeType: "image/gif", extensions: ["gif"] }],
  ["webp", { mimeType: "image/webp", extensions: ["webp"] }],
  ["docx", { mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extensions: ["docx"] }],
  ["xlsx", { mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extensions: ["xlsx"] }],
  ["pptx", { mimeType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", extensions: ["pptx"] }],
  ["odt", { mimeType: "application/vnd.oasis.opendocument.text", extensions: ["odt"] }],
  ["ods", { mimeType: "application/vnd.oasis.opendocument.spreadsheet", extensions: ["ods"] }],
]);

// An OLE compound file (file-type: "cfb") is the container of legacy .doc/.xls/.ppt, but also of
// Windows installers (.msi) and Outlook messages. The bytes prove only the container, so we also
// require one of the three Office extensions: an installer renamed report.doc then opens in Word,
// not in Windows Installer, when a reviewer downloads it.
const LEGACY_OFFICE: ReadonlyMap<string, AllowedType> = new Map([
  ["doc", { mimeType: "application/msword", extensions: ["doc"] }],
  ["xls", { mimeType: "application/vnd.ms-excel", extensions: ["xls"] }],
  ["ppt", { mimeType: "application/vnd.ms-powerpoint", extensions: ["ppt"] }],
]);

// Text has no signature (file-type answers undefined). Accepted only as UTF-8 without NUL bytes and
// under a .txt or .csv name; it is always served as text/plain or text/csv with nosniff, so HTML or
// script inside it is never rendered.
const TEXT: ReadonlyMap<string, AllowedType> = new Map([
  ["txt", { mimeType: "text/plain", extensions: ["txt"] }],
  ["csv", { mimeType: "text/csv", extensions: ["csv"] }],
]);

export interface CheckedFile {
  /** Sanitised, and ending with an extension that matches the detected type. */
  fileName: string;
  mimeType: string;
  sizeBytes: number;
}

function refuseType(): AppError {
  return new AppError("FILE_TYPE_NOT_ALLOWED", "file type not allowed", { fields: { file: "fileType" } });
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

// C0/C1 controls, and the bidirectional and zero-width format characters that can disguise an
// extension ("report\u202Efdp.exe" displays as "reportexe.pdf").
const INVISIBLE = /[\p{Cc}\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;
// Reserved on Windows, where many reviewers save the file.
const RESERVED = /[<>:"|?*]/g;

/**
 * A file name safe to store, show and offer for download: the last path part only, no control or
 * invisible characters, no Windows-reserved characters, no leading dots (hidden files) or trailing
 * dots and spaces, at most FILE_NAME_MAX characters with the extension kept. Never empty.
 */
export function sanitiseFileName(name: string): string {
  const base = name.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const cleaned = base.replace(INVISIBLE, "").replace(RESERVED, "_").replace(/\s+/g, " ").replace(/^[\s.]+/, "").replace(/[\s.]+$/, "");
  const chars = [...cleaned];
  if (chars.length === 0) return "file";
  if (chars.length <= FILE_NAME_MAX) return cleaned;
  const ext = extensionOf(cleaned);
  // Counted in code points so a cut never splits a surrogate pair.
  const keep = ext.length > 0 && ext.length < 20 ? `.${ext}` : "";
  return chars.slice(0, FILE_NAME_MAX - keep.length).join("").replace(/[\s.]+$/, "") + keep;
}

/** Appends the type's usual extension when the name does not already end with one of its extensions. */
function withExtension(name: string, type: AllowedType): string {
  if (type.extensions.includes(extensionOf(name))) return name;
  return sanitiseFileName(`${[...name].slice(0, FILE_NAME_MAX - type.extensions[0].length - 1).join("")}.${type.extensions[0]}`);
}

/**
 * Checks an uploaded evidence file: not empty, at most EVIDENCE_MAX_BYTES, and of an allowed type
 * detected from its content. Throws FILE_TOO_LARGE, FILE_TYPE_NOT_ALLOWED, or INVALID_INPUT (empty),
 * each with a `file` field key under `validation`.
 */
export async function checkEvidenceFile(input: { fileName: string; bytes: Uint8Array }): Promise<CheckedFile> {
  const { bytes } = input;
  if (bytes.byteLength > EVIDENCE_MAX_BYTES) throw new AppError("FILE_TOO_LARGE", "file too large", { fields: { file: "fileTooLarge" } });
  if (bytes.byteLength === 0) throw new AppError("INVALID_INPUT", "empty file", { fields: { file: "fileEmpty" } });
  const name = sanitiseFileName(input.fileName);
  const nameExt = extensionOf(name);

  // A crafted file can make the parser give up with an error: that is a refusal, not a server fault.
  const detected = await fileTypeFromBuffer(bytes).catch(() => {
    throw refuseType();
  });
  let type: AllowedType | undefined;
  if (detected === undefined) {
    type = isUtf8Text(bytes) ? TEXT.get(nameExt) : undefined;
  } else if (detected.ext === "cfb") {
    type = LEGACY_OFFICE.get(nameExt);
  } else {
    type = DETECTED.get(detected.ext);
  }
  if (!type) throw refuseType();
  return { fileName: withExtension(name, type), mimeType: type.mimeType, sizeBytes: bytes.byteLength };
}
