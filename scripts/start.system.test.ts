// `npm start` as a person runs it, on data folders of its own (CYBERCAP_DATA_DIR): a second start on
// a running folder, SIGTERM, SIGKILL of the start and of npm, PostgreSQL dying under it, an orphan
// PostgreSQL, a stale postmaster.pid naming another program. Run by `npm test` after the end-to-end
// tests (whose build it reuses; it builds the app itself when the build is stale).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { readOwner, type FolderOwner } from "../lib/db/data-folder-lock";
import { findFreePort } from "../lib/db/embedded";
import { isAlive, processInfo } from "../lib/system/processes";
import { buildApp, isBuildStale } from "./lib/next-server";

interface App {
  npm: ChildProcess;
  dir: string;
  port: number;
  pgPort: number;
  output: () => string;
  /** Resolves with the exit code (or the signal's name) of `npm start`. */
  exited: Promise<number | string>;
}

let root: string;
let template: string;
const started: App[] = [];
const strays: number[] = [];

function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra, LOG_LEVEL: "warn", NEXT_TELEMETRY_DISABLED: "1", npm_config_update_notifier: "false" };
  // The embedded database, in demo mode, at the ports given: nothing from the caller's setup.
  for (const name of ["DATABASE_URL", "DEMO_MODE", "NEXTAUTH_URL", "NEXTAUTH_SECRET", "MIGRATE_ON_START", "HOST"]) delete env[name];
  return env;
}

async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A data folder of its own, copied from the prepared template (initdb and seeding done once). */
async function dataFolder(name: string): Promise<string> {
  const dir = path.join(root, name);
  // cp -a keeps the owner of the files (the postgres user when the tests run as root).
  const copy = spawnSync("cp", ["-a", template, dir]);
  if (copy.status !== 0) throw new Error(`cp -a failed: ${copy.stderr}`);
  return dir;
}

