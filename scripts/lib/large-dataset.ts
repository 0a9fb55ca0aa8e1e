// The large data set (npm run seed:large, and the bench's portfolio figures): every country with
// five cycles (2022-2026) on every indicator, older cycles validated and the latest at mixed stages,
// evidence on about one answer in five, an administrator and one officer per programme region, all
// with the given password hash. Generated in SQL, deterministic (levels from a hash of country,
// cycle and indicator). The database must hold the reference data and nothing else.
import type pg from "pg";
import { withValidatedLocksLifted } from "./bulk-load";

export const LARGE_ADMIN = "admin@large.example.org";
export const largeOfficer = (regionCode: string) => `officer.${regionCode.toLowerCase()}@large.example.org`;

export async function seedLargeDataset(db: pg.ClientBase, passwordHash: string): Promise<{ rounds: number; answers: number; evidence: number }> {
  await db.query("BEGIN");
  // Rounds are written at their final stage, then their answers (scripts/lib/bulk-load.ts).
  await withValidatedLocksLifted(db, async () => {
    // People: an administrator, and an officer for each programme region.
    await db.query(
      `INSERT INTO users (id, email, name, password_hash, is_admin, updated_at) VALUES (gen_random_uuid(), 'admin@large.example.org', 'Large Admin', $1, true, now())`,
      [passwordHash],
    );
    await db.query(
      `INSERT INTO users (id, email, name, password_hash, updated_at)
       SELECT gen_random_uuid(), 'officer.' || lower(code) || '@large.example.org', 'Officer ' || code, $1, now() FROM programme_regions`,
      [passwordHash],
    );
    await db.query(
      `INSERT INTO officer_assignments (id, user_id, programme_region_id)
       SELECT gen_random_uuid(), u.id, r.id FROM programme_regions r JOIN users u ON u.email = 'officer.' || lower(r.code) || '@large.example.org'`,
    );
    // Rounds: five cycles per country; 2022-2025 validated, 2026 at a stage chosen by the country's
    // code (draft, submitted, in review, changes requested or validated).
    await db.query(`
      INSERT INTO assessment_rounds (id, country_id, framework_version_id, cycle, status, opened_at, submitted_at, validated_at, updated_at)
      SELECT gen_random_uuid(), c.id, f.id, y::text,
             (CASE WHEN y < 2026 THEN 'VALIDATED'
                   ELSE (ARRAY['DRAFT','SUBMITTED','IN_REVIEW','CHANGES_REQUESTED','VALIDATED'])[1 + abs(hashtext(c.iso2)) % 5] END)::"RoundStatus",
             make_timestamptz(y, 3, 1, 9, 0, 0, 'UTC'),
             CASE WHEN y < 2026 OR abs(hashtext(c.iso2)) % 5 > 0 THEN make_timestamptz(y, 5, 1, 9, 0, 0, 'UTC') END,
             CASE WHEN y < 2026 OR abs(hashtext(c.iso2)) % 5 = 4 THEN make_timestamptz(y, 6, 1, 9, 0, 0, 'UTC') END,
             now()
      FROM countries c CROSS JOIN generate_series(2022, 2026) AS y
      CROSS JOIN LATERAL (SELECT id FROM framework_versions WHERE status = 'PUBLISHED' ORDER BY published_at DESC LIMIT 1) f`);
    await db.query(`
      INSERT INTO round_targets (round_id, pillar_id, target_level)
      SELECT r.id, p.id, 3 FROM assessment_rounds r JOIN pillars p ON p.framework_version_id = r.framework_version_id`);
    // Answers: every indicator; about 3% not applicable, 2% don't know (in the open round), the rest a
    // level that tends to rise with the cycle.
    await db.query(`
      INSERT INTO answers (id, round_id, indicator_id, kind, level, not_applicable_reason, justification, version, updated_at)
      SELECT gen_random_uuid(), r.id, i.id, k.kind::"AnswerKind",
             CASE WHEN k.kind = 'LEVEL' THEN LEAST(4, GREATEST(0, (abs(hashtext(c.iso2 || i.code)) % 3) + (r.cycle::int - 2022) / 2)) END,
             CASE WHEN k.kind = 'NOT_APPLICABLE' THEN 'Not part of the national system.' END,
             'Large data set answer.', 1, now()
      FROM assessment_rounds r
      JOIN countries c ON c.id = r.country_id
      JOIN indicators i ON i.framework_version_id = r.framework_version_id
      CROSS JOIN LATERAL (SELECT CASE WHEN abs(hashtext(c.iso2 || i.code || r.cycle)) % 100 < 3 THEN 'NOT_APPLICABLE'
                                      WHEN r.status = 'DRAFT' AND abs(hashtext(i.code || c.iso2)) % 100 < 2 THEN 'DONT_KNOW'
                                      ELSE 'LEVEL' END AS kind) k`);
    await db.query(`
      INSERT INTO evidence_items (id, answer_id, kind, title, url)
      SELECT gen_random_uuid(), a.id, 'LINK', 'Annual report', 'https://example.org/evidence/' || a.id
      FROM answers a WHERE abs(hashtext(a.id::text)) % 5 = 0`);
    await db.query(`
      INSERT INTO round_status_events (id, round_id, from_status, to_status, at)
      SELECT gen_random_uuid(), r.id, NULL, 'DRAFT', r.opened_at FROM assessment_rounds r`);
  });
  await db.query("COMMIT");
  // VACUUM as well: it sets the visibility map, as autovacuum has long done on a database used for
  // years, so the planner can read answers with index-only scans as it would there.
  await db.query("VACUUM ANALYZE");
  const { rows } = await db.query<{ rounds: number; answers: number; evidence: number }>(
    `SELECT (SELECT count(*)::int FROM assessment_rounds) AS rounds, (SELECT count(*)::int FROM answers) AS answers, (SELECT count(*)::int FROM evidence_items) AS evidence`,
  );
  return rows[0];
}
