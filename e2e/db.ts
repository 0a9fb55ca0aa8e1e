// Direct access to the e2e server's throwaway database, for specs that need data of their own (a
// fresh person, a country team, a draft round) that no page can make quickly, and for checking
// what the server stored. The server writes its database URL to a file (scripts/e2e-server.ts);
// this refuses any database that is not a local throwaway one. The one pool of each worker is here.
import { existsSync, readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { hashPassword } from "../lib/auth/password";
import { uuidv7 } from "../lib/ids";
import { e2eStateFile, type E2eState } from "../scripts/lib/e2e-state";

/** The password of every person made here; none of them is a demo account. */
export const E2E_PASSWORD = "e2e-password-2026";

const port = Number(process.env.E2E_PORT ?? 3210);
let pool: pg.Pool | undefined;
let passwordHash: Promise<string> | undefined;

/** The e2e server's throwaway database (it writes the address when it is up). */
export function databaseUrl(): string {
  const url = (JSON.parse(readFileSync(e2eStateFile(port), "utf8")) as E2eState).databaseUrl;
  const { hostname, pathname } = new URL(url);
  // Throwaway databases are named cybercap_e2e… (lib/testing/database.ts): never touch another.
  if (!["127.0.0.1", "localhost", "::1"].includes(hostname) || !/^\/cybercap_e2e/.test(pathname)) {
    throw new Error(`e2e/db.ts refuses to write to ${hostname}${pathname}: not a throwaway e2e database`);
  }
  return url;
}

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

async function inTransaction<T>(run: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await (await db()).connect();
  try {
    await client.query("BEGIN");
    const result = await run(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

/** Hashed the way the application hashes (lib/auth/password.ts), once per worker: it is slow on purpose. */
function e2ePasswordHash(): Promise<string> {
  passwordHash ??= hashPassword(E2E_PASSWORD);
  return passwordHash;
}

async function insertUser(client: pg.Pool | pg.ClientBase, email: string, name: string): Promise<string> {
  const id = uuidv7();
  await client.query(`INSERT INTO users (id, email, name, password_hash, updated_at) VALUES ($1, $2, $3, $4, now())`, [id, email, name, await e2ePasswordHash()]);
  return id;
}

export interface E2eUser {
  id: string;
  email: string;
  name: string;
  password: string;
}

/** A new account with a password and no role: not a demo account, so no other spec depends on it. */
export async function createUser(options: { prefix?: string; name?: string } = {}): Promise<E2eUser> {
  const email = `${options.prefix ?? "e2e"}.${randomBytes(5).toString("hex")}@e2e.example.org`;
  const name = options.name ?? `E2E ${email.split("@")[0]}`;
  const id = await insertUser(await db(), email, name);
  return { id, email, name, password: E2E_PASSWORD };
}

/**
 * A country nobody else uses (no team, no round, no invitation), claimed inside the caller's
 * transaction. Claims are serialised by a transaction-scoped advisory lock, so parallel workers
 * never get the same country. France is left alone: the administration journey appoints its
 * first focal point.
 */
async function claimUnusedCountry(client: pg.ClientBase): Promise<{ id: string; iso2: string; name: string }> {
  await client.query("SELECT pg_advisory_xact_lock(hashtext('e2e.createTeam'))");
  const {
    rows: [country],
  } = await client.query<{ id: string; iso2: string; name: { en?: string } }>(
    `SELECT c.id, c.iso2, c.name FROM countries c
      WHERE c.iso2 <> 'FR'
        -- Never a country of the demo regions: their officers' lists and regional medians are
        -- counted by specs that read the demo data (a spec may move its country to a region of its own).
        AND c.programme_region_id NOT IN (SELECT id FROM programme_regions WHERE code IN ('EAF', 'CAM'))
        AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.country_id = c.id)
        AND NOT EXISTS (SELECT 1 FROM assessment_rounds r WHERE r.country_id = c.id)
        AND NOT EXISTS (SELECT 1 FROM invitations i WHERE i.country_id = c.id)
      ORDER BY random() LIMIT 1`,
  );
  if (!country) throw new Error("no unused country left in the e2e database");
  return { id: country.id, iso2: country.iso2, name: country.name.en ?? country.iso2 };
}

export interface TeamMember {
  userId: string;
  email: string;
  password: string;
}

export interface Team {
  iso2: string;
  countryId: string;
  countryName: string;
  focal: TeamMember;
  respondents: TeamMember[];
}

export interface CountryTeam extends Team {
  roundId: string;
}

async function insertTeam(client: pg.ClientBase, respondentPillars: string[][]): Promise<Team> {
  const country = await claimUnusedCountry(client);
  const tag = randomBytes(4).toString("hex");
  const addMember = async (role: "FOCAL_POINT" | "RESPONDENT", pillars: string[], n: number): Promise<TeamMember> => {
    const email = `${role === "FOCAL_POINT" ? "focal" : `respondent${n}`}.${country.iso2.toLowerCase()}.${tag}@e2e.example.org`;
    const userId = await insertUser(client, email, `${role === "FOCAL_POINT" ? "Focal" : "Respondent"} ${country.iso2} ${tag}`);
    await client.query(`INSERT INTO memberships (id, user_id, country_id, role, assigned_pillar_codes) VALUES ($1, $2, $3, $4, $5)`, [uuidv7(), userId, country.id, role, pillars]);
    return { userId, email, password: E2E_PASSWORD };
  };
  const focal = await addMember("FOCAL_POINT", [], 0);
  const respondents: TeamMember[] = [];
  for (const [i, pillars] of respondentPillars.entries()) respondents.push(await addMember("RESPONDENT", pillars, i + 1));
  return { iso2: country.iso2, countryId: country.id, countryName: country.name, focal, respondents };
}

/** A fresh team in an unused country: a focal point and one respondent per list of pillar codes. */
export async function createTeam(options: { respondents?: string[][] } = {}): Promise<Team> {
  return inTransaction((client) => insertTeam(client, options.respondents ?? []));
}

/** A fresh team (its focal point only) with a draft round open on the published framework (targets 3). */
export async function createCountryTeam(): Promise<CountryTeam> {
  return inTransaction(async (client) => {
    const team = await insertTeam(client, []);
    const roundId = uuidv7();
    await client.query(
      `INSERT INTO assessment_rounds (id, country_id, framework_version_id, cycle, status, opened_by_id, updated_at)
       SELECT $1, $2, f.id, '2026', 'DRAFT', $3, now() FROM framework_versions f WHERE f.status = 'PUBLISHED' ORDER BY f.published_at DESC LIMIT 1`,
      [roundId, team.countryId, team.focal.userId],
    );
    await client.query(`INSERT INTO round_targets (round_id, pillar_id, target_level) SELECT $1, p.id, 3 FROM pillars p JOIN assessment_rounds r ON r.framework_version_id = p.framework_version_id WHERE r.id = $1`, [roundId]);
    return { ...team, roundId };
  });
}

/** The programme region a country is in now (to restore it after a spec moved it). */
export async function programmeRegionOf(iso2: string): Promise<string | null> {
  const { rows } = await (await db()).query<{ code: string | null }>(
    "SELECT r.code FROM countries c LEFT JOIN programme_regions r ON r.id = c.programme_region_id WHERE c.iso2 = $1",
    [iso2],
  );
  return rows[0]?.code ?? null;
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
