// GET /api/v1/rounds/<id>/dashboard: the figures match the scoring module computed here from the
// stored answers, and the route is authorized like the page. Reads demo rounds that nobody can edit
// (Tanzania's 2026 round is in review; Guatemala's 2025 round is validated); writes nothing.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { scoreRound } from "../lib/scoring/score";
import type { ScoringAnswer } from "../lib/scoring/types";
import { db } from "./db";
import { signIn } from "./fixtures";

async function roundOf(iso2: string, cycle: string): Promise<string> {
  const { rows } = await (await db()).query<{ id: string }>(
    "SELECT r.id FROM assessment_rounds r JOIN countries c ON c.id = r.country_id WHERE c.iso2 = $1 AND r.cycle = $2",
    [iso2, cycle],
  );
  if (!rows[0]) throw new Error(`no ${iso2} ${cycle} round`);
  return rows[0].id;
}

/** The round scored by lib/scoring from what the database holds (targets, answers, services). */
async function expectedScores(roundId: string) {
  const pool = await db();
  const indicators = await pool.query<{ code: string; pillar: string; weight: number; uncc: number[]; budapest: number[]; kind: ScoringAnswer["kind"]; level: number | null; target_override: number | null }>(
    `SELECT i.code, p.code AS pillar, i.weight,
            ARRAY(SELECT ia.number FROM indicator_articles ia WHERE ia.indicator_id = i.id AND ia.convention = 'UNCC' ORDER BY ia.number) AS uncc,
            ARRAY(SELECT ia.number FROM indicator_articles ia WHERE ia.indicator_id = i.id AND ia.convention = 'BUDAPEST' ORDER BY ia.number) AS budapest,
            a.kind::text AS kind, a.level, a.target_override
     FROM assessment_rounds r JOIN indicators i ON i.framework_version_id = r.framework_version_id JOIN pillars p ON p.id = i.pillar_id
     LEFT JOIN answers a ON a.round_id = r.id AND a.indicator_id = i.id
     WHERE r.id = $1 ORDER BY p.position, i.position`,
    [roundId],
  );
  const targets = await pool.query<{ code: string; target: number }>(
    "SELECT p.code, t.target_level AS target FROM round_targets t JOIN pillars p ON p.id = t.pillar_id WHERE t.round_id = $1 ORDER BY p.position",
    [roundId],
  );
  const services = await pool.query<{ code: string; area: string; mode: "CAPACITY_BUILDING" | "COOPERATION" | "NORMATIVE_ASSISTANCE"; codes: string[] }>(
    `SELECT s.code, s.area::text AS area, s.mode::text AS mode, array_agg(si.indicator_code ORDER BY si.indicator_code) AS codes
     FROM services s JOIN service_indicators si ON si.service_id = s.id WHERE s.is_active GROUP BY s.id ORDER BY s.code`,
  );
  return scoreRound({
    pillars: targets.rows.map((t) => ({ code: t.code, target: t.target })),
    indicators: indicators.rows.map((i) => ({ code: i.code, pillarCode: i.pillar, weight: i.weight, uncacArticles: i.uncc, budapestArticles: i.budapest })),
    answers: new Map(indicators.rows.filter((i) => i.kind !== null).map((i) => [i.code, { kind: i.kind, level: i.level, targetOverride: i.target_override }])),
    services: services.rows.map((s) => ({ code: s.code, area: s.area, mode: s.mode, indicatorCodes: s.codes })),
  });
}

async function dashboard(request: APIRequestContext, roundId: string) {
  return request.get(`/api/v1/rounds/${roundId}/dashboard`);
}

