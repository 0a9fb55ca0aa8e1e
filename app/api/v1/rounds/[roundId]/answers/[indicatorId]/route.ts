import { withActor } from "@/lib/api/handler";
import { parseInput } from "@/lib/api/parse";
import { ANSWER_BODY_MAX_BYTES, ZAnswerSave } from "@/lib/answers/schemas";
import { saveAnswer } from "@/lib/answers/service";

// PUT: autosave of one answer. 409 VERSION_CONFLICT carries the saved answer in `details.current`.
// Bodies over 64 KB are refused (413) before they are parsed.
export const PUT = withActor<{ roundId: string; indicatorId: string }>(
  async ({ actor, body, params }) => {
    const input = parseInput(ZAnswerSave, body);
    return { answer: await saveAnswer(actor, params.roundId, params.indicatorId, input) };
  },
  { maxBodyBytes: ANSWER_BODY_MAX_BYTES },
);