async function npmStart(dir: string): Promise<App> {
  const [port, pgPort] = [await findFreePort(), await findFreePort()];
  const npm = spawn("npm", ["start"], {
    env: cleanEnv({ CYBERCAP_DATA_DIR: dir, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort) }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  npm.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  npm.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((resolve) => npm.once("exit", (code, signal) => resolve(code ?? signal ?? "unknown")));
  const app: App = { npm, dir, port, pgPort, output: () => output, exited };
  started.push(app);
  return app;
}

async function health(app: App): Promise<number> {
  try {
    return (await fetch(`http://127.0.0.1:${app.port}/api/health`)).status;
  } catch {
    return 0;
  }
}

/** Starts and waits until it serves; returns what it recorded about itself in its lock file. */
async function startReady(dir: string): Promise<{ app: App; owner: FolderOwner }> {
  const app = await npmStart(dir);
  let exitedEarly = false;
  void app.exited.then(() => (exitedEarly = true));
  await waitFor("npm start to be ready", () => {
    if (exitedEarly) throw new Error(`npm start exited:\n${app.output()}`);
    return app.output().includes("[cybercap] ready:");
  }, 90_000);
  const owner = await readOwner(path.join(dir, "postgres.lock"));
  if (!owner?.pgPid || !owner.nextPid || !owner.watchdogPid) throw new Error(`incomplete lock file: ${JSON.stringify(owner)}`);
  strays.push(owner.pid, owner.pgPid, owner.nextPid, owner.watchdogPid);
  expect(await health(app)).toBe(200);
  return { app, owner };
}

/**
 * Still running, as the start itself judges it (lib/system/processes.ts processInfo): a process that
 * has exited but is not yet reaped (a zombie, until whoever adopted the orphan collects it) is gone.
 * `kill(pid, 0)` still succeeds on a zombie, so a check made with it raced with the reaper.
 */
function isRunning(pid: number): boolean {
  return processInfo(pid) !== undefined;
}

function allGone(pids: number[]): boolean {
  return pids.every((pid) => !isRunning(pid));
}

beforeAll(async () => {
  if (isBuildStale()) buildApp({ ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
  root = await mkdtemp(path.join(os.tmpdir(), "cybercap-start-"));
  // mkdtemp makes it private; PostgreSQL runs as its own user when the tests run as root.
  await chmod(root, 0o755);
  template = path.join(root, "template");
  // One initialised, migrated and seeded folder; every test starts from a copy of it.
  const seed = spawnSync("npm", ["run", "db:seed"], { env: cleanEnv({ CYBERCAP_DATA_DIR: template, EMBEDDED_PG_PORT: String(await findFreePort()) }), encoding: "utf8" });
  if (seed.status !== 0) throw new Error(`npm run db:seed failed:\n${seed.stdout}\n${seed.stderr}`);
}, 600_000);

afterEach(async () => {
  // Whatever a failed test left running: only the processes these tests started.
  for (const app of started.splice(0)) if (app.npm.exitCode === null && app.npm.signalCode === null) app.npm.kill("SIGKILL");
  for (const pid of strays.splice(0)) if (isAlive(pid)) process.kill(pid, "SIGKILL");
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe("npm start", () => {
  it("refuses a second start on the same data folder, naming the first, which keeps serving (db:seed shares it); SIGTERM stops it all", async () => {
    const dir = await dataFolder("second");
    const { app, owner } = await startReady(dir);

    const second = await npmStart(dir);
    expect(await second.exited).not.toBe(0);
    expect(second.output()).toContain(`Cybercap is already running on the data folder ${dir}`);
    expect(second.output()).toContain(`pid ${owner.pid}`);
    expect(second.output()).toContain(`PostgreSQL pid ${owner.pgPid} answering on port ${app.pgPort}`);
    expect(await health(second)).toBe(0); // it never served
    expect(await health(app)).toBe(200);
    expect((await readOwner(path.join(dir, "postgres.lock")))?.pid).toBe(owner.pid);

    // The helper scripts work on the running instance's PostgreSQL instead.
    // (Spawned asynchronously: a blocked event loop would leave this process's keep-alive sockets stale.)
    const seed = spawn("npm", ["run", "db:seed"], { env: cleanEnv({ CYBERCAP_DATA_DIR: dir, EMBEDDED_PG_PORT: String(await findFreePort()) }) });
    let seedOutput = "";
    seed.stdout.on("data", (chunk: Buffer) => (seedOutput += chunk.toString()));
    expect(await new Promise((resolve) => seed.once("exit", resolve))).toBe(0);
    expect(seedOutput).toContain(`using the PostgreSQL of the running npm start (pid ${owner.pid}, port ${app.pgPort})`);
    expect(await health(app)).toBe(200);

    process.kill(owner.pid, "SIGTERM");
    expect(await app.exited).toBe(0);
    expect(allGone([owner.pgPid!, owner.nextPid!, owner.watchdogPid!])).toBe(true);
    expect(await readOwner(path.join(dir, "postgres.lock"))).toBeUndefined();
  });

  it("when the start is killed with SIGKILL, its web server and PostgreSQL stop within seconds and the next start works", async () => {
    const dir = await dataFolder("sigkill");
    const { owner } = await startReady(dir);
    process.kill(owner.pid, "SIGKILL");
    await waitFor("the web server, PostgreSQL and the watchdog to stop", () => allGone([owner.nextPid!, owner.pgPid!, owner.watchdogPid!]), 8_000);

    const next = await startReady(dir);
    expect(next.owner.pid).not.toBe(owner.pid);
    process.kill(next.owner.pid, "SIGTERM");
    expect(await next.app.exited).toBe(0);
  });

  it("when npm itself is killed with SIGKILL, the start below it notices and stops everything", async () => {
    const dir = await dataFolder("npm-kill");
    const { app, owner } = await startReady(dir);
    app.npm.kill("SIGKILL");
    await waitFor("the start, its web server and PostgreSQL to stop", () => allGone([owner.pid, owner.nextPid!, owner.pgPid!]), 8_000);
    expect(await readOwner(path.join(dir, "postgres.lock"))).toBeUndefined();
  });

  it("exits non-zero, stopping its web server, when PostgreSQL dies under it", async () => {
    const dir = await dataFolder("pg-dies");
    const { app, owner } = await startReady(dir);
    process.kill(owner.pgPid!, "SIGKILL");
    expect(await app.exited).not.toBe(0);
    expect(app.output()).toContain(`PostgreSQL (pid ${owner.pgPid}) exited unexpectedly`);
    expect(allGone([owner.pid, owner.nextPid!])).toBe(true);
  });

  it("stops an orphan PostgreSQL whose start is gone (watchdog killed too), then serves", async () => {
    const dir = await dataFolder("orphan");
    const { owner } = await startReady(dir);
    process.kill(owner.watchdogPid!, "SIGKILL");
    process.kill(owner.pid, "SIGKILL");
    await waitFor("the web server to stop", () => allGone([owner.nextPid!]), 8_000);
    expect(isRunning(owner.pgPid!)).toBe(true); // nobody left to stop it: an orphan

    const next = await startReady(dir);
    expect(next.app.output()).toContain(`stopping PostgreSQL (pid ${owner.pgPid}) left running`);
    expect(isRunning(owner.pgPid!)).toBe(false);
    process.kill(next.owner.pid, "SIGTERM");
    expect(await next.app.exited).toBe(0);
  });

  it("removes a stale postmaster.pid whose PID now belongs to another program, and never signals that program", async () => {
    const dir = await dataFolder("reused-pid");
    const other = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
    await new Promise((r) => other.once("spawn", r));
    strays.push(other.pid!);
    await writeFile(path.join(dir, "postgres", "postmaster.pid"), `${other.pid}\n${path.join(dir, "postgres")}\n1796000000\n5432\n/tmp\nlocalhost\n`);

    const { app, owner } = await startReady(dir);
    expect(app.output()).toContain(`removing a stale postmaster.pid (pid ${other.pid} is now another program, left alone)`);
    expect(other.exitCode).toBeNull();
    expect(isAlive(other.pid!)).toBe(true);
    process.kill(owner.pid, "SIGTERM");
    expect(await app.exited).toBe(0);
  });
});
