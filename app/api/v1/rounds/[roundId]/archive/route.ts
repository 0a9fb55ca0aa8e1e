import { withActor } from "@/lib/api/handler";
import { parseInput } from "@/lib/api/parse";
import { reopenOrArchiveRound } from "@/lib/review/service";
import { ZAdminRoundAction } from "@/lib/review/schemas";

// POST {reason}: an administrator archives a validated round (audited, in the round's history).
export const POST = withActor<{ roundId: string }>(async ({ actor, body, params }) => reopenOrArchiveRound(actor, params.roundId, "archive", parseInput(ZAdminRoundAction, body)));
