// Verification of the audit trail's hash chain (the chain itself is written by a trigger: migration
// 20261201190000_round_history). Each event's hash covers the previous event's hash and its own
// content, so an edited, removed or re-ordered event breaks the chain at that event.
import type pg from "pg";

export type ChainBreak = "HASH_MISSING" | "CONTENT_CHANGED" | "LINK_BROKEN";

export interface ChainReport {
  ok: boolean;
  /** Events checked. */
  checked: number;
  /** The first event that does not match, in chain order, and why. */
  firstBroken: { id: string; reason: ChainBreak } | null;
}

interface Queryable {
  query: pg.Pool["query"];
}

/**
 * Walks the whole chain in one pass of the database (a window over the events in id order, which
 * the trigger makes chain order). With `ids`, checks only those events (their own hash and their
 * link to the event before each), as a round's history page does.
 */
export async function verifyAuditChain(db: Queryable, options: { ids?: readonly string[] } = {}): Promise<ChainReport> {
  const only = options.ids !== undefined;
  const { rows } = await db.query<{ id: string; reason: ChainBreak | null; checked: string }>(
    `WITH chained AS (
       SELECT e."id", e."hash", e."prev_hash",
              lag(e."hash") OVER (ORDER BY e."id") AS "expected_prev",
              cybercap_audit_hash(e."prev_hash", e) AS "recomputed"
       FROM "audit_events" e
       ${only ? `WHERE e."id" IN (SELECT unnest($1::bigint[])) OR e."id" IN (
         SELECT (SELECT max(p."id") FROM "audit_events" p WHERE p."id" < x) FROM unnest($1::bigint[]) AS x)` : ""}
     ), judged AS (
       SELECT c."id",
              CASE WHEN c."hash" IS NULL THEN 'HASH_MISSING'
                   WHEN c."hash" <> c."recomputed" THEN 'CONTENT_CHANGED'
                   WHEN c."prev_hash" IS DISTINCT FROM c."expected_prev" THEN 'LINK_BROKEN'
              END AS "reason"
       FROM chained c
       ${only ? `WHERE c."id" IN (SELECT unnest($1::bigint[]))` : ""}
     )
     SELECT (SELECT count(*) FROM judged)::text AS "checked", j."id"::text AS "id", j."reason"
     FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT * FROM judged WHERE "reason" IS NOT NULL ORDER BY "id" LIMIT 1) j ON true`,
    only ? [options.ids] : [],
  );
  const row = rows[0];
  const checked = Number(row?.checked ?? 0);
  if (!row || row.id === null || row.reason === null) return { ok: true, checked, firstBroken: null };
  return { ok: false, checked, firstBroken: { id: row.id, reason: row.reason } };
}
