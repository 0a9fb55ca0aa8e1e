import { describe, expect, it } from "vitest";
import { isPostgresOf, parsePostmasterPid } from "./postmaster";

describe("parsePostmasterPid", () => {
  it("reads the PID, data directory and port", () => {
    const content = "4711\n/srv/app/.data/postgres\n1796132592\n54329\n/tmp\nlocalhost\n  1234   5678\nready   \n";
    expect(parsePostmasterPid(content)).toEqual({ pid: 4711, dataDir: "/srv/app/.data/postgres", port: 54329 });
  });

  it("ignores a file without a PID", () => {
    expect(parsePostmasterPid("\n")).toBeUndefined();
  });
});

describe("isPostgresOf", () => {
  const dir = "/srv/app/.data/postgres";
  it("recognises a postgres server on this data folder", () => {
    expect(isPostgresOf(["/x/bin/postgres", "-D", dir, "-p", "54329"], dir)).toBe(true);
  });

  it("refuses another folder and another program", () => {
    expect(isPostgresOf(["/x/bin/postgres", "-D", "/elsewhere", "-p", "54329"], dir)).toBe(false);
    expect(isPostgresOf(["/usr/bin/sleep", "-D", dir], dir)).toBe(false);
    expect(isPostgresOf([], dir)).toBe(false);
  });

  it("finds a folder with spaces in a command line that ps split at spaces", () => {
    const spaced = "/Users/a b/app/.data/postgres";
    expect(isPostgresOf(["/x/bin/postgres", "-D", "/Users/a", "b/app/.data/postgres", "-p", "1"], spaced)).toBe(true);
  });
});
