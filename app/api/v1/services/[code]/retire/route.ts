import { withActor } from "@/lib/api/handler";
import { retireService } from "@/lib/services/service";

// POST (no body): retires the service (is_active false, never deleted); 409 when it already is.
export const POST = withActor<{ code: string }>(async ({ actor, params }) => retireService(actor, params.code), { body: "none" });
