import { withActor } from "@/lib/api/handler";
import { parseInput } from "@/lib/api/parse";
import { decideIndicator } from "@/lib/review/service";
import { ZIndicatorDecision } from "@/lib/review/schemas";

// PUT {decision: "ACCEPTED"|"NEEDS_CHANGE"|null, validatedLevel: 0-4|null, validatedReason}: the
// reviewer's verdict on one indicator.
export const PUT = withActor<{ roundId: string; indicatorId: string }>(async ({ actor, body, params }) =>
  decideIndicator(actor, params.roundId, params.indicatorId, parseInput(ZIndicatorDecision, body)),
);
