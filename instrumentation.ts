// Runs once when a server instance starts. In containers (MIGRATE_ON_START=true) it applies the
// migrations and reference data before the first request; the advisory lock in the migration
// runner makes this safe when several instances start together. `npm start` does the same work in
// scripts/start.ts before it starts the server, so it leaves MIGRATE_ON_START unset.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env, requireDatabaseUrl } = await import("./lib/env");
  (await import("./lib/auth/peer-address-check")).checkPeerAddressPreload();
  if (!env().MIGRATE_ON_START) return;
  const { migrate } = await import("./lib/db/migrate");
  const { logger } = await import("./lib/logger");
  const url = requireDatabaseUrl();
  const result = await migrate({ connectionString: url, log: (line) => logger.info(line) });
  logger.info({ applied: result.applied.length }, "migrations checked");
  const { getDb } = await import("./lib/db");
  const { seedReferenceData, seedDemoData } = await import("./prisma/seed");
  await seedReferenceData(getDb(), (line) => logger.info(line));
  if (env().isDemoMode) await seedDemoData(getDb(), (line) => logger.info(line));
}
