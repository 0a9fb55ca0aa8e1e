// Reads the body of POST .../evidence: JSON for a link, multipart/form-data for a file. The body is
// read with a hard limit whatever the request claims, so an oversized or endless upload costs at
// most the limit in memory before it is refused.
import { AppError } from "../errors";
import { EVIDENCE_MAX_BYTES } from "./file-check";

/** Room for the multipart envelope (boundaries, part headers, a title field) around the file. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
export const JSON_BODY_MAX_BYTES = 16 * 1024;

export type EvidenceUpload =
  | { kind: "link"; input: unknown }
  | { kind: "file"; fileName: string; bytes: Uint8Array; title?: string };

function tooLarge(): AppError {
  return new AppError("FILE_TOO_LARGE", "request body too large", { fields: { file: "fileTooLarge" } });
}

/** The body, refused with `onTooLarge` as soon as it passes `limit` bytes (declared or actual). */
export async function readBodyWithLimit(request: Request, limit: number, onTooLarge: () => AppError): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get("content-length");
  // Refuse before reading a byte when the client says it will send too much.
  if (declared !== null && Number(declared) > limit) throw onTooLarge();
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    // The declared length can be absent (chunked) or a lie: count what actually arrives.
    if (total > limit) {
      await reader.cancel();
      throw onTooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

function mediaType(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
}

/** Parses the request into a link input (validated later by the shared schema) or a file. */
export async function readEvidenceUpload(request: Request): Promise<EvidenceUpload> {
  const type = mediaType(request);
  if (type === "application/json") {
    const body = await readBodyWithLimit(request, JSON_BODY_MAX_BYTES, () => new AppError("INVALID_INPUT", "JSON body too large", { fields: { url: "tooLong" } }));
    try {
      return { kind: "link", input: JSON.parse(new TextDecoder().decode(body)) as unknown };
    } catch {
      throw new AppError("INVALID_INPUT", "malformed JSON");
    }
  }
  if (type === "multipart/form-data") {
    const body = await readBodyWithLimit(request, EVIDENCE_MAX_BYTES + MULTIPART_OVERHEAD_BYTES, tooLarge);
    let form: FormData;
    try {
      // Parse the bytes we already hold (and bounded) with the platform's multipart parser.
      form = await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
    } catch {
      throw new AppError("INVALID_INPUT", "malformed multipart body");
    }
    const file = form.get("file");
    if (file === null || typeof file === "string") throw new AppError("INVALID_INPUT", "no file", { fields: { file: "required" } });
    const title = form.get("title");
    return {
      kind: "file",
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      title: typeof title === "string" && title.trim().length > 0 ? title : undefined,
    };
  }
  throw new AppError("INVALID_INPUT", `unsupported content type ${type || "(none)"}`);
}
