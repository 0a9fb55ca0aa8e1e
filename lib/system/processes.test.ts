import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { isAlive, isSameProcess, parseProcStat, processInfo, processRef, stopProcess } from "./processes";

describe("parseProcStat", () => {
  it("reads ppid and start time after a command name with spaces and parentheses", () => {
    const fields = Array.from({ length: 50 }, (_, i) => String(i + 3));
    const stat = `4242 (my (odd) cmd) S ${fields.slice(1).join(" ")}`;
    expect(parseProcStat(stat)).toEqual({ state: "S", ppid: 4, startTime: "22" });
  });

  it("gives up on a line it cannot read", () => {
    expect(parseProcStat("garbage")).toBeUndefined();
  });
});

describe("processes", () => {
  it("knows this process, its parent and its command line", () => {
    const me = processInfo(process.pid);
    expect(me?.ppid).toBe(process.ppid);
    expect(me?.args.length).toBeGreaterThan(0);
    expect(isSameProcess(processRef(process.pid)!)).toBe(true);
  });

  it("tells a reused PID (another start time) from the original process", () => {
    expect(isSameProcess({ pid: process.pid, startTime: "not-the-start-time" })).toBe(false);
  });

  it("stops a process step by step and never signals a PID whose start time differs", async () => {
    const child = spawn(process.execPath, ["-e", "process.on('SIGINT', () => {}); setInterval(() => {}, 1000)"], { stdio: "ignore" });
    await new Promise((r) => child.once("spawn", r));
    const ref = processRef(child.pid!)!;
    // Wrong start time: treated as somebody else's process, left alone.
    expect(await stopProcess({ pid: ref.pid, startTime: "other" }, [["SIGKILL", 100]])).toBe(true);
    expect(isAlive(ref.pid)).toBe(true);
    // It ignores SIGINT, so the second step (SIGTERM) is what stops it.
    const exited = new Promise((r) => child.once("exit", r));
    expect(await stopProcess(ref, [["SIGINT", 300], ["SIGTERM", 5000]])).toBe(true);
    await exited;
    expect(isSameProcess(ref)).toBe(false);
  });
});
