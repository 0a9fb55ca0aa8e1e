// What the operating system says about a process, for the supervision of `npm start` and its
// embedded PostgreSQL: is a PID alive, is it still the same process (PIDs are reused), who is its
// parent, what command runs in it. Linux reads /proc; elsewhere (macOS) `ps` answers, whose -o
// fields are POSIX. Used by scripts and test set-up only, never by the app server.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

export interface ProcessRef {
  pid: number;
  /**
   * When the process started, in the OS's own terms (Linux: clock ticks since boot; elsewhere the
   * `ps -o lstart` text). A PID with a different start time is another process that reused it.
   */
  startTime: string;
}

export interface ProcessInfo extends ProcessRef {
  ppid: number;
  /** The command line, one element per argument (elsewhere than Linux: split at spaces). */
  args: string[];
}

const hasProc = process.platform === "linux";

/** True when a process with this PID exists (it may belong to another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Parses /proc/<pid>/stat. The command name (field 2) is in parentheses and may itself contain
 * spaces and parentheses, so the fields are counted from the last ")".
 */
export function parseProcStat(stat: string): { state: string; ppid: number; startTime: string } | undefined {
  const end = stat.lastIndexOf(")");
  if (end < 0) return undefined;
  const fields = stat.slice(end + 2).trim().split(/\s+/);
  // fields[0] is field 3 (state), so field n is fields[n - 3]: ppid is field 4, starttime field 22.
  const ppid = Number(fields[1]);
  const startTime = fields[19];
  if (!Number.isInteger(ppid) || !startTime) return undefined;
  return { state: fields[0], ppid, startTime };
}

/** One `ps` call: ppid, the fixed-width start time (five words) and the command line. */
function psInfo(pid: number): ProcessInfo | undefined {
  let out: string;
  try {
    out = execFileSync("ps", ["-o", "ppid=,lstart=,command=", "-p", String(pid)], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return undefined; // ps exits 1 when there is no such process
  }
  const words = out.trim().split(/\s+/);
  if (words.length < 7) return undefined;
  return { pid, ppid: Number(words[0]), startTime: words.slice(1, 6).join(" "), args: words.slice(6) };
}

/** What the OS knows about a live process; undefined when there is none (or it is a zombie). */
export function processInfo(pid: number): ProcessInfo | undefined {
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  if (!hasProc) return psInfo(pid);
  try {
    const stat = parseProcStat(readFileSync(`/proc/${pid}/stat`, "utf8"));
    if (!stat || stat.state === "Z") return undefined;
    const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    return { pid, ppid: stat.ppid, startTime: stat.startTime, args };
  } catch {
    return undefined;
  }
}

export function processRef(pid: number): ProcessRef | undefined {
  const info = processInfo(pid);
  return info && { pid: info.pid, startTime: info.startTime };
}

/** True while the process that `ref` was taken from still runs (not a later one with its PID). */
export function isSameProcess(ref: ProcessRef): boolean {
  const now = processInfo(ref.pid);
  return now !== undefined && now.startTime === ref.startTime;
}

/** The parent of this process now (it changes when the parent dies and the process is adopted). */
export function currentParentPid(): number | undefined {
  return processInfo(process.pid)?.ppid;
}

/** Resolves true once the process has exited, false if it still runs after `timeoutMs`. */
export async function waitForExit(ref: ProcessRef, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isSameProcess(ref)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, hasProc ? 50 : 200));
  }
  return true;
}

/**
 * Signals a process in steps (say SIGINT, then SIGQUIT, then SIGKILL), waiting for it to exit after
 * each. Checks before every signal that the PID still is the same process, so a PID that was freed
 * and reused meanwhile is never signalled. True when it is gone.
 */
export async function stopProcess(ref: ProcessRef, steps: [NodeJS.Signals, number][]): Promise<boolean> {
  for (const [signal, waitMs] of steps) {
    if (!isSameProcess(ref)) return true;
    try {
      process.kill(ref.pid, signal);
    } catch {
      return !isSameProcess(ref);
    }
    if (await waitForExit(ref, waitMs)) return true;
  }
  return !isSameProcess(ref);
}
