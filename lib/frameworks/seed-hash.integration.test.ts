// The seeded framework v1 is the same, row for row, as it was when the seed read the TypeScript
// copies it replaced (prisma/frameworks/framework-v1.json, generated from them): a hash of every
// column the seed writes to framework_versions, pillars and indicators (ids and times aside),
// computed by PostgreSQL on jsonb's canonical text, recorded from the database seeded before the change.
// The Convention articles, once two integer arrays of indicators, are now indicator_articles rows:
// read back as the same ascending arrays, they give the same hash.
import { describe, expect, it } from "vitest";
import { getDb } from "../db";

const SEEDED_V1_HASH = "3d1f183243de02191f892036ad03bfbe";

describe("framework v1 as seeded", () => {
  it("has the same versions, pillars and indicators rows as the TypeScript seed wrote", async () => {
    const rows = await getDb().$queryRaw<{ hash: string; pillars: number; indicators: number }[]>`
      SELECT md5(
               (SELECT jsonb_build_array(f.version, f.name, f.description, f.status::text, f.published_at IS NOT NULL)::text
                  FROM framework_versions f WHERE f.version = '1.0')
            || (SELECT string_agg(jsonb_build_array(p.code, p.position, p.name, p.description)::text, '|' ORDER BY p.position)
                  FROM pillars p JOIN framework_versions f ON f.id = p.framework_version_id WHERE f.version = '1.0')
            || (SELECT string_agg(jsonb_build_array(p.code, i.code, i.position, i.weight, i.title, i.question, i.guidance, i.levels,
                                                    i.evidence_guidance,
                                                    to_jsonb(ARRAY(SELECT ia.number FROM indicator_articles ia WHERE ia.indicator_id = i.id AND ia.convention = 'UNCC' ORDER BY ia.number)),
                                                    to_jsonb(ARRAY(SELECT ia.number FROM indicator_articles ia WHERE ia.indicator_id = i.id AND ia.convention = 'BUDAPEST' ORDER BY ia.number)))::text,
                                  '|' ORDER BY p.position, i.position)
                  FROM indicators i JOIN pillars p ON p.id = i.pillar_id JOIN framework_versions f ON f.id = i.framework_version_id
                  WHERE f.version = '1.0')
           ) AS hash,
             (SELECT count(*)::int FROM pillars p JOIN framework_versions f ON f.id = p.framework_version_id WHERE f.version = '1.0') AS pillars,
             (SELECT count(*)::int FROM indicators i JOIN framework_versions f ON f.id = i.framework_version_id WHERE f.version = '1.0') AS indicators`;
    expect(rows[0]).toEqual({ hash: SEEDED_V1_HASH, pillars: 6, indicators: 50 });
  });
});
