// npm start: the app on http://localhost:3000.
// Without DATABASE_URL it starts an embedded PostgreSQL (data kept in .data/postgres, or the
// CYBERCAP_DATA_DIR folder) in demo mode; with DATABASE_URL it uses that server. Migrations and
// reference data are applied on every start.
//
// Supervision: Ctrl-C, SIGTERM and SIGHUP stop the web server, then PostgreSQL. A second start on
// the same data folder is refused and names the running one. If PostgreSQL or the web server dies,
// this process stops the other and exits non-zero (never a server answering 503 forever). If this
// process or one of its launchers is killed with SIGKILL, the web server and PostgreSQL notice and
// stop by themselves within a few seconds (lib/db/postgres-watchdog.ts, scripts/lib/watch-parent.mjs).
import { demoModeRefusal } from "../lib/db/demo-guard";
import type { RunningDatabase } from "../lib/db/embedded";
import { env } from "../lib/env";
import { DEMO_PASSWORD, demoAccounts } from "../prisma/seed/demo";
import { dataDir, openDatabase, prepareDatabase } from "./lib/database";
import { launchers, watchLaunchers } from "./lib/launchers";
import { buildApp, isBuildStale, startNext, stopChild, waitForHealthy } from "./lib/next-server";
import { localSecret } from "./lib/secret";

const dev = process.argv.includes("--dev");
const log = (line: string) => console.log(`[cybercap] ${line}`);
const fail = (line: string) => console.error(`[cybercap] ${line}`);

const embedded = !env().DATABASE_URL;
const demo = env().DEMO_MODE ?? embedded;
const allowExternalDemo = env().DEMO_MODE_ALLOW_EXTERNAL_DB ?? false;
const port = env().PORT;
const url = env().NEXTAUTH_URL ?? `http://localhost:${port}`;

const refusal = demoModeRefusal({ demo, embedded, allowExternal: allowExternalDemo });
if (refusal) {
  fail(refusal);
  process.exit(1);
}

let db: RunningDatabase | undefined;
let child: ReturnType<typeof startNext> | undefined;
let shuttingDown = false;
async function shutdown(code: number): Promise<never> {
  if (!shuttingDown) {
    shuttingDown = true;
    log("stopping");
    if (child) await stopChild(child);
    await db?.stop();
  }
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));
watchLaunchers(launchers(), (pid) => {
  fail(`the process that launched this one (pid ${pid}) is gone`);
  void shutdown(1);
});

try {
  db = await openDatabase({ log, owner: { command: dev ? "npm run dev" : "npm start", appUrl: url } });
} catch (error) {
  // Nothing of ours runs yet; in particular a running instance on this folder is left alone.
  fail((error as Error).message);
  process.exit(1);
}
db.onUnexpectedExit?.((reason) => {
  if (shuttingDown) return;
  fail(`${reason}. Stopping the web server; start again when the cause is fixed.`);
  void shutdown(1);
});

try {
  await prepareDatabase(db.url, { demo, embedded, allowExternalDemo, log });
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: db.url,
    DEMO_MODE: String(demo),
    NEXTAUTH_URL: url,
    NEXTAUTH_SECRET: env().NEXTAUTH_SECRET ?? localSecret(dataDir()),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!dev && isBuildStale()) {
    log("building the app (first start, or sources changed)…");
    buildApp(childEnv);
  }
  child = startNext({ dev, port, host: env().HOST, env: childEnv });
  await db.lock?.update({ nextPid: child.pid });
  child.on("exit", (code, signal) => {
    if (shuttingDown) return;
    fail(`the web server exited (${signal ?? `code ${code}`})`);
    void shutdown(code || 1);
  });
  await waitForHealthy(`http://127.0.0.1:${port}`, dev ? 120_000 : 60_000);
  log(`ready: ${url}${embedded ? ` (embedded PostgreSQL, data in ${dataDir()})` : ""}`);
  if (demo) {
    log(`demo accounts (password for all: ${DEMO_PASSWORD}):`);
    for (const a of demoAccounts()) log(`  ${a.email.padEnd(30)} ${a.kind}${a.scope ? ` (${a.scope})` : ""}`);
  }
} catch (error) {
  if (!shuttingDown) fail((error as Error).message);
  await shutdown(1);
}
