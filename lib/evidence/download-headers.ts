// Headers for downloading an evidence file. Uploaded content is untrusted: it is always an
// attachment (never displayed inline in the application's origin), with the type detected at upload
// and no sniffing, and a sandboxing CSP in case a browser renders it anyway.

/** RFC 8187 value: percent-encoded UTF-8, including the characters encodeURIComponent leaves alone but the grammar does not allow. */
function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `attachment` with an ASCII fallback name for old clients and the exact name in `filename*`. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize("NFKD").replace(/[^\x20-\x7E]/g, "").replace(/["\\%;]/g, "_").trim() || "file";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeExtValue(fileName)}`;
}

export function downloadHeaders(file: { fileName: string; mimeType: string; sizeBytes: number }): Headers {
  // Text was checked to be UTF-8 at upload; saying so stops a browser guessing another charset.
  const type = file.mimeType.startsWith("text/") ? `${file.mimeType}; charset=utf-8` : file.mimeType;
  return new Headers({
    "content-type": type,
    "content-length": String(file.sizeBytes),
    "content-disposition": contentDisposition(file.fileName),
    "x-content-type-options": "nosniff",
    "cache-control": "private, no-store",
    "content-security-policy": "default-src 'none'; sandbox",
  });
}
