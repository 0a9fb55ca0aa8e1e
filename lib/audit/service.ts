import "server-only";
import type pg from "pg";
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

/** The event with the request's defaults filled in: its country (none), request id and token. */
function withContext(event: AuditInput) {
  return { ...event, countryId: event.countryId ?? null, requestId: event.requestId ?? currentRequestId() ?? null, viaTokenId: event.viaTokenId ?? currentApiTokenId() ?? null };
}

/** Appends an audit event; pass the transaction client so the event commits with the change. */
export async function recordAudit(event: AuditInput, tx: AuditWriter = getDb()): Promise<void> {
  await tx.auditEvent.create({ data: withContext(event) });
}

/**
 * The same event through a pg client holding a transaction (lib/workbook applies a file through
 * `cybercap_save_answer` on one client): the chain's trigger and its lock see one transaction.
 */
export async function recordAuditOn(client: pg.PoolClient, input: AuditInput): Promise<void> {
  const event = withContext(input);
  await client.query(
    `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, country_id, request_id, via_token_id, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb)`,
    [
      event.actorId,
      event.action,
      event.entityType,
      event.entityId,
      event.countryId,
      event.requestId,
      event.viaTokenId,
      event.before === undefined ? null : JSON.stringify(event.before),
      event.after === undefined ? null : JSON.stringify(event.after),
    ],
  );
}
