// Builds the app when the build is missing or older than its sources, and runs `next start` (or
// `next dev`) as a child process.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCE_DIRS = ["app", "components", "lib", "messages", "prisma/seed", "public"];
const SOURCE_FILES = ["next.config.js", "package-lock.json", "proxy.ts", "instrumentation.ts", "postcss.config.mjs", "tsconfig.json"];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) {
    if (entry === "generated" || entry === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

export function isBuildStale(root = process.cwd()): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const newest = Math.max(...[...SOURCE_DIRS, ...SOURCE_FILES].map((p) => newestMtime(path.join(root, p))));
  return newest > built;
}

export function buildApp(env: NodeJS.ProcessEnv): void {
  const result = spawnSync("npx", ["--no-install", "next", "build"], { stdio: "inherit", env });
  if (result.status !== 0) throw new Error("next build failed");
}

/** Preloaded into Next's process: stamps each request with its socket's address (see the file). */
const PEER_ADDRESS_PRELOAD = path.resolve("scripts", "peer-address.cjs");

export function startNext(options: { dev: boolean; port: number; host: string; env: NodeJS.ProcessEnv; quiet?: boolean }): ChildProcess {
  const args = [options.dev ? "dev" : "start", "-p", String(options.port), "-H", options.host];
  // NODE_OPTIONS rather than node's arguments: it also reaches any process Next itself starts.
  const nodeOptions = [options.env.NODE_OPTIONS, `--require ${JSON.stringify(PEER_ADDRESS_PRELOAD)}`].filter(Boolean).join(" ");
  return spawn(path.join("node_modules", ".bin", "next"), args, {
    stdio: options.quiet ? ["ignore", "ignore", "inherit"] : "inherit",
    env: { ...options.env, NODE_OPTIONS: nodeOptions },
  });
}

export async function waitForHealthy(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not become healthy within ${timeoutMs} ms`);
}

/** Stops a child with SIGTERM, then SIGKILL after a grace period. */
export async function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}
