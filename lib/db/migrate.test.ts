import { describe, expect, it } from "vitest";
import { checksumOf, planMigrations, type MigrationFile } from "./migrate";

function file(name: string, sql: string): MigrationFile {
  return { name, sql, checksum: checksumOf(sql) };
}

describe("planMigrations", () => {
  const a = file("20260101000000_a", "CREATE TABLE a (id int);");
  const b = file("20260201000000_b", "CREATE TABLE b (id int);");

  it("applies everything on an empty database, in order", () => {
    expect(planMigrations([a, b], new Map()).toApply.map((f) => f.name)).toEqual([a.name, b.name]);
  });

  it("skips what is applied and applies the rest", () => {
    const plan = planMigrations([a, b], new Map([[a.name, a.checksum]]));
    expect(plan.skipped).toEqual([a.name]);
    expect(plan.toApply.map((f) => f.name)).toEqual([b.name]);
  });

  it("refuses a migration whose file changed after it was applied", () => {
    expect(() => planMigrations([a, b], new Map([[a.name, checksumOf("something else")]]))).toThrow(/changed after it was applied/);
  });

  it("computes Prisma's checksum: SHA-256 of the file, hex", () => {
    expect(checksumOf("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });
});
