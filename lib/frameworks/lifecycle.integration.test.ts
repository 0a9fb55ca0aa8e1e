// The framework versions' triggers (migrations 20261123080000_init and 20261202020000): a draft can
// be deleted, a version rounds are pinned to cannot, a retired version never comes back, at most one
// version is published. The moves that touch the published version run in a transaction that is
// rolled back, so the other suites keep framework 1.0 as the published version.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getDb } from "../db";
import { countryId, makeFrameworkVersion } from "../testing/fixtures";

let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
});
afterAll(async () => {
  await client.end();
});

/** Runs `work` in a transaction that is always rolled back. */
async function inRolledBackTransaction(work: () => Promise<void>): Promise<void> {
  await client.query("BEGIN");
  try {
    await work();
  } finally {
    await client.query("ROLLBACK");
  }
}

/** The error one statement raises, inside the open transaction (a savepoint keeps it usable). */
async function refusal(sql: string, values: unknown[] = []): Promise<string> {
  await client.query("SAVEPOINT attempt");
  try {
    await client.query(sql, values);
  } catch (error) {
    await client.query("ROLLBACK TO SAVEPOINT attempt");
    return (error as Error).message;
  }
  await client.query("RELEASE SAVEPOINT attempt");
  return "accepted";
}

async function statusOf(id: string) {
  return (await client.query<{ status: string; published: boolean; retired: boolean }>(
    `SELECT status::text, published_at IS NOT NULL AS published, retired_at IS NOT NULL AS retired FROM framework_versions WHERE id = $1`,
    [id],
  )).rows[0];
}

describe("deleting a framework version", () => {
  it("deletes a draft with no rounds, its pillars and indicators with it", async () => {
    const draft = await makeFrameworkVersion(["INV-01", "INV-02"]);
    await getDb().frameworkVersion.delete({ where: { id: draft.id } });
    expect(await getDb().frameworkVersion.count({ where: { id: draft.id } })).toBe(0);
    expect(await getDb().pillar.count({ where: { frameworkVersionId: draft.id } })).toBe(0);
    expect(await getDb().indicator.count({ where: { id: { in: [...draft.indicators.values()] } } })).toBe(0);
  });

  it("refuses a version rounds are pinned to, even a draft", async () => {
    const draft = await makeFrameworkVersion(["INV-01"]);
    // An archived round: closed, so it never meets another test's open round of the same country.
    await getDb().assessmentRound.create({
      data: { countryId: await countryId("KE"), frameworkVersionId: draft.id, cycle: `A${randomBytes(3).toString("hex")}`, status: "ARCHIVED" },
    });
    await expect(getDb().frameworkVersion.delete({ where: { id: draft.id } })).rejects.toThrow();
    expect(await getDb().indicator.count({ where: { frameworkVersionId: draft.id } })).toBe(1);
  });

  it("refuses the published version", async () => {
    await expect(getDb().frameworkVersion.delete({ where: { version: "1.0" } })).rejects.toThrow(/published and cannot be deleted/);
  });

  it("still refuses to delete or add a pillar or indicator of the published version", async () => {
    const indicator = await getDb().indicator.findFirstOrThrow({ where: { frameworkVersion: { version: "1.0" } }, select: { id: true } });
    await expect(getDb().indicator.delete({ where: { id: indicator.id } })).rejects.toThrow(/published/);
  });
});

describe("a framework version's status", () => {
  it("moves draft -> published -> retired, never back, with at most one published", async () => {
    const draft = await makeFrameworkVersion(["INV-01"]);
    const v1 = (await getDb().frameworkVersion.findUniqueOrThrow({ where: { version: "1.0" }, select: { id: true } })).id;
    await inRolledBackTransaction(async () => {
      // Framework 1.0 is published: a second published version is refused.
      expect(await refusal(`UPDATE framework_versions SET status = 'PUBLISHED' WHERE id = $1`, [draft.id])).toMatch(/framework_versions_one_published/);
      // Retire 1.0, then the draft can be published; its publication date is set by the trigger.
      expect(await refusal(`UPDATE framework_versions SET status = 'RETIRED' WHERE id = $1`, [v1])).toBe("accepted");
      expect(await statusOf(v1)).toEqual({ status: "RETIRED", published: true, retired: true });
      expect(await refusal(`UPDATE framework_versions SET status = 'PUBLISHED' WHERE id = $1`, [draft.id])).toBe("accepted");
      expect(await statusOf(draft.id)).toEqual({ status: "PUBLISHED", published: true, retired: false });
      // The retired version cannot be published again, nor become a draft, nor lose its dates.
      expect(await refusal(`UPDATE framework_versions SET status = 'PUBLISHED' WHERE id = $1`, [v1])).toMatch(/cannot move from RETIRED to PUBLISHED/);
      expect(await refusal(`UPDATE framework_versions SET status = 'DRAFT' WHERE id = $1`, [v1])).toMatch(/cannot move from RETIRED to DRAFT/);
      expect(await refusal(`UPDATE framework_versions SET retired_at = NULL WHERE id = $1`, [v1])).toMatch(/cannot be changed/);
      // Even with the published one retired in turn, 1.0 stays retired.
      expect(await refusal(`UPDATE framework_versions SET status = 'RETIRED' WHERE id = $1`, [draft.id])).toBe("accepted");
      expect(await refusal(`UPDATE framework_versions SET status = 'PUBLISHED' WHERE id = $1`, [v1])).toMatch(/cannot move from RETIRED to PUBLISHED/);
    });
    expect(await statusOf(v1)).toEqual({ status: "PUBLISHED", published: true, retired: false });
  });

  it("refuses a published version going back to draft, a draft retired without being published, and a version created published", async () => {
    const draft = await makeFrameworkVersion(["INV-01"]);
    await inRolledBackTransaction(async () => {
      expect(await refusal(`UPDATE framework_versions SET status = 'DRAFT' WHERE version = '1.0'`)).toMatch(/cannot move from PUBLISHED to DRAFT/);
      expect(await refusal(`UPDATE framework_versions SET status = 'RETIRED' WHERE id = $1`, [draft.id])).toMatch(/cannot move from DRAFT to RETIRED/);
      expect(
        await refusal(`INSERT INTO framework_versions (id, version, name, description, status) VALUES (gen_random_uuid(), 'x-published', '{}', '{}', 'RETIRED')`),
      ).toMatch(/created as a draft/);
    });
  });
});
