// Opens the database a script works on: the server named by DATABASE_URL, or an embedded
// PostgreSQL (persistent in .data/postgres, or throwaway for tests). Then brings it up to date.
import path from "node:path";
import { startEmbeddedPostgres, type RunningDatabase } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
import { createPrismaClient } from "../../lib/db";
import { env } from "../../lib/env";
import { seedDemoData, seedReferenceData } from "../../prisma/seed";

export const DATA_DIR = path.join(process.cwd(), ".data");

export async function openDatabase(options: { throwaway?: boolean; log?: (l: string) => void } = {}): Promise<RunningDatabase & { embedded: boolean }> {
  const url = env().DATABASE_URL;
  if (url) return { url, stop: async () => {}, embedded: false };
  const db = await startEmbeddedPostgres({
    dataDir: options.throwaway ? undefined : path.join(DATA_DIR, "postgres"),
    port: options.throwaway ? undefined : env().EMBEDDED_PG_PORT,
    log: options.log,
  });
  return { ...db, embedded: true };
}

/** Migrations, reference data, and demo data when asked. Safe to run on every start. */
export async function prepareDatabase(url: string, options: { demo: boolean; log?: (l: string) => void }): Promise<void> {
  const log = options.log ?? (() => {});
  const { applied } = await migrate({ connectionString: url, log });
  if (applied.length === 0) log("database schema is up to date");
  const db = createPrismaClient(url);
  try {
    await seedReferenceData(db, log);
    if (options.demo) await seedDemoData(db, log);
  } finally {
    await db.$disconnect();
  }
}
