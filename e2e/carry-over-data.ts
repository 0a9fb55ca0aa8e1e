// Data for the carry-over spec (issue 12 item 6): a validated round of a team's country, with
// answers and evidence, as a previous round the next one starts from. Written straight to the e2e
// database, as e2e/db.ts does for teams and rounds (no page makes a validated round quickly).
import { createHash, randomUUID } from "node:crypto";
import { uuidv7 } from "../lib/ids";
import { db } from "./db";

export interface PreviousAnswer {
  code: string;
  level: number;
  justification?: string;
  /** A link added as evidence. */
  link?: { url: string; title: string };
  /** A small text file added as evidence (kept in PostgreSQL, the e2e server's file store). */
  file?: { fileName: string; text: string };
}

/** A VALIDATED round of the country on the published framework, with these answers (by indicator code). */
export async function createValidatedRound(team: { countryId: string; focal: { userId: string } }, cycle: string, answers: PreviousAnswer[]): Promise<{ roundId: string }> {
  const client = await (await db()).connect();
  try {
    await client.query("BEGIN");
    const roundId = uuidv7();
    await client.query(
      `INSERT INTO assessment_rounds (id, country_id, framework_version_id, cycle, status, opened_by_id, opened_at, submitted_at, validated_at, updated_at)
       SELECT $1, $2, f.id, $3, 'SUBMITTED', $4, now() - interval '400 days', now() - interval '300 days', now() - interval '290 days', now()
         FROM framework_versions f WHERE f.status = 'PUBLISHED' ORDER BY f.published_at DESC LIMIT 1`,
      [roundId, team.countryId, cycle, team.focal.userId],
    );
    await client.query(`INSERT INTO round_targets (round_id, pillar_id, target_level) SELECT $1, p.id, 3 FROM pillars p JOIN assessment_rounds r ON r.framework_version_id = p.framework_version_id WHERE r.id = $1`, [roundId]);
    for (const a of answers) {
      const answerId = uuidv7();
      const { rowCount } = await client.query(
        `INSERT INTO answers (id, round_id, indicator_id, kind, level, justification, version, updated_by_id, updated_at)
         SELECT $1, $2, i.id, 'LEVEL', $4, $5, 1, $6, now() FROM indicators i JOIN assessment_rounds r ON r.framework_version_id = i.framework_version_id
          WHERE r.id = $2 AND i.code = $3`,
        [answerId, roundId, a.code, a.level, a.justification ?? null, team.focal.userId],
      );
      if (rowCount !== 1) throw new Error(`no indicator ${a.code}`);
      if (a.link) {
        await client.query(`INSERT INTO evidence_items (id, answer_id, kind, url, title, added_by_id) VALUES ($1, $2, 'LINK', $3, $4, $5)`, [uuidv7(), answerId, a.link.url, a.link.title, team.focal.userId]);
      }
      if (a.file) {
        const bytes = Buffer.from(a.file.text, "utf8");
        const fileId = uuidv7();
        await client.query(
          `INSERT INTO stored_files (id, country_id, storage_key, file_name, mime_type, size_bytes, sha256, content, created_by_id) VALUES ($1, $2, $3, $4, 'text/plain', $5, $6, $7, $8)`,
          [fileId, team.countryId, `evidence/${team.countryId}/${randomUUID()}`, a.file.fileName, bytes.length, createHash("sha256").update(bytes).digest("hex"), bytes, team.focal.userId],
        );
        await client.query(`INSERT INTO evidence_items (id, answer_id, kind, file_id, added_by_id) VALUES ($1, $2, 'FILE', $3, $4)`, [uuidv7(), answerId, fileId, team.focal.userId]);
      }
    }
    // Validated once its answers are in: a validated round's answers are locked (a trigger).
    await client.query(`UPDATE assessment_rounds SET status = 'VALIDATED' WHERE id = $1`, [roundId]);
    await client.query("COMMIT");
    return { roundId };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

/** The answers of a round: code, level, whether still pending confirmation, and the evidence rows they own. */
export async function roundAnswers(roundId: string): Promise<{ code: string; level: number | null; carryPending: boolean; ownEvidence: number }[]> {
  const { rows } = await (await db()).query<{ code: string; level: number | null; carry_pending: boolean; own_evidence: string }>(
    `SELECT i.code, a.level, a.carry_pending, (SELECT count(*) FROM evidence_items e WHERE e.answer_id = a.id) AS own_evidence
       FROM answers a JOIN indicators i ON i.id = a.indicator_id WHERE a.round_id = $1 ORDER BY i.code`,
    [roundId],
  );
  return rows.map((r) => ({ code: r.code, level: r.level, carryPending: r.carry_pending, ownEvidence: Number(r.own_evidence) }));
}
