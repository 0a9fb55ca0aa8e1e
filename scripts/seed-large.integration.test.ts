import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

// npm run seed:large into a database of its own on the test server, then checked and dropped.
const name = `cybercap_large_${randomBytes(3).toString("hex")}`;
const admin = () => {
  const url = new URL(process.env.DATABASE_URL ?? "");
  url.pathname = "/postgres";
  return url.toString();
};

afterAll(async () => {
  const client = new pg.Client({ connectionString: admin() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
});

describe("npm run seed:large", () => {
  it("seeds 193 countries x 5 cycles on every indicator, with mixed statuses and evidence, leaving the locks on", { timeout: 120_000 }, () => {
    const run = spawnSync("npx", ["--no-install", "tsx", "scripts/seed-large.ts", "--database", name], { env: { ...process.env, DATABASE_URL: admin() }, encoding: "utf8", timeout: 110_000 });
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/seeded 965 rounds, \d+ answers and \d+ evidence items/);
  });

  it("holds what it says", async () => {
    const url = new URL(admin());
    url.pathname = `/${name}`;
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      const { rows } = await client.query<{ rounds: number; statuses: number; per_round: number; evidence: number; locked: number }>(`
        SELECT (SELECT count(*)::int FROM assessment_rounds) AS rounds,
               (SELECT count(DISTINCT status)::int FROM assessment_rounds) AS statuses,
               ((SELECT count(*) FROM answers) / NULLIF((SELECT count(*) FROM assessment_rounds), 0))::int AS per_round,
               (SELECT count(*)::int FROM evidence_items) AS evidence,
               (SELECT count(*)::int FROM pg_trigger WHERE tgname LIKE '%locked_when_validated' AND tgenabled = 'O') AS locked`);
      const indicators = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM indicators i JOIN framework_versions f ON f.id = i.framework_version_id WHERE f.status = 'PUBLISHED'`)).rows[0].n;
      expect(rows[0]).toMatchObject({ rounds: 965, statuses: 5, per_round: indicators, locked: 2 });
      expect(rows[0].evidence).toBeGreaterThan(5000);
    } finally {
      await client.end();
    }
  });
});
