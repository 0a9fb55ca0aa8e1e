import { withActor } from "@/lib/api/handler";
import { listFrameworkVersions } from "@/lib/frameworks/service";

// GET /api/v1/frameworks: the framework versions (id, label, status, publishedAt, retiredAt), newest
// first, for any signed-in person; drafts for administrators only (lib/authz.ts).
export const GET = withActor<Record<string, never>>(async ({ actor }) => ({ versions: await listFrameworkVersions(actor) }));
