import { withActor } from "@/lib/api/handler";
import { publishFrameworkVersion } from "@/lib/frameworks/publish";

// POST /api/v1/frameworks/<versionId>/publish (no body): an administrator publishes a draft; the
// version published until then is retired in the same transaction (new rounds open on the new one,
// existing rounds keep theirs). 409 CONFLICT when the version is not a draft.
export const POST = withActor<{ versionId: string }>(async ({ actor, params }) => publishFrameworkVersion(actor, params.versionId), { body: "none" });
