// Applies the SQL migrations in prisma/migrations, in name order, each in its own transaction.
//
// Why our own runner: Prisma's `migrate deploy` needs a schema-engine binary that cannot be
// downloaded on air-gapped machines. We keep Prisma's folder layout and its `_prisma_migrations`
// bookkeeping table (same columns, SHA-256 checksum of the file), so `prisma migrate deploy`
// remains an option wherever the engine is available.
//
// Guarantees: idempotent (applied migrations are skipped); an applied migration whose file changed
// is refused; a PostgreSQL advisory lock serialises concurrent runners, so two instances starting
// together apply each migration once (and seed once: see withMigrationLock).
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrateResult {
  applied: string[];
  skipped: string[];
}

/** An arbitrary constant that identifies our migration lock among the server's advisory locks. */
export const MIGRATION_LOCK_KEY = 72_707_001;

export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

export async function readMigrations(dir = defaultMigrationsDir()): Promise<MigrationFile[]> {
  // The migrations folder is copied into images explicitly; keep the bundler from tracing it.
  const entries = await readdir(/* turbopackIgnore: true */ dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory() && /^\d{14}_[a-z0-9_]+$/.test(e.name))
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(/* turbopackIgnore: true */ path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    }),
  );
}

export function defaultMigrationsDir(): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), "prisma", "migrations");
}

/**
 * Decides what to do with each migration, given what the database recorded. Pure, so the rules
 * are unit-tested: refuse an edited migration, skip applied ones, apply the rest in order.
 */
export function planMigrations(
  files: MigrationFile[],
  applied: Map<string, string>,
): { toApply: MigrationFile[]; skipped: string[] } {
  const toApply: MigrationFile[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    const recorded = applied.get(file.name);
    if (recorded === undefined) {
      toApply.push(file);
    } else if (recorded !== file.checksum) {
      throw new Error(
        `Migration ${file.name} was changed after it was applied (checksum ${recorded.slice(0, 12)}… in the ` +
          `database, ${file.checksum.slice(0, 12)}… on disk). Applied migrations are immutable: add a new migration instead.`,
      );
    } else {
      skipped.push(file.name);
    }
  }
  return { toApply, skipped };
}

const CREATE_BOOKKEEPING = `
  CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`;

/**
 * Runs `work` while this session holds the migration lock. Everything that brings a database up to
 * date (migrations, then reference and demo data) runs inside one such section, so instances
 * starting together on an empty database take turns: the first does the work, the others find it
 * done. `work` gets the locking connection; it may use other connections too (the lock is a
 * session-level advisory lock, so it only makes other `pg_advisory_lock` callers wait).
 */
export async function withMigrationLock<T>(connectionString: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    return await work(client);
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

/** Applies pending migrations: takes the migration lock for itself. */
export async function migrate(options: {
  connectionString: string;
  dir?: string;
  log?: (line: string) => void;
}): Promise<MigrateResult> {
  return withMigrationLock(options.connectionString, (client) => applyMigrations(client, options));
}

/** Applies pending migrations on a connection that holds the migration lock (withMigrationLock). */
export async function applyMigrations(client: pg.Client, options: { dir?: string; log?: (line: string) => void } = {}): Promise<MigrateResult> {
  const log = options.log ?? (() => {});
  const files = await readMigrations(options.dir);
  await client.query(CREATE_BOOKKEEPING);
  const { rows } = await client.query<{ migration_name: string; checksum: string }>(
    `SELECT migration_name, checksum FROM "_prisma_migrations"
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
  const { toApply, skipped } = planMigrations(files, applied);
  for (const file of toApply) {
    log(`applying migration ${file.name}`);
    await client.query("BEGIN");
    try {
      await client.query(file.sql);
      await client.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), now(), 1)`,
        [randomUUID(), file.checksum, file.name],
      );
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw new Error(`Migration ${file.name} failed: ${(error as Error).message}`, { cause: error });
    }
  }
  return { applied: toApply.map((f) => f.name), skipped };
}
