import { withActor } from "@/lib/api/handler";
import { FRAMEWORK_DOCUMENT_MAX_BYTES } from "@/lib/frameworks/document";
import { importFrameworkDocument } from "@/lib/frameworks/import";
import { listFrameworkVersions } from "@/lib/frameworks/service";

// GET /api/v1/frameworks: the framework versions (id, label, status, publishedAt, retiredAt), newest
// first, for any signed-in person; drafts for administrators only (lib/authz.ts).
export const GET = withActor<Record<string, never>>(async ({ actor }) => ({ versions: await listFrameworkVersions(actor) }));

// POST /api/v1/frameworks with a framework document as the body: imports it as a new draft version
// (administrators only; 422 FRAMEWORK_INVALID with `details.issues`, 409 FRAMEWORK_VERSION_EXISTS)
// and answers the draft with its differences from the published version.
export const POST = withActor<Record<string, never>>(async ({ actor, body }) => importFrameworkDocument(actor, body), {
  maxBodyBytes: FRAMEWORK_DOCUMENT_MAX_BYTES,
});
