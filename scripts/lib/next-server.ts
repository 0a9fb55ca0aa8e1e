// Builds the app when the build is missing or older than its sources, and runs `next start` (or
// `next dev`) as a child process.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import type { Socket } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

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

const NEXT_CLI = createRequire(import.meta.url).resolve("next/dist/bin/next");
/** Preloaded into Next's process: stamps each request with its socket's address (see the file). */
const PEER_ADDRESS_PRELOAD = fileURLToPath(new URL("../peer-address.cjs", import.meta.url));
/** Preload that stops the server when its parent is gone (see the file). */
export const WATCH_PARENT_PRELOAD = fileURLToPath(new URL("./watch-parent.mjs", import.meta.url));

export interface StartNextOptions {
  dev: boolean;
  port: number;
  host: string;
  env: NodeJS.ProcessEnv;
  quiet?: boolean;
  /** More Node options for the server process, e.g. ["--require", "<preload>"]; after our own. */
  nodeArgs?: string[];
}

/**
 * Runs the Next CLI in a Node process of its own, with the parent watch preloaded: our fd 3 end of
 * a pipe closes when this process exits, and the server then stops (watch-parent.mjs).
 */
export function startNext(options: StartNextOptions): ChildProcess {
  const args = [options.dev ? "dev" : "start", "-p", String(options.port), "-H", options.host];
  // Both preloads also reach the worker `next dev` forks (it inherits node's arguments).
  const nodeArgs = ["--import", WATCH_PARENT_PRELOAD, "--require", PEER_ADDRESS_PRELOAD, ...(options.nodeArgs ?? [])];
  const out = options.quiet ? "ignore" : "inherit";
  const child = spawn(process.execPath, [...nodeArgs, NEXT_CLI, ...args], {
    stdio: [out, out, "inherit", "pipe"],
    env: { ...options.env, CYBERCAP_WATCH_PARENT_FD: "3" },
  });
  // Our end of the pipe must not keep this process alive on its own.
  (child.stdio[3] as Socket | null)?.unref();
  return child;
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
