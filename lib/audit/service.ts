import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { currentApiTokenId, currentRequestId } from "../api/request-context";
import { getDb } from "../db";

export interface AuditInput {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  countryId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  /** Defaults to the id of the request being served (lib/api/request-context.ts). */
  requestId?: string | null;
  /** Defaults to the personal API token the request was made with, if any (lib/api/request-context.ts). */
  viaTokenId?: string | null;
}

type AuditWriter = Pick<Prisma.TransactionClient, "auditEvent">;

/** Appends an audit event; pass the transaction client so the event commits with the change. */
export async function recordAudit(event: AuditInput, tx: AuditWriter = getDb()): Promise<void> {
  await tx.auditEvent.create({ data: { ...event, countryId: event.countryId ?? null, requestId: event.requestId ?? currentRequestId(), viaTokenId: event.viaTokenId ?? currentApiTokenId() } });
}
