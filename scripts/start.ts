// npm start: the app on http://localhost:3000.
// Without DATABASE_URL it starts an embedded PostgreSQL (data kept in .data/postgres) in demo mode;
// with DATABASE_URL it uses that server. Migrations and reference data are applied on every start.
// Ctrl-C / SIGTERM stop the web server, then PostgreSQL.
import { env } from "../lib/env";
import { DEMO_PASSWORD, demoAccounts } from "../prisma/seed/demo";
import { DATA_DIR, openDatabase, prepareDatabase } from "./lib/database";
import { buildApp, isBuildStale, startNext, stopChild, waitForHealthy } from "./lib/next-server";
import { localSecret } from "./lib/secret";

const dev = process.argv.includes("--dev");
const log = (line: string) => console.log(`[cybercap] ${line}`);

const db = await openDatabase({ log });
const demo = env().DEMO_MODE ?? db.embedded;
const port = env().PORT;
const url = env().NEXTAUTH_URL ?? `http://localhost:${port}`;

let shuttingDown = false;
let child: ReturnType<typeof startNext> | undefined;
async function shutdown(code: number): Promise<never> {
  if (!shuttingDown) {
    shuttingDown = true;
    log("stopping");
    if (child) await stopChild(child);
    await db.stop();
  }
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  await prepareDatabase(db.url, { demo, log });
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: db.url,
    DEMO_MODE: String(demo),
    NEXTAUTH_URL: url,
    NEXTAUTH_SECRET: env().NEXTAUTH_SECRET ?? localSecret(DATA_DIR),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!dev && isBuildStale()) {
    log("building the app (first start, or sources changed)…");
    buildApp(childEnv);
  }
  child = startNext({ dev, port, host: env().HOST, env: childEnv });
  child.on("exit", (code) => {
    if (!shuttingDown) void shutdown(code ?? 1);
  });
  await waitForHealthy(`http://127.0.0.1:${port}`, dev ? 120_000 : 60_000);
  log(`ready: ${url}${db.embedded ? " (embedded PostgreSQL, data in .data/postgres)" : ""}`);
  if (demo) {
    log(`demo accounts (password for all: ${DEMO_PASSWORD}):`);
    for (const a of demoAccounts()) log(`  ${a.email.padEnd(30)} ${a.kind}${a.scope ? ` (${a.scope})` : ""}`);
  }
} catch (error) {
  console.error(`[cybercap] ${(error as Error).message}`);
  await shutdown(1);
}
