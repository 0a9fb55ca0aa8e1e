// The bench's own data set for the dashboard figures, written in SQL into the bench's throwaway
// database after the demo data: a programme region of 20 real seeded countries (moved out of their
// region), each with a validated 2025 round answering every indicator, and one of them (the focus
// country) with ten rounds: nine validated ones (2017 to 2025) and the current draft (2026), also
// fully answered. A focal point of the focus country signs in with the demo password: a regular
// (not demo) account whose password hash is copied from a demo account, so the sign-in page's list
// of demo accounts is unchanged.
import pg from "pg";
import { withValidatedLocksLifted } from "../lib/bulk-load";

export const BENCH_REGION = "BENCH";
/** West and Central African countries with no demo data; the first is the focus country. */
export const BENCH_COUNTRIES = ["SN", "GH", "NG", "CI", "BJ", "TG", "ML", "NE", "BF", "GN", "SL", "LR", "GM", "CV", "GW", "MR", "CM", "GA", "CG", "CD"] as const;
export const BENCH_FOCAL = "focal.bench@example.org";
/** The demo account whose password hash the bench's focal point reuses (same demo password). */
const HASH_SOURCE = "focal.ke@example.org";

export interface BenchDataset {
  focusIso2: string;
  /** The focus country's current (draft) round: ten rounds in its trend. */
  currentRoundId: string;
  /** A country of the region with a single (validated) round, for comparing query counts. */
  oneRoundIso2: string;
  oneRoundId: string;
  focalEmail: string;
}

export async function seedBenchDataset(databaseUrl: string): Promise<BenchDataset> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    const {
      rows: [region],
    } = await client.query<{ id: string }>(
      `INSERT INTO programme_regions (id, code, name) VALUES (gen_random_uuid(), $1, '{"en": "Bench region (20 countries)"}') RETURNING id`,
      [BENCH_REGION],
    );
    const moved = await client.query(`UPDATE countries SET programme_region_id = $1 WHERE iso2 = ANY($2::text[])`, [region.id, BENCH_COUNTRIES]);
    if (moved.rowCount !== BENCH_COUNTRIES.length) throw new Error(`bench data set: ${moved.rowCount} of ${BENCH_COUNTRIES.length} countries found`);

    const [focus, ...others] = BENCH_COUNTRIES;
    // (country, cycle, status): 2025 validated everywhere; the focus country also 2017-2024 and the 2026 draft.
    const plan: [string, number, "VALIDATED" | "DRAFT"][] = [
      ...others.map((iso2): [string, number, "VALIDATED"] => [iso2, 2025, "VALIDATED"]),
      ...Array.from({ length: 9 }, (_, k): [string, number, "VALIDATED"] => [focus, 2017 + k, "VALIDATED"]),
      [focus, 2026, "DRAFT"],
    ];
    await client.query(
      `INSERT INTO assessment_rounds (id, country_id, framework_version_id, cycle, status, opened_at, submitted_at, validated_at, updated_at)
       SELECT gen_random_uuid(), c.id, fv.id, p.cycle::text, p.status::"RoundStatus", make_date(p.cycle, 1, 15),
              CASE WHEN p.status = 'VALIDATED' THEN make_date(p.cycle, 3, 1) END,
              CASE WHEN p.status = 'VALIDATED' THEN make_date(p.cycle, 4, 1) END, now()
         FROM unnest($1::text[], $2::int[], $3::text[]) AS p(iso2, cycle, status)
         JOIN countries c ON c.iso2 = p.iso2
        CROSS JOIN (SELECT id FROM framework_versions WHERE status = 'PUBLISHED' ORDER BY published_at DESC LIMIT 1) fv`,
      [plan.map((p) => p[0]), plan.map((p) => p[1]), plan.map((p) => p[2])],
    );
    const bench = `SELECT r.id, r.framework_version_id FROM assessment_rounds r JOIN countries c ON c.id = r.country_id WHERE c.programme_region_id = $1`;
    await client.query(
      `INSERT INTO round_targets (round_id, pillar_id, target_level)
       SELECT r.id, p.id, 3 FROM (${bench}) r JOIN pillars p ON p.framework_version_id = r.framework_version_id`,
      [region.id],
    );
    // Every indicator answered with a level 0..4 that varies by country, cycle and indicator (the
    // rounds are validated already: scripts/lib/bulk-load.ts).
    await withValidatedLocksLifted(client, () =>
      client.query(
        `INSERT INTO answers (id, round_id, indicator_id, kind, level, justification, updated_at)
         SELECT gen_random_uuid(), r.id, i.id, 'LEVEL', abs(hashtext(r.id::text || i.code)) % 5, 'Bench data set', now()
           FROM (${bench}) r JOIN indicators i ON i.framework_version_id = r.framework_version_id`,
        [region.id],
      ),
    );
    const {
      rows: [user],
    } = await client.query<{ id: string }>(
      `INSERT INTO users (id, email, name, password_hash, updated_at)
       SELECT gen_random_uuid(), $1, 'Bench Focal Point', password_hash, now() FROM users WHERE email = $2 RETURNING id`,
      [BENCH_FOCAL, HASH_SOURCE],
    );
    if (!user) throw new Error(`bench data set: ${HASH_SOURCE} not found (demo data missing?)`);
    await client.query(`INSERT INTO memberships (id, user_id, country_id, role) SELECT gen_random_uuid(), $1, id, 'FOCAL_POINT' FROM countries WHERE iso2 = $2`, [user.id, focus]);

    const roundOf = async (iso2: string, cycle: string) =>
      (await client.query<{ id: string }>(`SELECT r.id FROM assessment_rounds r JOIN countries c ON c.id = r.country_id WHERE c.iso2 = $1 AND r.cycle = $2`, [iso2, cycle])).rows[0].id;
    const dataset: BenchDataset = {
      focusIso2: focus,
      currentRoundId: await roundOf(focus, "2026"),
      oneRoundIso2: others[0],
      oneRoundId: await roundOf(others[0], "2025"),
      focalEmail: BENCH_FOCAL,
    };
    await client.query("COMMIT");
    // Fresh statistics for the planner after the bulk insert, as autovacuum would give in time.
    await client.query("ANALYZE");
    return dataset;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * With --history: nine validated rounds (2008-2016), fully answered, for every country outside the
 * bench region, about 80,000 answers, like an installation used for some years. Queries that read
 * more than the rows they need (a scan of every answer) show here and not on the demo data.
 */
