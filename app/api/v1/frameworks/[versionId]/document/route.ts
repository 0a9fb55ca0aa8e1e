import { withActor, withActorResponse } from "@/lib/api/handler";
import { FRAMEWORK_DOCUMENT_MAX_BYTES } from "@/lib/frameworks/document";
import { updateDraftFramework } from "@/lib/frameworks/edit";
import { exportFrameworkDocument } from "@/lib/frameworks/service";

// GET /api/v1/frameworks/<versionId>/document: the version as a framework document (the format of
// prisma/frameworks/*.json, all six languages, docs/frameworks.md), as the download
// framework-<label>.json. Readable by the same people as the version itself.
export const GET = withActorResponse<{ versionId: string }>(async ({ actor, params }) => {
  const document = await exportFrameworkDocument(actor, params.versionId);
  // Labels of documents are [0-9A-Za-z._-] already; older labels are made safe for a file name.
  const fileName = `framework-${document.version.replace(/[^0-9A-Za-z._-]/g, "_")}.json`;
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "private, no-store",
    },
  });
});

// PUT /api/v1/frameworks/<versionId>/document with a framework document as the body: replaces a
// draft's content (label, texts, pillars, indicators) keeping its id (administrators; 409 CONFLICT
// for a published or retired version, 409 FRAMEWORK_VERSION_EXISTS, 422 FRAMEWORK_INVALID with
// `details.issues`), and answers the draft with its differences from the published version.
export const PUT = withActor<{ versionId: string }>(async ({ actor, params, body }) => updateDraftFramework(actor, params.versionId, body), {
  maxBodyBytes: FRAMEWORK_DOCUMENT_MAX_BYTES,
});
