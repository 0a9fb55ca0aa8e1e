import { withActor } from "@/lib/api/handler";
import { parseInput } from "@/lib/api/parse";
import { replyToComment } from "@/lib/review/service";
import { ZReply } from "@/lib/review/schemas";

// POST {body}: a reply in a published thread the caller may read, with the thread's visibility.
export const POST = withActor<{ commentId: string }>(async ({ actor, body, params }) => replyToComment(actor, params.commentId, parseInput(ZReply, body)));
