import { afterEach, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "../../lib/db";
import { createScratchDatabase } from "../../lib/testing/database";
import { demoAccounts } from "../../prisma/seed/demo";
import { prepareDatabase } from "./database";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

describe("prepareDatabase", () => {
  it("lets two instances prepare one empty database at the same moment: both succeed, everything exists once", { timeout: 120_000 }, async () => {
    const scratch = await createScratchDatabase(inject("adminDatabaseUrl"), "prep");
    cleanups.push(scratch.drop);
    const options = { demo: true, embedded: false, allowExternalDemo: true };
    const results = await Promise.allSettled([prepareDatabase(scratch.url, options), prepareDatabase(scratch.url, options)]);
    expect(results.map((r) => (r.status === "rejected" ? String(r.reason) : "ok"))).toEqual(["ok", "ok"]);

    const db = createPrismaClient(scratch.url);
    cleanups.push(() => db.$disconnect());
    expect(await db.country.count()).toBe(193);
    expect(await db.programmeRegion.count()).toBe(13);
    expect(await db.frameworkVersion.count()).toBe(1);
    expect(await db.service.count()).toBe(18);
    const emails = demoAccounts().map((a) => a.email);
    expect(await db.user.count({ where: { email: { in: emails } } })).toBe(emails.length);
  });

  it("refuses demo data on an external database unless it is allowed, before touching it", async () => {
    const scratch = await createScratchDatabase(inject("adminDatabaseUrl"), "prep");
    cleanups.push(scratch.drop);
    await expect(prepareDatabase(scratch.url, { demo: true, embedded: false, allowExternalDemo: false })).rejects.toThrow(/DEMO_MODE_ALLOW_EXTERNAL_DB/);
    const db = createPrismaClient(scratch.url);
    cleanups.push(() => db.$disconnect());
    const tables = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'`;
    expect(Number(tables[0].n)).toBe(0);
  });
});
