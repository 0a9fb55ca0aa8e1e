// The version triggers' text revision (migration 20261202050000): a published version's rows change
// only in a transaction that names a framework_text_revisions row of that version, and then only in
// their text columns. Everything runs on framework 1.0 in a transaction that is rolled back, so the
// other suites (the seed hash test among them) keep 1.0 as it was seeded.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

let client: pg.Client;
let v1: string;
let indicator: { id: string; code: string };
let pillar: { id: string };
/** One of 1.0's Convention article references. */
let reference: { indicatorId: string; convention: string; number: number };

beforeAll(async () => {
  client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  v1 = (await client.query<{ id: string }>(`SELECT id FROM framework_versions WHERE version = '1.0'`)).rows[0].id;
  indicator = (await client.query<{ id: string; code: string }>(`SELECT id, code FROM indicators WHERE framework_version_id = $1 ORDER BY position LIMIT 1`, [v1])).rows[0];
  pillar = (await client.query<{ id: string }>(`SELECT id FROM pillars WHERE framework_version_id = $1 ORDER BY position LIMIT 1`, [v1])).rows[0];
  reference = (
    await client.query<{ indicatorId: string; convention: string; number: number }>(
      `SELECT ia.indicator_id AS "indicatorId", ia.convention::text AS convention, ia.number
       FROM indicator_articles ia JOIN indicators i ON i.id = ia.indicator_id
       WHERE i.framework_version_id = $1 AND ia.convention = 'UNCC' AND ia.number <> 1 ORDER BY i.position LIMIT 1`,
      [v1],
    )
  ).rows[0];
});
afterAll(async () => {
  await client.end();
});

async function inRolledBackTransaction(work: () => Promise<void>): Promise<void> {
  await client.query("BEGIN");
  try {
    await work();
  } finally {
    await client.query("ROLLBACK");
  }
}

