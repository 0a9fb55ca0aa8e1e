import { describe, expect, it } from "vitest";
import { EVIDENCE_MAX_BYTES } from "./file-check";
import { LINK_BODY_MAX_BYTES, MULTIPART_OVERHEAD_BYTES, readEvidenceUpload } from "./upload-request";
import { pdfBytes } from "./test-files";

const URL_ = "http://localhost/api/v1/rounds/r/answers/i/evidence";

function multipart(file: Blob | string | null, name = "decree.pdf", title?: string): Request {
  const form = new FormData();
  if (typeof file === "string") form.set("file", file);
  else if (file) form.set("file", file, name);
  if (title !== undefined) form.set("title", title);
  return new Request(URL_, { method: "POST", body: form });
}

/** A body that never ends: proves the limit is enforced on what arrives, not on what is declared. */
function endless(): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(1024 * 1024);
  return new ReadableStream({ pull: (controller) => controller.enqueue(chunk) });
}

describe("readEvidenceUpload", () => {
  it("reads a JSON link", async () => {
    const request = new Request(URL_, { method: "POST", headers: { "content-type": "application/json; charset=utf-8" }, body: JSON.stringify({ url: "https://x.org" }) });
    expect(await readEvidenceUpload(request)).toEqual({ kind: "link", input: { url: "https://x.org" } });
  });

  it("refuses malformed JSON, and other content types as unsupported", async () => {
    const bad = new Request(URL_, { method: "POST", headers: { "content-type": "application/json" }, body: "{" });
    await expect(readEvidenceUpload(bad)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const plain = new Request(URL_, { method: "POST", headers: { "content-type": "text/plain" }, body: "x" });
    await expect(readEvidenceUpload(plain)).rejects.toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE" });
  });

  it("refuses a link body over its limit as too large, not as a bad URL", async () => {
    const big = JSON.stringify({ url: `https://x.org/${"a".repeat(LINK_BODY_MAX_BYTES)}` });
    const request = new Request(URL_, { method: "POST", headers: { "content-type": "application/json" }, body: big });
    await expect(readEvidenceUpload(request)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
  });

  it("reads a multipart file with its name and an optional title", async () => {
    const upload = await readEvidenceUpload(multipart(new Blob([pdfBytes()]), "decree.pdf", "Decree"));
    expect(upload).toMatchObject({ kind: "file", fileName: "decree.pdf", title: "Decree" });
    if (upload.kind !== "file") throw new Error("expected a file");
    expect(Buffer.from(upload.bytes).equals(Buffer.from(pdfBytes()))).toBe(true);
  });

  it("refuses a multipart body without a file", async () => {
    await expect(readEvidenceUpload(multipart(null))).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { file: "required" } });
    await expect(readEvidenceUpload(multipart("just text"))).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { file: "required" } });
  });

  it("refuses a declared Content-Length over the limit without reading the body", async () => {
    const body = new ReadableStream<Uint8Array>({ pull: (controller) => controller.enqueue(new Uint8Array(1024)) });
    const request = new Request(URL_, {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(EVIDENCE_MAX_BYTES + MULTIPART_OVERHEAD_BYTES + 1) },
      body,
      duplex: "half",
    } as RequestInit);
    await expect(readEvidenceUpload(request)).rejects.toMatchObject({ code: "FILE_TOO_LARGE" });
    // Nobody took a reader on the body.
    expect(request.bodyUsed).toBe(false);
    expect(body.locked).toBe(false);
  });

  it("stops reading a body without a declared length once it passes the limit", async () => {
    const request = new Request(URL_, { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x" }, body: endless(), duplex: "half" } as RequestInit);
    await expect(readEvidenceUpload(request)).rejects.toMatchObject({ code: "FILE_TOO_LARGE", fields: { file: "fileTooLarge" } });
  });
});
