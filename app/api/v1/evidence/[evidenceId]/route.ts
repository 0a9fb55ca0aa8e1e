import { withActor, withActorResponse } from "@/lib/api/handler";
import { downloadHeaders } from "@/lib/evidence/download-headers";
import { getEvidenceFile, removeEvidence } from "@/lib/evidence/service";

// GET: download an evidence file (anyone who may view the country). DELETE: remove an evidence item
// (the country team, under the same rules as answering).
export const GET = withActorResponse<{ evidenceId: string }>(async ({ actor, params }) => {
  const file = await getEvidenceFile(actor, params.evidenceId);
  // BodyInit's type wants a view over a plain ArrayBuffer (Uint8Array's default type also admits a
  // SharedArrayBuffer): reuse the memory when it is one, copy only otherwise.
  const body = file.bytes.buffer instanceof ArrayBuffer ? new Uint8Array(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength) : new Uint8Array(file.bytes);
  return new Response(body, { headers: downloadHeaders({ fileName: file.fileName, mimeType: file.mimeType, sizeBytes: body.byteLength }) });
});

export const DELETE = withActor<{ evidenceId: string }>(async ({ actor, params }) => {
  await removeEvidence(actor, params.evidenceId);
  return { id: params.evidenceId, removed: true };
});
