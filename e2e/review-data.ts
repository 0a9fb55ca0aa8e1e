// Data of the review journey: a claimed country's round, every indicator answered and submitted,
// and an officer assigned to that country. Made in the e2e database (e2e/db.ts), never in a demo round.
import { uuidv7 } from "../lib/ids";
import { createCountryTeam, createUser, db, type CountryTeam, type E2eUser } from "./db";

export interface ReviewIndicator {
  id: string;
  code: string;
  pillarCode: string;
}

export interface SubmittedRound extends CountryTeam {
  officer: E2eUser;
  /** The framework's indicators in questionnaire order. */
  indicators: ReviewIndicator[];
}

/** A fresh country team whose round has every indicator answered at level 2 and is submitted, and its officer. */
export async function createSubmittedRound(): Promise<SubmittedRound> {
  const team = await createCountryTeam();
  const pool = await db();
  const { rows: indicators } = await pool.query<ReviewIndicator>(
    `SELECT i.id, i.code, p.code AS "pillarCode"
       FROM assessment_rounds r JOIN indicators i ON i.framework_version_id = r.framework_version_id JOIN pillars p ON p.id = i.pillar_id
      WHERE r.id = $1 ORDER BY p.position, i.position`,
    [team.roundId],
  );
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    for (const [n, indicator] of indicators.entries()) {
      const answerId = uuidv7();
      await client.query(
        `INSERT INTO answers (id, round_id, indicator_id, kind, level, justification, updated_by_id, updated_at) VALUES ($1, $2, $3, 'LEVEL', 2, $4, $5, now())`,
        [answerId, team.roundId, indicator.id, n === 0 ? "A national cybercrime unit was set up in 2024." : null, team.focal.userId],
      );
      if (n === 0) {
        await client.query(`INSERT INTO evidence_items (id, answer_id, kind, title, url, added_by_id) VALUES ($1, $2, 'LINK', 'Decree 12/2024', 'https://www.example.org/decree-12-2024', $3)`, [
          uuidv7(),
          answerId,
          team.focal.userId,
        ]);
      }
    }
    await client.query(`UPDATE assessment_rounds SET status = 'SUBMITTED', submitted_at = now(), version = version + 1, updated_at = now() WHERE id = $1`, [team.roundId]);
    await client.query(
      `INSERT INTO round_status_events (id, round_id, from_status, to_status, actor_id, at) VALUES ($1, $3, NULL, 'DRAFT', $4, now() - interval '1 minute'), ($2, $3, 'DRAFT', 'SUBMITTED', $4, now())`,
      [uuidv7(), uuidv7(), team.roundId, team.focal.userId],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
  const officer = await createUser({ prefix: "officer", name: `Officer ${team.iso2}` });
  await pool.query(`INSERT INTO officer_assignments (id, user_id, country_id) VALUES ($1, $2, $3)`, [uuidv7(), officer.id, team.countryId]);
  return { ...team, officer, indicators };
}

/** The round's version (submission names it). */
export async function roundVersion(roundId: string): Promise<number> {
  const { rows } = await (await db()).query<{ version: number }>("SELECT version FROM assessment_rounds WHERE id = $1", [roundId]);
  if (!rows[0]) throw new Error(`no round ${roundId}`);
  return rows[0].version;
}
