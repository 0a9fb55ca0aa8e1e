// The container's start (instrumentation.ts with MIGRATE_ON_START=true): migrations, reference data
// and, in demo mode, demo data, all under the migration lock, so several instances starting
// together on an empty database take turns: one does the work, the others find it done.
// Node.js only (it is imported from instrumentation.ts for the nodejs runtime alone).
//
// If that preparation fails (demo mode refused on an external database, database unreachable, a
// migration refused), the instance logs why and exits: an orchestrator shows a crashed container
// and restarts it, where a server left running would answer every request with a 500.
import { env, requireDatabaseUrl } from "../env";
import { logger } from "../logger";
import { assertDemoModeAllowed } from "./demo-guard";
import { applyMigrations, withMigrationLock } from "./migrate";

export async function prepareOnStart(): Promise<void> {
  if (!env().MIGRATE_ON_START) return;
  try {
    // The container's database is always its own (DATABASE_URL), never an embedded one.
    assertDemoModeAllowed({ demo: env().isDemoMode, embedded: false, allowExternal: env().DEMO_MODE_ALLOW_EXTERNAL_DB ?? false });
    const { getDb } = await import("../db");
    const { seedReferenceData, seedDemoData } = await import("../../prisma/seed");
    const log = (line: string) => logger.info(line);
    await withMigrationLock(requireDatabaseUrl(), async (client) => {
      const result = await applyMigrations(client, { log });
      logger.info({ applied: result.applied.length }, "migrations checked");
      await seedReferenceData(getDb(), log);
      if (env().isDemoMode) await seedDemoData(getDb(), log);
    });
  } catch (error) {
    logger.fatal({ err: error }, `cannot start: ${(error as Error).message}`);
    // Let the log line reach its destination before leaving.
    await new Promise((r) => setTimeout(r, 100));
    process.exit(1);
  }
}
