// Request bodies are read with a hard byte limit whatever the request claims: a declared
// Content-Length over the limit is refused before a byte is read, and a body without one (chunked)
// or with a false one is counted as it arrives and cut off at the limit. An oversized or endless
// body therefore costs at most the limit in memory. Every route reads its body through here (JSON
// routes through the handler wrapper, evidence uploads through lib/evidence/upload-request.ts).
import { AppError } from "../errors";

/** The default limit of a JSON body: ample for every form of the product, far from a memory risk. */
export const JSON_BODY_MAX_BYTES = 16 * 1024;

export function payloadTooLarge(): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", "request body too large");
}

/** The media type of a request, lower-cased, without parameters ("application/json; charset=utf-8" -> "application/json"). */
export function mediaTypeOf(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
}

/** Whether the request says it carries a body (a length above 0, or a chunked transfer). */
export function declaresBody(request: Request): boolean {
  const length = request.headers.get("content-length");
  return (length !== null && length.trim() !== "0") || request.headers.has("transfer-encoding");
}

/** The body, refused with `onTooLarge` as soon as it passes `limit` bytes (declared or actual). */
export async function readBodyWithLimit(request: Request, limit: number, onTooLarge: () => AppError = payloadTooLarge): Promise<Uint8Array<ArrayBuffer>> {
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

/**
 * Reads a JSON body of at most `limit` bytes. Too large: PAYLOAD_TOO_LARGE (413), before any parsing.
 * Not UTF-8 or not JSON: INVALID_INPUT (422), not a server error.
 */
export async function readJsonBody(request: Request, limit = JSON_BODY_MAX_BYTES): Promise<unknown> {
  const bytes = await readBodyWithLimit(request, limit);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("INVALID_INPUT", "body is not UTF-8", { fields: { _: "invalid" } });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("INVALID_INPUT", "body is not JSON", { fields: { _: "invalid" } });
  }
}

/** Node's error for a request body cut off by the client closing the connection. */
export function isClientAbort(error: unknown): boolean {
  return error instanceof Error && error.message === "aborted" && (error as NodeJS.ErrnoException).code === "ECONNRESET";
}
