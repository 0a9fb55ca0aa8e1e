// Reads the body of POST .../evidence: JSON for a link, multipart/form-data for a file. The body is
// read with a hard limit whatever the request claims (lib/api/body.ts), so an oversized or endless
// upload costs at most the limit in memory before it is refused.
import { mediaTypeOf, readBodyWithLimit, readJsonBody } from "../api/body";
import { AppError } from "../errors";
import { EVIDENCE_MAX_BYTES } from "./file-check";

/** Room for the multipart envelope (boundaries, part headers, a title field) around the file. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
/** A link and its title fit many times over. */
export const LINK_BODY_MAX_BYTES = 16 * 1024;

export type EvidenceUpload =
  | { kind: "link"; input: unknown }
  | { kind: "file"; fileName: string; bytes: Uint8Array; title?: string };

function tooLarge(): AppError {
  return new AppError("FILE_TOO_LARGE", "request body too large", { fields: { file: "fileTooLarge" } });
}

/** Parses the request into a link input (validated later by the shared schema) or a file. */
export async function readEvidenceUpload(request: Request): Promise<EvidenceUpload> {
  const type = mediaTypeOf(request);
  if (type === "application/json") return { kind: "link", input: await readJsonBody(request, LINK_BODY_MAX_BYTES) };
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
  throw new AppError("UNSUPPORTED_MEDIA_TYPE", `unsupported content type ${type || "(none)"}`);
}
