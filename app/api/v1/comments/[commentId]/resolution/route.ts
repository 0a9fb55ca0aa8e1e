import { withActor } from "@/lib/api/handler";
import { parseInput } from "@/lib/api/parse";
import { setThreadResolved } from "@/lib/review/service";
import { ZResolution } from "@/lib/review/schemas";

// PUT {resolved}: a reviewer resolves or reopens a thread.
export const PUT = withActor<{ commentId: string }>(async ({ actor, body, params }) => setThreadResolved(actor, params.commentId, parseInput(ZResolution, body).resolved));
