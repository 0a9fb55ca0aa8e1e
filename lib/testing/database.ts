// Databases for tests: never the one DATABASE_URL names, always a fresh one of their own.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "../db/embedded";

export interface TestDatabase {
  url: string;
  /** A URL to the server's maintenance database, for creating scratch databases. */
  adminUrl: string;
  stop: () => Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * With DATABASE_URL: a new database on that server, dropped afterwards. Without: a throwaway
 * embedded PostgreSQL, deleted afterwards.
 */
export async function startTestDatabase(serverUrl: string | undefined, label: string): Promise<TestDatabase> {
  if (serverUrl) {
    const adminUrl = withDatabase(serverUrl, "postgres");
    const scratch = await createScratchDatabase(adminUrl, label);
    return { url: scratch.url, adminUrl, stop: scratch.drop };
  }
  const embedded = await startEmbeddedPostgres({ database: `cybercap_${label}` });
  return { url: embedded.url, adminUrl: withDatabase(embedded.url, "postgres"), stop: embedded.stop };
}

export async function createScratchDatabase(adminUrl: string, label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `cybercap_${label}_${randomBytes(4).toString("hex")}`.toLowerCase().replace(/[^a-z0-9_]/g, "_");
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return {
    url: withDatabase(adminUrl, name),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
