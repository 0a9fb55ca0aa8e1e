import { withActor } from "@/lib/api/handler";
import { parseInput, readJson } from "@/lib/api/parse";
import { ZAnswerSave } from "@/lib/answers/schemas";
import { saveAnswer } from "@/lib/answers/service";

// PUT: autosave of one answer. 409 VERSION_CONFLICT carries the saved answer in `details.current`.
export const PUT = withActor<{ roundId: string; indicatorId: string }>(async ({ actor, request, params }) => {
  const input = parseInput(ZAnswerSave, await readJson(request));
  return { answer: await saveAnswer(actor, params.roundId, params.indicatorId, input) };
});
