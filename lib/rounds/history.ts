import "server-only";
// A round's status history: every change of status is a row of round_status_events, written in the
// transaction of the change (with its audit event), so the history and the round never disagree.
import type { Prisma } from "../generated/prisma/client";
import type { RoundStatus } from "../generated/prisma/enums";

export interface StatusChange {
  roundId: string;
  /** Null when the round is opened. */
  from: RoundStatus | null;
  to: RoundStatus;
  actorId: string | null;
  reason?: string | null;
}

export async function recordStatusChange(tx: Pick<Prisma.TransactionClient, "roundStatusEvent">, change: StatusChange): Promise<void> {
  await tx.roundStatusEvent.create({
    data: { roundId: change.roundId, fromStatus: change.from, toStatus: change.to, actorId: change.actorId, reason: change.reason ?? null },
  });
}
