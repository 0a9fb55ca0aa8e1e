import { withActor } from "@/lib/api/handler";
import { getService, updateService } from "@/lib/services/service";

// One service of the catalogue (administrators only). GET: the service with its indicator codes.
// PATCH a ZServiceUpdate body (lib/services/schemas.ts; every field, the code excepted: it never
// changes): the service as saved.
export const GET = withActor<{ code: string }>(async ({ actor, params }) => getService(actor, params.code));

export const PATCH = withActor<{ code: string }>(async ({ actor, params, body }) => updateService(actor, params.code, body));
