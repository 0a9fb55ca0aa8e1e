import { withActor } from "@/lib/api/handler";
import { parseInput } from "@/lib/api/parse";
import { addReviewComment } from "@/lib/review/service";
import { ZNewComment } from "@/lib/review/schemas";

// POST {indicatorId|null, body, visibility: "COUNTRY"|"INTERNAL"}: a draft comment of the caller's
// review, published when the review is sent.
export const POST = withActor<{ roundId: string }>(async ({ actor, body, params }) => addReviewComment(actor, params.roundId, parseInput(ZNewComment, body)));
