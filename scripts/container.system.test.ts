// The Docker image's server, proved without Docker: the app built as the Dockerfile's build stage
// builds it (a copy of the sources without what .dockerignore leaves out, NEXT_OUTPUT=standalone),
// laid out as its runtime stage's COPY lines say (read from the Dockerfile itself, so the two cannot
// drift apart), and run as its CMD and ENV say, against fresh databases on the PostgreSQL server the
// tests use (embedded, or scratch databases on DATABASE_URL's server).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readdirSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "../lib/db/embedded";
import { createScratchDatabase, startTestDatabase, type TestDatabase } from "../lib/testing/database";
import { DEMO_PASSWORD } from "../prisma/seed/demo";

const ROOT = process.cwd();

interface RuntimeStage {
  copies: { from: string; to: string }[];
  env: Record<string, string>;
  cmd: string[];
}

/** The build stage's RUN lines after `COPY . .` (the ones that build the app and its tools). */
function parseBuildRuns(dockerfile: string): string[] {
  const lines = dockerfile.replace(/\\\n/g, " ").split("\n").map((l) => l.trim());
  const start = lines.findIndex((l) => /^FROM\s+\S+\s+AS\s+build$/i.test(l));
  if (start < 0) throw new Error("Dockerfile has no build stage");
  const runs: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^FROM\s/i.test(line)) break;
    const run = /^RUN\s+(.+)$/i.exec(line);
    if (run) runs.push(run[1]);
  }
  return runs;
}

/** The runtime stage of the Dockerfile: its COPY --from=build lines, ENV and CMD. */
function parseRuntimeStage(dockerfile: string): RuntimeStage {
  const lines = dockerfile.replace(/\\\n/g, " ").split("\n");
  const start = lines.findIndex((l) => /^FROM\s+\S+\s+AS\s+runtime\s*$/i.test(l.trim()));
  if (start < 0) throw new Error("Dockerfile has no runtime stage");
  const stage: RuntimeStage = { copies: [], env: {}, cmd: [] };
  for (const line of lines.slice(start + 1).map((l) => l.trim())) {
    if (/^FROM\s/i.test(line)) break;
    const copy = /^COPY\s+--from=build\s+(?:--chown=\S+\s+)?(\S+)\s+(\S+)$/i.exec(line);
    if (copy) stage.copies.push({ from: copy[1], to: copy[2] });
    const env = /^ENV\s+(.+)$/i.exec(line);
    if (env) for (const pair of env[1].split(/\s+/)) stage.env[pair.split("=")[0]] = pair.split("=").slice(1).join("=");
    const cmd = /^CMD\s+(\[.*\])$/i.exec(line);
    if (cmd) stage.cmd = JSON.parse(cmd[1]) as string[];
  }
  return stage;
}

let work: string;
let app: string;
let stage: RuntimeStage;
let server: TestDatabase | undefined;
const running: ChildProcess[] = [];
const dropScratch: (() => Promise<void>)[] = [];

function run(command: string, args: string[], options: { cwd: string; env?: Record<string, string | undefined> }): void {
  const result = spawnSync(command, args, { cwd: options.cwd, env: (options.env ?? process.env) as NodeJS.ProcessEnv, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
}

/** Copies the build context as `COPY . .` does, leaving out what .dockerignore lists. */
async function copyContext(into: string): Promise<void> {
  // .dockerignore here holds plain paths and `*` globs; a match also leaves out what is below it.
  const patterns = (await readFile(path.join(ROOT, ".dockerignore"), "utf8"))
    .split("\n")
    .map((l) => l.trim().replace(/^\/|\/$/g, ""))
    .filter((l) => l && !l.startsWith("#"))
    .map((p) => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*")}(/|$)`));
  await cp(ROOT, into, {
    recursive: true,
    filter: (source) => {
      const relative = path.relative(ROOT, source);
      return relative === "" || !patterns.some((p) => p.test(relative));
    },
  });
  // The image installs its own node_modules (deps stage); hard links of ours stand in for them.
  const linked = spawnSync("cp", ["-al", path.join(ROOT, "node_modules"), path.join(into, "node_modules")]);
  if (linked.status !== 0) await cp(path.join(ROOT, "node_modules"), path.join(into, "node_modules"), { recursive: true, verbatimSymlinks: true });
}

async function freshDatabase(label: string): Promise<string> {
  const scratch = await createScratchDatabase(server!.adminUrl, label);
  dropScratch.push(scratch.drop);
  return scratch.url;
}

function startServer(databaseUrl: string, port: number, extraEnv: Record<string, string> = {}): { child: ChildProcess; output: () => string } {
  const [command, ...args] = stage.cmd;
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...stage.env,
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: "container-test-secret-container-test-secret",
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: "info",
    ...extraEnv,
  };
  const child = spawn(command === "node" ? process.execPath : command, args, { cwd: app, env: env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (output += c.toString()));
  running.push(child);
  return { child, output: () => output };
}

async function waitHealthy(port: number, started: { child: ChildProcess; output: () => string }): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`the server exited (${started.child.exitCode}):\n${started.output()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not healthy in time:\n${started.output()}`);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Signs in through next-auth's credentials flow, as the sign-in form does; returns the session's email. */
async function signIn(baseUrl: string, email: string, password: string): Promise<string | undefined> {
  const cookies = new Map<string, string>();
  const keep = (response: Response) => {
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const at = pair.indexOf("=");
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const header = () => [...cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  keep(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const callback = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(), origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  keep(callback);
  const session = (await (await fetch(`${baseUrl}/api/auth/session`, { headers: { cookie: header() } })).json()) as { user?: { email?: string } };
  return session.user?.email;
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "cybercap-container-"));
  const context = path.join(work, "context");
  app = path.join(work, "app");
  await copyContext(context);
  // The build stage's own RUN lines (prisma generate, next build, the admin:create bundle), with its
  // ENV (NEXT_OUTPUT=standalone).
  const dockerfile = await readFile(path.join(ROOT, "Dockerfile"), "utf8");
  const buildEnv: Record<string, string | undefined> = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_OUTPUT: "standalone", DATABASE_URL: undefined };
  for (const command of parseBuildRuns(dockerfile)) run("sh", ["-c", command], { cwd: context, env: buildEnv });

  stage = parseRuntimeStage(dockerfile);
  await mkdir(app);
  for (const { from, to } of stage.copies) {
    if (!from.startsWith("/app/")) throw new Error(`unexpected COPY source ${from}`);
    await cp(path.join(context, from.slice("/app/".length)), path.join(app, to), { recursive: true, verbatimSymlinks: true });
  }
  await rm(context, { recursive: true, force: true });
  server = await startTestDatabase(process.env.DATABASE_URL, "container");
}, 900_000);

afterEach(async () => {
  for (const child of running.splice(0)) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    child.kill("SIGKILL");
  }
  for (const drop of dropScratch.splice(0)) await drop();
});