/** The error one statement raises ("accepted" when none), the transaction kept usable. */
async function attempt(sql: string, values: unknown[] = []): Promise<string> {
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

/** Inserts a revision of 1.0 and declares it for the rest of the transaction. */
async function declareRevision(): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO framework_text_revisions (id, framework_version_id, reason, changes) VALUES (gen_random_uuid(), $1, 'test', '[]') RETURNING id`,
    [v1],
  );
  await client.query(`SELECT set_config('cybercap.framework_text_revision', $1, true)`, [rows[0].id]);
  return rows[0].id;
}

const setFrenchTitle = `UPDATE indicators SET title = jsonb_set(title, '{fr}', '"Titre corrigé"') WHERE id = $1`;

describe("a published version's texts", () => {
  it("cannot change without a declared text revision", async () => {
    await inRolledBackTransaction(async () => {
      expect(await attempt(setFrenchTitle, [indicator.id])).toMatch(/published and cannot be changed/);
      expect(await attempt(`UPDATE pillars SET name = jsonb_set(name, '{fr}', '"x"') WHERE id = $1`, [pillar.id])).toMatch(/published and cannot be changed/);
      expect(await attempt(`UPDATE framework_versions SET name = jsonb_set(name, '{fr}', '"x"') WHERE id = $1`, [v1])).toMatch(/published and cannot be changed/);
      // A setting that names no revision of this version is no declaration.
      await client.query(`SELECT set_config('cybercap.framework_text_revision', gen_random_uuid()::text, true)`);
      expect(await attempt(setFrenchTitle, [indicator.id])).toMatch(/published and cannot be changed/);
      await client.query(`SELECT set_config('cybercap.framework_text_revision', 'not-a-uuid', true)`);
      expect(await attempt(setFrenchTitle, [indicator.id])).toMatch(/published and cannot be changed/);
    });
    const { rows } = await client.query<{ fr: string }>(`SELECT title->>'fr' AS fr FROM indicators WHERE id = $1`, [indicator.id]);
    expect(rows[0].fr).not.toBe("Titre corrigé");
  });

  it("change in their text columns only, inside a declared text revision", async () => {
    await inRolledBackTransaction(async () => {
      await declareRevision();
      expect(await attempt(setFrenchTitle, [indicator.id])).toBe("accepted");
      const { rows } = await client.query<{ fr: string }>(`SELECT title->>'fr' AS fr FROM indicators WHERE id = $1`, [indicator.id]);
      expect(rows[0].fr).toBe("Titre corrigé");
      expect(await attempt(`UPDATE indicators SET levels = jsonb_set(levels, '{2,es}', '"Nivel corregido"'), question = jsonb_set(question, '{ru}', '"?"'), guidance = guidance, evidence_guidance = jsonb_set(evidence_guidance, '{zh}', '"证据"') WHERE id = $1`, [indicator.id])).toBe("accepted");
      expect(await attempt(`UPDATE pillars SET name = jsonb_set(name, '{ar}', '"اسم"'), description = jsonb_set(description, '{en}', '"Fixed"') WHERE id = $1`, [pillar.id])).toBe("accepted");
      expect(await attempt(`UPDATE framework_versions SET name = jsonb_set(name, '{fr}', '"Nom"') WHERE id = $1`, [v1])).toBe("accepted");

      // Structural columns stay refused, alone or alongside a text.
      for (const set of ["weight = CASE WHEN weight = 3 THEN 1 ELSE weight + 1 END", "code = code || 'X'", "position = position + 1000", `title = jsonb_set(title, '{fr}', '"t"'), weight = CASE WHEN weight = 3 THEN 1 ELSE weight + 1 END`]) {
        expect(await attempt(`UPDATE indicators SET ${set} WHERE id = $1`, [indicator.id]), set).toMatch(/changes only texts/);
      }
      expect(await attempt(`UPDATE indicators SET pillar_id = (SELECT id FROM pillars WHERE framework_version_id = $2 AND id <> pillar_id LIMIT 1) WHERE id = $1`, [indicator.id, v1])).toMatch(/changes only texts/);
      expect(await attempt(`UPDATE indicators SET levels = levels - 4 WHERE id = $1`, [indicator.id])).toMatch(/number of levels/);
      expect(await attempt(`UPDATE pillars SET position = position + 1000 WHERE id = $1`, [pillar.id])).toMatch(/changes only texts/);
      expect(await attempt(`UPDATE pillars SET code = 'ZZZ' WHERE id = $1`, [pillar.id])).toMatch(/changes only texts/);
      expect(await attempt(`UPDATE framework_versions SET version = '1.0-x' WHERE id = $1`, [v1])).toMatch(/cannot be changed/);
      expect(await attempt(`DELETE FROM indicators WHERE id = $1`, [indicator.id])).toMatch(/published and cannot be changed/);
      expect(await attempt(`INSERT INTO pillars (id, framework_version_id, code, position, name, description) VALUES (gen_random_uuid(), $1, 'NEW', 99, '{}', '{}')`, [v1])).toMatch(/published and cannot be changed/);

      // Convention article references (indicator_articles, migration 20261202070000) are structure:
      // a revision adds, removes and changes none.
      const refused = /published and its Convention article references cannot be changed/;
      expect(await attempt(`INSERT INTO indicator_articles (indicator_id, convention, number) VALUES ($1, 'UNCC', 1)`, [reference.indicatorId])).toMatch(refused);
      expect(await attempt(`INSERT INTO indicator_articles (indicator_id, convention, number) VALUES ($1, 'BUDAPEST', 47)`, [reference.indicatorId])).toMatch(refused);
      const one = [reference.indicatorId, reference.convention, reference.number];
      expect(await attempt(`DELETE FROM indicator_articles WHERE indicator_id = $1 AND convention = $2::"Convention" AND number = $3`, one)).toMatch(refused);
      expect(await attempt(`UPDATE indicator_articles SET number = 68 WHERE indicator_id = $1 AND convention = $2::"Convention" AND number = $3`, one)).toMatch(refused);
      expect(await attempt(`UPDATE indicator_articles SET convention = 'BUDAPEST', number = 48 WHERE indicator_id = $1 AND convention = $2::"Convention" AND number = $3`, one)).toMatch(refused);
    });
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM indicator_articles WHERE indicator_id = $1 AND convention = $2::"Convention" AND number = $3`, [
      reference.indicatorId,
      reference.convention,
      reference.number,
    ]);
    expect(rows[0].n).toBe(1);
  });

  it("takes a revision declared only by the transaction that wrote it", async () => {
    // A revision committed by an earlier transaction (removed again afterwards: revisions are
    // append-only, so with the triggers set aside, which only a test's own database allows).
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO framework_text_revisions (id, framework_version_id, reason, changes) VALUES (gen_random_uuid(), $1, 'old', '[]') RETURNING id`,
      [v1],
    );
    try {
      await inRolledBackTransaction(async () => {
        await client.query(`SELECT set_config('cybercap.framework_text_revision', $1, true)`, [rows[0].id]);
        expect(await attempt(setFrenchTitle, [indicator.id])).toMatch(/published and cannot be changed/);
      });
    } finally {
      await client.query("BEGIN");
      await client.query("SET LOCAL session_replication_role = replica");
      await client.query("DELETE FROM framework_text_revisions WHERE id = $1", [rows[0].id]);
      await client.query("COMMIT");
    }
  });

  it("keeps revisions append-only, and only of the published version", async () => {
    await inRolledBackTransaction(async () => {
      const id = await declareRevision();
      expect(await attempt(`UPDATE framework_text_revisions SET reason = 'other' WHERE id = $1`, [id])).toMatch(/cannot be changed or deleted/);
      expect(await attempt(`DELETE FROM framework_text_revisions WHERE id = $1`, [id])).toMatch(/cannot be changed or deleted/);
      // Retired, 1.0 takes no revision, and the one declared no longer opens its texts.
      expect(await attempt(`UPDATE framework_versions SET status = 'RETIRED' WHERE id = $1`, [v1])).toBe("accepted");
      expect(await attempt(setFrenchTitle, [indicator.id])).toMatch(/published and cannot be changed/);
      expect(await attempt(`INSERT INTO framework_text_revisions (id, framework_version_id, reason, changes) VALUES (gen_random_uuid(), $1, 'r', '[]')`, [v1])).toMatch(/only a published framework version/);
    });
  });
});
