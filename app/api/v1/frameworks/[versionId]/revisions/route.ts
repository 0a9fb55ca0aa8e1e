import { withActor } from "@/lib/api/handler";
import { FRAMEWORK_DOCUMENT_MAX_BYTES } from "@/lib/frameworks/document";
import { listFrameworkTextRevisions, reviseFrameworkText } from "@/lib/frameworks/revise";

// GET /api/v1/frameworks/<versionId>/revisions: the version's text revisions, newest first
// (administrators).
export const GET = withActor<{ versionId: string }>(async ({ actor, params }) => ({ revisions: await listFrameworkTextRevisions(actor, params.versionId) }));

// POST /api/v1/frameworks/<versionId>/revisions with `{reason, document}`: corrects the published
// version's wording in place (administrators); 422 FRAMEWORK_NOT_TEXT_ONLY (`details.structural`)
// when the document changes more than texts. Answers `{revisionId, changes}`.
export const POST = withActor<{ versionId: string }>(async ({ actor, params, body }) => reviseFrameworkText(actor, params.versionId, body), {
  // The whole document plus a short reason.
  maxBodyBytes: FRAMEWORK_DOCUMENT_MAX_BYTES + 4096,
});
