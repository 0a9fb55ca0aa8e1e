import { withActor } from "@/lib/api/handler";
import { getRoundReview, startReview } from "@/lib/review/service";

// GET: the round's review as the reader may see it (the country never sees internal comments or
// drafts). POST: the assigned officer starts a review (submitted -> in review); idempotent for them.
export const GET = withActor<{ roundId: string }>(async ({ actor, params }) => getRoundReview(actor, params.roundId));
export const POST = withActor<{ roundId: string }>(async ({ actor, params }) => startReview(actor, params.roundId), { body: "none" });
