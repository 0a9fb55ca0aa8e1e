// A national team of its own for a spec: a country nobody uses (no team, round or invitation),
// its focal point and respondents, written straight into the e2e server's throwaway database
// (there is no administration screen to appoint a first focal point yet). Each call makes fresh
// users, so specs never share accounts or rounds.
import { randomBytes } from "node:crypto";
import { hash } from "@node-rs/argon2";
import pg from "pg";
import { uuidv7 } from "../lib/ids";
import { databaseUrl } from "./db";

export const TEAM_PASSWORD = "a-team-password-2026";

export interface TeamMember {
  email: string;
  password: string;
}

export interface Team {
  iso2: string;
  countryName: string;
  focal: TeamMember;
  respondents: TeamMember[];
}

async function withClient<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A fresh team in an unused country: a focal point and one respondent per list of pillar codes. */
export async function createTeam(options: { respondents?: string[][] } = {}): Promise<Team> {
  const passwordHash = await hash(TEAM_PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  return withClient(async (client) => {
    await client.query("BEGIN");
    // Serialises concurrent specs picking a country, so two never take the same one.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('e2e.createTeam'))");
    const {
      rows: [country],
    } = await client.query<{ id: string; iso2: string; name: { en?: string } }>(
      `SELECT c.id, c.iso2, c.name FROM countries c
        WHERE c.iso2 <> 'FR'
          AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.country_id = c.id)
          AND NOT EXISTS (SELECT 1 FROM assessment_rounds r WHERE r.country_id = c.id)
          AND NOT EXISTS (SELECT 1 FROM invitations i WHERE i.country_id = c.id)
        ORDER BY random() LIMIT 1`,
    );
    if (!country) throw new Error("no unused country left in the e2e database");
    const tag = randomBytes(4).toString("hex");
    const addMember = async (role: "FOCAL_POINT" | "RESPONDENT", pillars: string[], n: number): Promise<TeamMember> => {
      const email = `${role === "FOCAL_POINT" ? "focal" : `respondent${n}`}.${country.iso2.toLowerCase()}.${tag}@e2e.example.org`;
      const userId = uuidv7();
      await client.query(`INSERT INTO users (id, email, name, password_hash, updated_at) VALUES ($1, $2, $3, $4, now())`, [userId, email, `${role === "FOCAL_POINT" ? "Focal" : "Respondent"} ${country.iso2} ${tag}`, passwordHash]);
      await client.query(`INSERT INTO memberships (id, user_id, country_id, role, assigned_pillar_codes) VALUES ($1, $2, $3, $4, $5)`, [uuidv7(), userId, country.id, role, pillars]);
      return { email, password: TEAM_PASSWORD };
    };
    const focal = await addMember("FOCAL_POINT", [], 0);
    const respondents: TeamMember[] = [];
    for (const [i, pillars] of (options.respondents ?? []).entries()) respondents.push(await addMember("RESPONDENT", pillars, i + 1));
    await client.query("COMMIT");
    return { iso2: country.iso2, countryName: country.name.en ?? country.iso2, focal, respondents };
  });
}