test.describe("the dashboard JSON", () => {
  test("gives the focal point the scoring module's figures, the regional median and progress", async ({ page }) => {
    const roundId = await roundOf("TZ", "2026");
    await signIn(page, "focal.tz@example.org");
    const response = await dashboard(page.request, roundId);
    expect(response.status()).toBe(200);
    // Private, revalidated on every use (lib/api/etag.ts): a shared cache never keeps it.
    expect(response.headers()["cache-control"]).toBe("private, no-cache");
    expect(response.headers().etag).toMatch(/^(W\/)?"[A-Za-z0-9_-]{43}"$/);
    const body = await response.json();
    const expected = await expectedScores(roundId);

    expect(body.methodVersion).toBe(expected.methodVersion);
    expect(body.round).toMatchObject({ id: roundId, cycle: "2026", status: "IN_REVIEW", provisional: true });
    expect(body.previousRound).toMatchObject({ cycle: "2025", status: "VALIDATED" });
    expect(body.pillars.map((p: { code: string; score: number | null; percent: number | null; target: number; gap: number | null }) => [p.code, p.score, p.percent, p.target, p.gap])).toEqual(
      expected.pillars.map((p) => [p.code, p.score, p.percent, p.target, p.gap]),
    );
    expect(body.indicators.map((i: { code: string; level: number | null; gap: number | null; weight: number }) => [i.code, i.level, i.gap, i.weight])).toEqual(
      expected.indicators.map((i) => [i.code, i.level, i.gap, i.weight]),
    );
    expect(body.priorities).toEqual(expected.priorities.map((i) => i.code));
    expect(body.package).toEqual(expected.package);
    // The scoring module's coverage, each article with its title (convention_articles) in the answer's language.
    const titles = await (await db()).query<{ key: string; title: string }>(`SELECT convention::text || ':' || number AS key, title->>$1 AS title FROM convention_articles`, [body.lang]);
    const titleOf = new Map(titles.rows.map((r) => [r.key, r.title]));
    expect(body.coverage).toEqual(
      expected.coverage.map((c) => ({
        ...c,
        chapters: c.chapters.map((ch) => ({ ...ch, articles: ch.articles.map((a) => ({ ...a, title: titleOf.get(`${c.convention}:${a.article}`) })) })),
      })),
    );
    expect(body.coverage.flatMap((c: { chapters: { articles: { article: number; title: string }[] }[] }) => c.chapters.flatMap((ch) => ch.articles)).find((a: { article: number }) => a.article === 7)?.title).toBe(
      "Illegal access",
    );
    // East Africa: Kenya, Uganda and Tanzania each have a validated 2025 round -> three countries.
    for (const p of body.pillars) {
      expect(p.contributors).toBe(3);
      expect(p.medianHiddenReason).toBeNull();
      expect(typeof p.median).toBe("number");
      expect(p.q1).toBeLessThanOrEqual(p.median);
      expect(p.median).toBeLessThanOrEqual(p.q3);
    }
    expect(body.trend.map((t: { cycle: string }) => t.cycle)).toEqual(["2025", "2026"]);
    // Names in one language: English by default, French when asked.
    expect(body).toMatchObject({ lang: "en", round: { country: { name: "United Republic of Tanzania" } } });
    const french = await (await page.request.get(`/api/v1/rounds/${roundId}/dashboard?lang=fr`)).json();
    expect(french.lang).toBe("fr");
    expect(french.round.country.name).toMatch(/Tanzanie/);
    expect(typeof french.pillars[0].name).toBe("string");
  });

  test("hides the median where fewer than three countries contribute, and says why", async ({ page }) => {
    // Central America: only Guatemala and Honduras have validated rounds.
    const roundId = await roundOf("GT", "2025");
    await signIn(page, "officer.cam@example.org");
    const body = await (await dashboard(page.request, roundId)).json();
    expect(body.round.provisional).toBe(false);
    for (const p of body.pillars) expect(p).toMatchObject({ median: null, contributors: 2, medianHiddenReason: "FEWER_THAN_THREE" });
  });

  test("is refused to another country's focal point, an officer outside the portfolio and a visitor", async ({ page, request }) => {
    const roundId = await roundOf("TZ", "2026");
    const visitor = await dashboard(request, roundId);
    expect(visitor.status()).toBe(401);

    await signIn(page, "focal.ug@example.org");
    const other = await dashboard(page.request, roundId);
    expect(other.status()).toBe(403);
    expect(await other.json()).toEqual({ error: { code: "FORBIDDEN", message: "You do not have access to this." } });
    expect((await dashboard(page.request, "0190a0a0-0000-7000-8000-000000000000")).status()).toBe(404);
    expect((await dashboard(page.request, "not-a-round")).status()).toBe(404);

    await page.context().clearCookies();
    await signIn(page, "officer.cam@example.org");
    expect((await dashboard(page.request, roundId)).status()).toBe(403);
  });
});
