import { withActor } from "@/lib/api/handler";
import { parseInput } from "@/lib/api/parse";
import { sendReview } from "@/lib/review/service";
import { ZSendReview } from "@/lib/review/schemas";

// POST {outcome: "REQUEST_CHANGES"|"VALIDATE"|"COMMENT", summary}: sends the caller's review.
export const POST = withActor<{ roundId: string }>(async ({ actor, body, params }) => sendReview(actor, params.roundId, parseInput(ZSendReview, body)));
