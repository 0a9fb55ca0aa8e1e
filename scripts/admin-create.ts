// npm run admin:create -- --email <address> [--name <name>]
// The first administrator of an installation (or one more): creates the account, or promotes an
// existing one, and prints a one-time link (24 hours) to set the password. Idempotent.
// Database: DATABASE_URL, or else the embedded PostgreSQL of `npm start` (the running one when
// `npm start` is up, otherwise started here on its data folder for the time of the command).
// In the container: docker compose exec app node admin-create.mjs --email <address>
import { parseArgs } from "node:util";
import pg from "pg";
import { createAdministrator } from "../lib/admin/setup/service";
import { env } from "../lib/env";

const USAGE = "usage: npm run admin:create -- --email <address> [--name <name>]";

function fail(message: string): never {
  console.error(`admin:create: ${message}`);
  process.exit(1);
}

let args: { email?: string; name?: string };
try {
  ({ values: args } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } }, strict: true }));
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
if (!args.email) fail(USAGE);

// The link must name the address people reach the installation at. Only a laptop's embedded
// database (no DATABASE_URL, not production) may fall back to the local address `npm start` serves.
const { NEXTAUTH_URL, DATABASE_URL, NODE_ENV, PORT } = env();
if (!NEXTAUTH_URL && (DATABASE_URL || NODE_ENV === "production")) {
  fail("NEXTAUTH_URL is not set: set it to the public address of the installation (e.g. https://cybercap.example.org), so that the link leads there");
}
const baseUrl = (NEXTAUTH_URL ?? `http://localhost:${PORT}`).replace(/\/+$/, "");

/** The embedded server of a running `npm start`, when one answers on its port. */
async function runningEmbeddedUrl(): Promise<string | null> {
  const url = `postgresql://postgres:postgres@127.0.0.1:${env().EMBEDDED_PG_PORT}/cybercap`;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return url;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

let stopDatabase = async () => {};
let url = DATABASE_URL ?? (await runningEmbeddedUrl());
if (!url) {
  // Loaded only here: the container's bundle leaves this module out (it always has DATABASE_URL).
  const { openDatabase } = await import("./lib/database");
  const db = await openDatabase();
  url = db.url;
  stopDatabase = db.stop;
}

const pool = new pg.Pool({ connectionString: url, max: 1 });
try {
  const admin = await createAdministrator(pool, { email: args.email, name: args.name, baseUrl });
  const what = { created: "created", promoted: "promoted to administrator", unchanged: "is already an administrator" }[admin.outcome];
  console.log(`${admin.email}: ${what}${admin.reenabled ? " (it was disabled: enabled again)" : ""}.`);
  console.log(`One-time link to set the password (valid until ${admin.expiresAt.toISOString()}, usable once):`);
  console.log(admin.link);
} catch (error) {
  const code = (error as { code?: string }).code;
  // 42P01: undefined table. The schema is applied by the app's first start (or npm run db:migrate).
  fail(code === "42P01" ? "the database has no schema yet: start the app once, or run npm run db:migrate, then try again" : (error as Error).message);
} finally {
  await pool.end();
  await stopDatabase();
}
