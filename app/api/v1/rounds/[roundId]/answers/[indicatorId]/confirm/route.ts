import { withActor } from "@/lib/api/handler";
import { parseInput } from "@/lib/api/parse";
import { ZConfirmAnswer } from "@/lib/answers/schemas";
import { confirmCarriedAnswer } from "@/lib/answers/service";

// POST: confirms a carried-over answer as it stands. Same rights and version rule as a save:
// 409 VERSION_CONFLICT carries the saved answer in `details.current`.
export const POST = withActor<{ roundId: string; indicatorId: string }>(async ({ actor, body, params }) => {
  const input = parseInput(ZConfirmAnswer, body);
  return { answer: await confirmCarriedAnswer(actor, params.roundId, params.indicatorId, input) };
});
