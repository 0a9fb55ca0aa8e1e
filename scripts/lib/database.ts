// Opens the database a script works on: the server named by DATABASE_URL, or an embedded
// PostgreSQL (persistent in the data folder, CYBERCAP_DATA_DIR, default .data; or throwaway for
// tests). Then brings it up to date.
import path from "node:path";
import { assertDemoModeAllowed } from "../../lib/db/demo-guard";
import { FolderInUseError } from "../../lib/db/data-folder-lock";
import { describeFolderInUse, runningDatabaseUrl, startEmbeddedPostgres, type RunningDatabase } from "../../lib/db/embedded";
import { applyMigrations, withMigrationLock } from "../../lib/db/migrate";
import { createPrismaClient } from "../../lib/db";
import { env } from "../../lib/env";
import { seedDemoData, seedReferenceData } from "../../prisma/seed";

/** The data folder: the embedded PostgreSQL (postgres/), its lock, the local secret. */
export function dataDir(): string {
  return path.resolve(env().CYBERCAP_DATA_DIR);
}

export async function openDatabase(
  options: {
    throwaway?: boolean;
    log?: (l: string) => void;
    owner?: { command: string; appUrl?: string };
    /**
     * When a running `npm start` owns the data folder, work on its PostgreSQL instead of refusing
     * (db:seed, db:migrate, maintenance). `npm start` itself refuses.
     */
    shareRunning?: boolean;
  } = {},
): Promise<RunningDatabase & { embedded: boolean }> {
  const url = env().DATABASE_URL;
  if (url) return { url, stop: async () => {}, embedded: false };
  try {
    const db = await startEmbeddedPostgres({
      dataDir: options.throwaway ? undefined : path.join(dataDir(), "postgres"),
      owner: options.owner ?? { command: path.relative(process.cwd(), process.argv[1] ?? "a script") },
      port: options.throwaway ? undefined : env().EMBEDDED_PG_PORT,
      log: options.log,
    });
    return { ...db, embedded: true };
  } catch (error) {
    if (error instanceof FolderInUseError) {
      const running = options.shareRunning ? await runningDatabaseUrl(error) : undefined;
      if (running) {
        options.log?.(`using the PostgreSQL of the running ${error.owner.command} (pid ${error.owner.pid}, port ${error.owner.pgPort})`);
        return { url: running, stop: async () => {}, embedded: true };
      }
      throw new Error(await describeFolderInUse(error), { cause: error });
    }
    throw error;
  }
}

/**
 * Migrations, reference data, and demo data when asked. Safe to run on every start, and by several
 * instances at once: the whole of it runs under the migration lock, so on an empty database one
 * instance seeds while the others wait, then find everything there.
 */
export async function prepareDatabase(
  url: string,
  options: {
    demo: boolean;
    /** The database is the embedded one of the data folder (demo mode is its default). */
    embedded: boolean;
    /** DEMO_MODE_ALLOW_EXTERNAL_DB: demo data may go into this external (throwaway) database. */
    allowExternalDemo: boolean;
    log?: (l: string) => void;
  },
): Promise<void> {
  assertDemoModeAllowed({ demo: options.demo, embedded: options.embedded, allowExternal: options.allowExternalDemo });
  const log = options.log ?? (() => {});
  await withMigrationLock(url, async (client) => {
    const { applied } = await applyMigrations(client, { log });
    if (applied.length === 0) log("database schema is up to date");
    const db = createPrismaClient(url);
    try {
      await seedReferenceData(db, log);
      if (options.demo) await seedDemoData(db, log);
    } finally {
      await db.$disconnect();
    }
  });
}
