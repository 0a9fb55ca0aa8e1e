import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { processRef } from "../system/processes";
import { acquireDataFolderLock, FolderInUseError, lockFileOf, readOwner } from "./data-folder-lock";

let root: string;
let dataDir: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "cybercap-lock-"));
  dataDir = path.join(root, "postgres");
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("acquireDataFolderLock", () => {
  it("records its owner, refuses a second taker while the owner lives, and frees the folder on release", async () => {
    const lock = await acquireDataFolderLock(dataDir, { command: "npm start", appUrl: "http://localhost:3000" });
    expect(lock.file).toBe(path.join(root, "postgres.lock"));
    await lock.update({ pgPid: 4711, pgPort: 54329 });
    const error = await acquireDataFolderLock(dataDir, { command: "npm start" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FolderInUseError);
    expect((error as FolderInUseError).owner).toMatchObject({ pid: process.pid, command: "npm start", pgPid: 4711, appUrl: "http://localhost:3000" });
    await lock.release();
    const again = await acquireDataFolderLock(dataDir, { command: "npm run db:seed" });
    expect((await readOwner(again.file))?.command).toBe("npm run db:seed");
    await again.release();
  });

  it("takes over a lock whose owner is gone, or whose PID now is another process", async () => {
    const exited = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
    const deadPid = Number(exited.stdout.trim());
    await writeFile(lockFileOf(dataDir), JSON.stringify({ pid: deadPid, startTime: "1", command: "npm start", since: "", dataDir }));
    const first = await acquireDataFolderLock(dataDir, { command: "npm start" });
    await first.release();

    // A live PID with another start time: the PID was reused by a later process.
    const me = processRef(process.pid)!;
    await writeFile(lockFileOf(dataDir), JSON.stringify({ pid: me.pid, startTime: `${me.startTime}-before`, command: "npm start", since: "", dataDir }));
    const second = await acquireDataFolderLock(dataDir, { command: "npm start" });
    expect(JSON.parse(await readFile(second.file, "utf8"))).toMatchObject({ pid: me.pid, startTime: me.startTime });
    await second.release();
  });

  it("lets exactly one of several simultaneous takers win", async () => {
    const results = await Promise.allSettled([1, 2, 3, 4].map(() => acquireDataFolderLock(dataDir, { command: "npm start" })));
    // All run in this one process, so the winner is alive for the others: one lock, three refusals.
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected" && r.reason instanceof FolderInUseError)).toHaveLength(3);
  });
});
