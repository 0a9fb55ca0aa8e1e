// `npm start` runs as npm -> sh -c -> tsx -> node scripts/start.ts. When one of those launchers is
// killed with SIGKILL (say `kill -9` on the process titled "npm start"), the ones below it live on,
// adopted, and nothing tells them. start.ts therefore watches the chain of its launchers, up to
// npm, and shuts down (web server, then PostgreSQL) when any of them is gone. Its own children
// watch it in turn, through a pipe (watch-parent.mjs, postgres-watchdog.ts).
import path from "node:path";
import { isSameProcess, processInfo, type ProcessRef } from "../../lib/system/processes";

export function isNpmCommand(args: string[]): boolean {
  // npm sets its process title to "npm start", which becomes its whole command line on Linux.
  const first = args[0] ?? "";
  return path.basename(first.split(" ")[0]) === "npm" || args.some((a) => a.endsWith("npm-cli.js"));
}

/** The processes that launched this one: its parent, and up to npm when npm is among the first few. */
export function launchers(): ProcessRef[] {
  const chain: ProcessRef[] = [];
  let pid = process.ppid;
  for (let depth = 0; depth < 4 && pid > 1; depth++) {
    const info = processInfo(pid);
    if (!info) break;
    chain.push({ pid: info.pid, startTime: info.startTime });
    if (isNpmCommand(info.args)) return chain;
    pid = info.ppid;
  }
  return chain.slice(0, 1);
}

/** Calls `onGone` once when one of `chain` has exited. Checks every `intervalMs`. */
export function watchLaunchers(chain: ProcessRef[], onGone: (pid: number) => void, intervalMs = 1000): () => void {
  const timer = setInterval(() => {
    const gone = chain.find((p) => !isSameProcess(p));
    if (gone === undefined) return;
    clearInterval(timer);
    onGone(gone.pid);
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
