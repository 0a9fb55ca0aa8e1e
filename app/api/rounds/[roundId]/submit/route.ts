import { withActor } from "@/lib/api/handler";
import { parseInput, readJson } from "@/lib/api/parse";
import { submitRound } from "@/lib/rounds/service";
import { ZSubmitRound } from "@/lib/rounds/schemas";

// POST: the focal point submits the round. 422 ROUND_INCOMPLETE lists what is missing.
export const POST = withActor<{ roundId: string }>(async ({ actor, request, params }) => {
  const input = parseInput(ZSubmitRound, await readJson(request));
  return submitRound(actor, params.roundId, input);
});