afterAll(async () => {
  await server?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

describe("the container's server", () => {
  it("is laid out as the Dockerfile's runtime stage says: standalone server, static files, migrations", () => {
    expect(stage.cmd[0]).toBe("node");
    expect(stage.env.MIGRATE_ON_START).toBe("true");
    expect(stage.copies.map((c) => c.from)).toEqual(expect.arrayContaining(["/app/.next/standalone", "/app/.next/static", "/app/prisma/migrations"]));
  });

  it("starts on a fresh database: migrations and reference data applied, healthy, demo sign-in works", async () => {
    const url = await freshDatabase("ct");
    const port = await findFreePort();
    const started = startServer(url, port, { DEMO_MODE: "true", DEMO_MODE_ALLOW_EXTERNAL_DB: "true" });
    await waitHealthy(port, started);
    const health = (await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()) as { status: string };
    expect(health.status).toBe("ok");

    const [countries] = await query<{ n: string }>(url, "SELECT count(*) AS n FROM countries");
    expect(Number(countries.n)).toBe(193);
    // Names in the other languages come from JSON files bundled into the server: they must be there.
    const [kenya] = await query<{ zh: string; ar: string }>(url, "SELECT name->>'zh' AS zh, name->>'ar' AS ar FROM countries WHERE iso2 = 'KE'");
    expect(kenya).toEqual({ zh: "肯尼亚", ar: "كينيا" });
    expect(await signIn(`http://127.0.0.1:${port}`, "admin@example.org", DEMO_PASSWORD)).toBe("admin@example.org");
    expect(started.output()).not.toContain("instrumentation hook");
  });

  it("makes the first administrator with the bundled admin-create.mjs, as `docker compose exec` would", async () => {
    const url = await freshDatabase("ct4");
    const port = await findFreePort();
    await waitHealthy(port, startServer(url, port));
    const result = spawnSync(process.execPath, ["admin-create.mjs", "--email", "First.Admin@example.org"], {
      cwd: app,
      env: { PATH: process.env.PATH, DATABASE_URL: url, NEXTAUTH_URL: "https://cybercap.example.org", NODE_ENV: "production" },
      encoding: "utf8",
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/https:\/\/cybercap\.example\.org\/reset-password\/[A-Za-z0-9_-]{40,}/);
    const [admin] = await query<{ is_admin: boolean }>(url, "SELECT is_admin FROM users WHERE email = 'first.admin@example.org'");
    expect(admin).toEqual({ is_admin: true });
  });

  it("comes up twice at the same moment on one empty database", async () => {
    const url = await freshDatabase("ct2");
    const ports = [await findFreePort(), await findFreePort()];
    const servers = ports.map((port) => startServer(url, port));
    await Promise.all(servers.map((s, i) => waitHealthy(ports[i], s)));
    const [counts] = await query<{ countries: string; versions: string; migrations: string }>(
      url,
      `SELECT (SELECT count(*) FROM countries) AS countries, (SELECT count(*) FROM framework_versions) AS versions,
              (SELECT count(*) FROM "_prisma_migrations") AS migrations`,
    );
    const migrations = readdirSync(path.join(app, "prisma", "migrations")).filter((n) => /^\d{14}_/.test(n));
    expect({ countries: Number(counts.countries), versions: Number(counts.versions), migrations: Number(counts.migrations) }).toEqual({
      countries: 193,
      versions: 1,
      migrations: migrations.length,
    });
    for (const s of servers) expect(s.output()).not.toMatch(/cannot start|instrumentation hook/);
  });

  it("refuses demo mode on its database unless DEMO_MODE_ALLOW_EXTERNAL_DB=true, and exits without touching it", async () => {
    const url = await freshDatabase("ct3");
    const port = await findFreePort();
    const started = startServer(url, port, { DEMO_MODE: "true" });
    const code = await new Promise<number | null>((resolve) => started.child.once("exit", (c) => resolve(c)));
    expect(code).not.toBe(0);
    expect(started.output()).toContain("DEMO_MODE_ALLOW_EXTERNAL_DB=true");
    const [tables] = await query<{ n: string }>(url, "SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'");
    expect(Number(tables.n)).toBe(0);
  });
});
