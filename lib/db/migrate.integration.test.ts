import { cp, mkdtemp, readdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { createScratchDatabase } from "../testing/database";
import { defaultMigrationsDir, migrate, readMigrations } from "./migrate";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function scratch() {
  const db = await createScratchDatabase(inject("adminDatabaseUrl"), "mig");
  cleanups.push(db.drop);
  return db.url;
}

async function appliedNames(url: string): Promise<string[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const { rows } = await c.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`);
  await c.end();
  return rows.map((r) => r.migration_name);
}

describe("migrate", () => {
  it("applies every migration to an empty database, then nothing on a second run", async () => {
    const url = await scratch();
    const files = await readMigrations();
    const first = await migrate({ connectionString: url });
    expect(first.applied).toEqual(files.map((f) => f.name));
    const second = await migrate({ connectionString: url });
    expect(second.applied).toEqual([]);
    expect(second.skipped).toEqual(files.map((f) => f.name));
    expect(await appliedNames(url)).toEqual(files.map((f) => f.name));
  });

  it("refuses a migration edited after it was applied", async () => {
    const url = await scratch();
    const dir = await mkdtemp(path.join(os.tmpdir(), "migrations-"));
    await cp(defaultMigrationsDir(), dir, { recursive: true });
    await migrate({ connectionString: url, dir });
    const [first] = (await readdir(dir)).sort();
    await writeFile(path.join(dir, first, "migration.sql"), "-- edited\nSELECT 1;\n");
    await expect(migrate({ connectionString: url, dir })).rejects.toThrow(/changed after it was applied/);
  });

  it("applies each migration once when two runners start together", async () => {
    const url = await scratch();
    const [a, b] = await Promise.all([migrate({ connectionString: url }), migrate({ connectionString: url })]);
    const files = await readMigrations();
    expect([...a.applied, ...b.applied].sort()).toEqual(files.map((f) => f.name));
    expect(await appliedNames(url)).toEqual(files.map((f) => f.name));
  });

  it("rolls back a failing migration and records nothing for it", async () => {
    const url = await scratch();
    const dir = await mkdtemp(path.join(os.tmpdir(), "migrations-"));
    await cp(defaultMigrationsDir(), dir, { recursive: true });
    const bad = path.join(dir, "29991231000000_broken");
    await cp(path.join(dir, (await readdir(dir)).sort()[0]), bad, { recursive: true });
    await writeFile(path.join(bad, "migration.sql"), "CREATE TABLE half_done (id int);\nSELECT no_such_function();\n");
    await expect(migrate({ connectionString: url, dir })).rejects.toThrow(/29991231000000_broken failed/);
    expect(await appliedNames(url)).not.toContain("29991231000000_broken");
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const { rowCount } = await c.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'`);
    await c.end();
    expect(rowCount).toBe(0);
  });
});
