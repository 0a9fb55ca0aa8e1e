import { withActor } from "@/lib/api/handler";
import { reactivateService } from "@/lib/services/service";

// POST (no body): brings a retired service back into the catalogue; 409 when it is active.
export const POST = withActor<{ code: string }>(async ({ actor, params }) => reactivateService(actor, params.code), { body: "none" });
