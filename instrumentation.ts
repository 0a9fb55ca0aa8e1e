// Runs once when a server instance starts. In containers (MIGRATE_ON_START=true) it applies the
// migrations, reference data (and demo data in demo mode) before the first request, all under the
// migration lock, so several instances starting together on an empty database take turns: one does
// the work, the others find it done. `npm start` does the same work in scripts/start.ts before it
// starts the server, so it leaves MIGRATE_ON_START unset.
//
// If that preparation fails (demo mode refused on an external database, database unreachable, a
// migration refused), the instance logs why and exits: an orchestrator shows a crashed container
// and restarts it, where a server left running would answer every request with a 500.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env, requireDatabaseUrl } = await import("./lib/env");
  if (!env().MIGRATE_ON_START) return;
  const { logger } = await import("./lib/logger");
  try {
    const { assertDemoModeAllowed } = await import("./lib/db/demo-guard");
    // The container's database is always its own (DATABASE_URL), never an embedded one.
    assertDemoModeAllowed({ demo: env().isDemoMode, embedded: false, allowExternal: env().DEMO_MODE_ALLOW_EXTERNAL_DB ?? false });
    const { applyMigrations, withMigrationLock } = await import("./lib/db/migrate");
    const { getDb } = await import("./lib/db");
    const { seedReferenceData, seedDemoData } = await import("./prisma/seed");
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