export async function seedInstallationHistory(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO assessment_rounds (id, country_id, framework_version_id, cycle, status, opened_at, submitted_at, validated_at, updated_at)
       SELECT gen_random_uuid(), c.id, fv.id, y::text, 'VALIDATED', make_date(y, 1, 15), make_date(y, 3, 1), make_date(y, 4, 1), now()
         FROM countries c
        CROSS JOIN generate_series(2008, 2016) AS y
        CROSS JOIN (SELECT id FROM framework_versions WHERE status = 'PUBLISHED' ORDER BY published_at DESC LIMIT 1) fv
        WHERE c.programme_region_id IS DISTINCT FROM (SELECT id FROM programme_regions WHERE code = $1)`,
      [BENCH_REGION],
    );
    const history = `SELECT r.id, r.framework_version_id FROM assessment_rounds r WHERE r.cycle = ANY(ARRAY(SELECT generate_series(2008, 2016)::text))`;
    await client.query(`INSERT INTO round_targets (round_id, pillar_id, target_level) SELECT r.id, p.id, 3 FROM (${history}) r JOIN pillars p ON p.framework_version_id = r.framework_version_id`);
    const { rowCount } = await withValidatedLocksLifted(client, () =>
      client.query(
        `INSERT INTO answers (id, round_id, indicator_id, kind, level, justification, updated_at)
         SELECT gen_random_uuid(), r.id, i.id, 'LEVEL', abs(hashtext(r.id::text || i.code)) % 5, 'Bench history', now()
           FROM (${history}) r JOIN indicators i ON i.framework_version_id = r.framework_version_id`,
      ),
    );
    await client.query("COMMIT");
    await client.query("VACUUM ANALYZE");
    return rowCount ?? 0;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
