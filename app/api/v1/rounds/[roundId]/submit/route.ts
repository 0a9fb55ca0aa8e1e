import { withActor } from "@/lib/api/handler";
import { parseInput } from "@/lib/api/parse";
import { submitRound } from "@/lib/rounds/service";
import { ZSubmitRound } from "@/lib/rounds/schemas";

// POST: the focal point submits the round. 422 ROUND_INCOMPLETE lists what is missing.
export const POST = withActor<{ roundId: string }>(async ({ actor, body, params }) => {
  const input = parseInput(ZSubmitRound, body);
  return submitRound(actor, params.roundId, input);
});
