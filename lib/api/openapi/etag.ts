import { createHash } from "node:crypto";

/** A strong ETag of a text: its SHA-256, quoted (the same on every instance of one build). */
export function etagOf(text: string): string {
  return `"${createHash("sha256").update(text).digest("base64url").slice(0, 27)}"`;
}
