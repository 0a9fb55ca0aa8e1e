// Data a spec makes for itself, written straight into the e2e server's throwaway database (whose
// address scripts/e2e-server.ts leaves in a file for the workers): a country team of its own, so
// that no spec depends on the demo accounts' state or on another spec's.
import { existsSync } from "node:fs";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { hashPassword } from "../lib/auth/password";
import { uuidv7 } from "../lib/ids";
import { e2eStateFile } from "../scripts/lib/e2e-state";
import { databaseUrl } from "./db";

const port = Number(process.env.E2E_PORT ?? 3210);
let pool: pg.Pool | undefined;

/** The e2e server writes its state just after it reports healthy: wait a moment for it. */
async function waitForDatabaseUrl(): Promise<string> {
  for (let i = 0; i < 100 && !existsSync(e2eStateFile(port)); i++) await new Promise((r) => setTimeout(r, 100));
  return databaseUrl();
}

/** A pool on the e2e database, for specs that make data or check what the server stored. */
export async function db(): Promise<pg.Pool> {
  pool ??= new pg.Pool({ connectionString: await waitForDatabaseUrl(), max: 2 });
  return pool;
}

export interface CountryTeam {
  iso2: string;
  countryId: string;
  roundId: string;
  focal: { userId: string; email: string; password: string };
}

/**
 * A country nobody else uses (no team, no round, no invitation), claimed with a focal point of its
 * own and a draft round open on the published framework (targets 3). Claims are serialised by a
 * transaction-scoped advisory lock, the same one every e2e helper that claims a country takes
 * (e2e/team.ts of the rounds work uses this key), so parallel workers never get the same country.
 * France is left alone: the administration journey appoints its first focal point.
 */
export async function createCountryTeam(): Promise<CountryTeam> {
  const password = `e2e-${randomBytes(9).toString("hex")}`;
  const passwordHash = await hashPassword(password);
  const client = await (await db()).connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(hashtext('e2e.createTeam'))");
    const {
      rows: [country],
    } = await client.query<{ id: string; iso2: string }>(
      `SELECT c.id, c.iso2 FROM countries c
        WHERE c.iso2 <> 'FR'
          AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.country_id = c.id)
          AND NOT EXISTS (SELECT 1 FROM assessment_rounds r WHERE r.country_id = c.id)
          AND NOT EXISTS (SELECT 1 FROM invitations i WHERE i.country_id = c.id)
        ORDER BY random() LIMIT 1`,
    );
    if (!country) throw new Error("no unused country left in the e2e database");
    const userId = uuidv7();
    const email = `e2e.${country.iso2.toLowerCase()}.${randomBytes(4).toString("hex")}@test.example.org`;
    await client.query(`INSERT INTO users (id, email, name, password_hash, updated_at) VALUES ($1, $2, $3, $4, now())`, [userId, email, `Focal ${country.iso2}`, passwordHash]);
    await client.query(`INSERT INTO memberships (id, user_id, country_id, role) VALUES ($1, $2, $3, 'FOCAL_POINT')`, [uuidv7(), userId, country.id]);
    const roundId = uuidv7();
    await client.query(
      `INSERT INTO assessment_rounds (id, country_id, framework_version_id, cycle, status, opened_by_id, updated_at)
       SELECT $1, $2, f.id, '2026', 'DRAFT', $3, now() FROM framework_versions f WHERE f.status = 'PUBLISHED' ORDER BY f.published_at DESC LIMIT 1`,
      [roundId, country.id, userId],
    );
    await client.query(`INSERT INTO round_targets (round_id, pillar_id, target_level) SELECT $1, p.id, 3 FROM pillars p JOIN assessment_rounds r ON r.framework_version_id = p.framework_version_id WHERE r.id = $1`, [roundId]);
    await client.query("COMMIT");
    return { iso2: country.iso2, countryId: country.id, roundId, focal: { userId, email, password } };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

/** The id of an indicator of the published framework, by its code (INV-01). */
export async function indicatorId(code: string): Promise<string> {
  const { rows } = await (await db()).query<{ id: string }>(
    `SELECT i.id FROM indicators i JOIN framework_versions f ON f.id = i.framework_version_id WHERE f.status = 'PUBLISHED' AND i.code = $1`,
    [code],
  );
  if (!rows[0]) throw new Error(`no indicator ${code}`);
  return rows[0].id;
}

/** The stored answer of (round, indicator), or null. */
export async function storedAnswer(roundId: string, indicator: string): Promise<{ version: number; justification: string | null; kind: string | null } | null> {
  const { rows } = await (await db()).query<{ version: number; justification: string | null; kind: string | null }>(
    `SELECT version, justification, kind FROM answers WHERE round_id = $1 AND indicator_id = $2`,
    [roundId, indicator],
  );
  return rows[0] ?? null;
}
