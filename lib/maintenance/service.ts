// Housekeeping that no request does on its own, run by `npm run maintenance` (daily, from cron, a
// systemd timer or a Kubernetes CronJob) and once at every `npm start`. Safe to run from several
// places at once: each step is idempotent, and nothing is kept in memory between runs.
import type pg from "pg";
import type { FileStore } from "../storage/file-store";

type Queryable = Pick<pg.Pool, "query">;

/** Bytes younger than this are never swept: their upload may still be committing its records. */
export const ORPHAN_GRACE_MS = 60 * 60 * 1000;
const BATCH = 500;

/**
 * Sign-in throttling counters whose window has ended (rate-limiter-flexible's table; `expire` is
 * epoch milliseconds). The limiter resets such a row when the same key comes back, so this only
 * keeps the table from growing with every address and mistyped email ever seen.
 */
export async function sweepExpiredRateLimits(db: Queryable, now: Date = new Date()): Promise<number> {
  const { rowCount } = await db.query(`DELETE FROM rate_limits WHERE expire IS NOT NULL AND expire < $1`, [now.getTime()]);
  return rowCount ?? 0;
}

export interface OrphanSweep {
  /** Keys whose bytes no stored_files row refers to, removed. */
  removed: string[];
  /** Keys with a row, or too recent to judge. */
  kept: number;
  /** Temporary files of interrupted writes, removed. */
  temporaryRemoved: number;
}

/**
 * Bytes in a store outside the database that no `stored_files` row refers to: left by a crash
 * between writing the bytes and committing their records (lib/storage/service.ts). Stores inside
 * the database cannot have any and are skipped.
 */
export async function sweepOrphanedFiles(db: Queryable, store: FileStore, now: Date = new Date()): Promise<OrphanSweep> {
  const result: OrphanSweep = { removed: [], kept: 0, temporaryRemoved: 0 };
  if (!store.list) return result;
  const before = new Date(now.getTime() - ORPHAN_GRACE_MS);
  result.temporaryRemoved = (await store.removeStaleTemporaryFiles?.(before)) ?? 0;

  let batch: string[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const { rows } = await db.query<{ storage_key: string }>(`SELECT storage_key FROM stored_files WHERE storage_key = ANY($1::text[])`, [batch]);
    const referenced = new Set(rows.map((r) => r.storage_key));
    for (const key of batch) {
      if (referenced.has(key)) result.kept += 1;
      else {
        await store.delete(key);
        result.removed.push(key);
      }
    }
    batch = [];
  };
  for await (const object of store.list()) {
    if (object.writtenAt >= before) {
      result.kept += 1;
      continue;
    }
    batch.push(object.key);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return result;
}
