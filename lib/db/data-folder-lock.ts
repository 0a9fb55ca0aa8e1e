// Who owns a data folder of the embedded PostgreSQL: a lock file beside it (.data/postgres.lock)
// naming the process that runs it (`npm start`, `npm run db:seed`…).
//
// Why a lock file with the owner's PID *and start time*: a second start must tell "another start
// is running on this folder" (refuse, touch nothing) from "the start that ran it is gone" (its
// PostgreSQL, if still up, is an orphan to stop). postmaster.pid alone cannot say it: it names the
// PostgreSQL, not who started it. The owner's PID alone is not enough either, since PIDs are reused
// (after a reboot the PID in a stale file often belongs to some other program); the start time the
// OS reports for that PID tells the original process from a later one. An advisory lock held on a
// database connection was the other candidate, but it needs the very PostgreSQL whose fate is to be
// decided, and answers nothing while it starts or after it died.
//
// The file is created atomically (link() of a complete temporary file fails if the lock exists),
// so two starts at the same moment cannot both win and nobody reads a half-written file. Taking
// over a stale lock is serialised by a short-lived takeover directory (mkdir is atomic), so two
// starts that both find a dead owner cannot both take over.
import { randomUUID } from "node:crypto";
import { link, mkdir, readFile, rename, rm, rmdir, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { isSameProcess, processRef, type ProcessRef } from "../system/processes";

export interface FolderOwner extends ProcessRef {
  /** What runs: "npm start", "npm run db:seed"… */
  command: string;
  /** ISO time the owner took the folder. */
  since: string;
  dataDir: string;
  appUrl?: string;
  pgPid?: number;
  pgPort?: number;
  nextPid?: number;
  watchdogPid?: number;
}

export interface DataFolderLock {
  file: string;
  owner: FolderOwner;
  /** Adds what the owner learns later (its PostgreSQL, its web server) for messages and tests. */
  update: (patch: Partial<FolderOwner>) => Promise<void>;
  /** Removes the lock if it still is ours. Safe to call twice. */
  release: () => Promise<void>;
}

/** The folder is in use by a live process; `owner` says which. Nothing was changed. */
export class FolderInUseError extends Error {
  constructor(
    readonly owner: FolderOwner,
    readonly file: string,
  ) {
    super(`data folder ${owner.dataDir} is in use by pid ${owner.pid}`);
    this.name = "FolderInUseError";
  }
}

export function lockFileOf(dataDir: string): string {
  return path.join(path.dirname(dataDir), `${path.basename(dataDir)}.lock`);
}

export async function readOwner(file: string): Promise<FolderOwner | undefined> {
  try {
    const value = JSON.parse(await readFile(file, "utf8")) as Partial<FolderOwner>;
    if (typeof value.pid !== "number" || typeof value.startTime !== "string") return undefined;
    return value as FolderOwner;
  } catch {
    return undefined;
  }
}

const TAKEOVER_STALE_MS = 10_000;

async function writeAtomically(file: string, content: string, exclusive: boolean): Promise<boolean> {
  // Unique per call, not only per process and millisecond: two takers in one process at the same
  // instant shared a temporary file, and the second's link() found it already removed (ENOENT).
  const temp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  await writeFile(temp, content, { mode: 0o644 });
  try {
    if (!exclusive) {
      await rename(temp, file);
      return true;
    }
    await link(temp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** Removes `file` if it still names `stale`, while holding the takeover directory. */
async function takeOver(file: string, stale: FolderOwner | undefined): Promise<void> {
  const takeover = `${file}.takeover`;
  try {
    await mkdir(takeover);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    // Another start is taking over right now, or died doing so (then its directory grows old).
    const age = Date.now() - (await stat(takeover).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
    if (age > TAKEOVER_STALE_MS) await rmdir(takeover).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 100));
    return;
  }
  try {
    const current = await readOwner(file);
    const same = current && stale ? current.pid === stale.pid && current.startTime === stale.startTime : current === stale;
    if (same) await rm(file, { force: true });
  } finally {
    await rmdir(takeover).catch(() => undefined);
  }
}

/**
 * Takes the data folder for this process, or throws FolderInUseError naming the live owner.
 * A lock left by a process that is gone (or whose PID now is another program) is taken over.
 */
export async function acquireDataFolderLock(dataDir: string, about: { command: string; appUrl?: string }): Promise<DataFolderLock> {
  const file = lockFileOf(dataDir);
  await mkdir(path.dirname(file), { recursive: true });
  const me = processRef(process.pid);
  if (!me) throw new Error("cannot read this process's own start time");
  let owner: FolderOwner = { ...me, command: about.command, since: new Date().toISOString(), dataDir, appUrl: about.appUrl };
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await writeAtomically(file, JSON.stringify(owner, null, 2), true)) {
      let released = false;
      return {
        file,
        get owner() {
          return owner;
        },
        update: async (patch) => {
          owner = { ...owner, ...patch };
          await writeAtomically(file, JSON.stringify(owner, null, 2), false);
        },
        release: async () => {
          if (released) return;
          released = true;
          const current = await readOwner(file);
          if (current?.pid === owner.pid && current.startTime === owner.startTime) await rm(file, { force: true });
        },
      };
    }
    const current = await readOwner(file);
    if (current && isSameProcess(current)) throw new FolderInUseError(current, file);
    await takeOver(file, current);
  }
  throw new Error(`could not take the lock ${file}: it keeps changing (several starts at once?)`);
}
