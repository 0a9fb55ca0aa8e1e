// npm run seed:large: a large data set for benchmarking, in a database of its own (never the one the
// app runs on): every one of the 193 countries with five cycles (2022-2026) on every indicator,
// older cycles validated and the latest at mixed stages, evidence on about one answer in five, an
// administrator and one officer per programme region. Generated in SQL (a few statements), so it
// takes seconds, and deterministic (levels from a hash of country, cycle and indicator).
//
//   npm run seed:large                       # database cybercap_large on DATABASE_URL's server,
//                                            # or on the embedded PostgreSQL when it is unset
//   npm run seed:large -- --database <name>  # another database name
//
// The database is dropped and created again. It prints its URL and the accounts' password
// (LARGE_SEED_PASSWORD, default below): run the app on it with DATABASE_URL=<that URL>.
import pg from "pg";
import { hashPassword } from "../lib/auth/password";
import { withValidatedLocksLifted } from "./lib/bulk-load";
import { openDatabase, prepareDatabase } from "./lib/database";

const args = process.argv.slice(2);
const nameArg = args.indexOf("--database");
const name = nameArg >= 0 ? args[nameArg + 1] : "cybercap_large";
if (!name || !/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
  console.error("--database takes a lower-case PostgreSQL name (letters, digits, underscores)");
  process.exit(2);
}
const password = process.env.LARGE_SEED_PASSWORD ?? "large-data-set-2026";

const server = await openDatabase({ log: console.log, shareRunning: true, owner: { command: "npm run seed:large" } });
try {
  const adminUrl = new URL(server.url);
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  if (name === adminUrl.pathname.slice(1)) throw new Error(`refusing to replace the database the app uses (${name})`);
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();

  const url = new URL(server.url);
  url.pathname = `/${name}`;
  console.log(`seeding ${name}: migrations and reference data`);
  await prepareDatabase(url.toString(), { demo: false, embedded: false, allowExternalDemo: false, log: () => {} });

  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  const started = Date.now();
  const hash = await hashPassword(password);
  await db.query("BEGIN");
  // Rounds are written at their final stage, then their answers (scripts/lib/bulk-load.ts).
  await withValidatedLocksLifted(db, async () => {
  // People: an administrator, and an officer for each programme region.
  await db.query(
    `INSERT INTO users (id, email, name, password_hash, is_admin, updated_at) VALUES (gen_random_uuid(), 'admin@large.example.org', 'Large Admin', $1, true, now())`,
    [hash],
  );
  await db.query(
    `INSERT INTO users (id, email, name, password_hash, updated_at)
     SELECT gen_random_uuid(), 'officer.' || lower(code) || '@large.example.org', 'Officer ' || code, $1, now() FROM programme_regions`,
    [hash],
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
  await db.query("ANALYZE");
  const { rows } = await db.query<{ rounds: string; answers: string; evidence: string }>(
    `SELECT (SELECT count(*) FROM assessment_rounds) AS rounds, (SELECT count(*) FROM answers) AS answers, (SELECT count(*) FROM evidence_items) AS evidence`,
  );
  await db.end();
  console.log(`seeded ${rows[0].rounds} rounds, ${rows[0].answers} answers and ${rows[0].evidence} evidence items in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`database: ${url.toString()}`);
  console.log(`accounts (password "${password}"): admin@large.example.org, officer.<region code>@large.example.org`);
} finally {
  await server.stop();
}
