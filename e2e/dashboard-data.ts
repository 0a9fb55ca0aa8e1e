// Data of its own for the dashboard journey (e2e/dashboard.spec.ts): a country with a validated
// 2025 round and a draft 2026 round answered directly in SQL (levels, "not applicable", "don't
// know", a pillar target, a per-indicator override and an officer's validated level), two
// neighbour countries with a validated round each in a programme region made for the test (so the
// regional median shows on some pillars and is hidden on others), an officer assigned to the
// country, and the scoring inputs of every round, so the spec checks the page against lib/scoring
// computed from the same answers.
import { randomBytes } from "node:crypto";
import type pg from "pg";
import { uuidv7 } from "../lib/ids";
import type { DeliveryModeCode, ScoringAnswer, ScoringInput } from "../lib/scoring/types";
import { createCountryTeam, createTeam, createUser, db, type CountryTeam, type E2eUser, type Team } from "./db";

/** An answer as the plan writes it: a level, "NA" (not applicable) or "DK" (don't know). */
type Planned = number | "NA" | "DK" | { level: number; override: number };
type AnswerPlan = Record<string, Planned>;

/** The current (draft) round: PRO is all "not applicable"; INV's target is 4; INV-02 overrides to 4. */
export const CURRENT_PLAN: AnswerPlan = {
  "PRE-01": 1,
  "PRE-02": 2,
  "PRE-03": 3,
  "PRE-04": "NA",
  "PRE-05": "DK",
  "INV-01": 0,
  "INV-02": { level: 2, override: 4 },
  "INV-03": 4,
  "INV-04": "DK",
  "INV-05": "NA",
  "FOR-01": 2,
  "FOR-02": 3,
  "EVI-01": 1,
  "PRO-01": "NA",
  "PRO-02": "NA",
  "LEG-01": 3,
  "LEG-02": 2,
};
export const CURRENT_TARGETS: Record<string, number> = { INV: 4 };

/** An officer's review of the current round validates another level for one indicator (shown beside it). */
export const VALIDATED_LEVEL = { code: "INV-01", level: 1 };

/** The previous validated round (2025). */
export const PREVIOUS_PLAN: AnswerPlan = { "PRE-01": 0, "PRE-02": 2, "PRE-03": 1, "INV-01": 0, "INV-02": 1, "INV-03": 3, "FOR-01": 1, "LEG-01": 2 };

/** The neighbours' validated rounds: nothing in EVI, PRO or LEG, so those medians stay hidden. */
export const NEIGHBOUR_PLANS: AnswerPlan[] = [
  { "PRE-01": 3, "PRE-02": 3, "INV-01": 2, "INV-02": 2, "FOR-01": 4 },
  { "PRE-01": 1, "PRE-02": 2, "INV-01": 4, "INV-02": 3, "FOR-01": 2 },
];

interface FrameworkRow {
  indicator_id: string;
  code: string;
  pillar: string;
  weight: number;
  uncac: number[];
  budapest: number[];
}

export interface DashboardFixture {
  team: CountryTeam;
  previousRoundId: string;
  region: { code: string; name: string };
  officer: E2eUser;
  /** The focal point of a neighbour country: must not see this country's dashboard. */
  outsider: Team["focal"];
  frameworkVersion: string;
  pillarCodes: string[];
  current: ScoringInput;
  previous: ScoringInput;
  neighbours: ScoringInput[];
}

function toAnswer(planned: Planned): ScoringAnswer {
  if (planned === "NA") return { kind: "NOT_APPLICABLE", level: null, targetOverride: null };
  if (planned === "DK") return { kind: "DONT_KNOW", level: null, targetOverride: null };
  if (typeof planned === "number") return { kind: "LEVEL", level: planned, targetOverride: null };
  return { kind: "LEVEL", level: planned.level, targetOverride: planned.override };
}

async function insertAnswers(client: pg.Pool, roundId: string, framework: FrameworkRow[], plan: AnswerPlan): Promise<void> {
  for (const [code, planned] of Object.entries(plan)) {
    const indicator = framework.find((f) => f.code === code);
    if (!indicator) throw new Error(`no indicator ${code} in the published framework`);
    const a = toAnswer(planned);
    await client.query(
      `INSERT INTO answers (id, round_id, indicator_id, kind, level, not_applicable_reason, target_override, justification, updated_at)
       VALUES ($1, $2, $3, $4::"AnswerKind", $5, $6, $7, 'e2e', now())`,
      [uuidv7(), roundId, indicator.indicator_id, a.kind, a.level, a.kind === "NOT_APPLICABLE" ? "Not relevant here (e2e)" : null, a.targetOverride],
    );
  }
}

/**
 * A validated round of `countryId`, opened `daysAgo` days ago, with targets 3 and the planned
 * answers. The database locks a validated round's answers, so the round is written first as neither
 * open nor validated (archived without a validation: the one-open-round-per-country index lets it
 * sit next to the country's draft), answered, then validated.
 */
async function insertValidatedRound(client: pg.Pool, countryId: string, cycle: string, openedBy: string, daysAgo: number, framework: FrameworkRow[], plan: AnswerPlan): Promise<string> {
  const id = uuidv7();
  await client.query(
    `INSERT INTO assessment_rounds (id, country_id, framework_version_id, cycle, status, opened_by_id, opened_at, submitted_at, updated_at)
     SELECT $1, $2, f.id, $3, 'ARCHIVED', $4, now() - make_interval(days => $5), now() - make_interval(days => $5 - 30), now()
     FROM framework_versions f WHERE f.status = 'PUBLISHED' ORDER BY f.published_at DESC LIMIT 1`,
    [id, countryId, cycle, openedBy, daysAgo],
  );
  await client.query(
    `INSERT INTO round_targets (round_id, pillar_id, target_level)
     SELECT $1, p.id, 3 FROM pillars p JOIN assessment_rounds r ON r.framework_version_id = p.framework_version_id WHERE r.id = $1`,
    [id],
  );
  await insertAnswers(client, id, framework, plan);
  await client.query(`UPDATE assessment_rounds SET status = 'VALIDATED', validated_at = now() - make_interval(days => $2 - 60) WHERE id = $1`, [id, daysAgo]);
  return id;
}

function scoringInput(framework: FrameworkRow[], pillarCodes: string[], services: ScoringInput["services"], plan: AnswerPlan, targets: Record<string, number>): ScoringInput {
  return {
    pillars: pillarCodes.map((code) => ({ code, target: targets[code] ?? 3 })),
    indicators: framework.map((f) => ({ code: f.code, pillarCode: f.pillar, weight: f.weight, uncacArticles: f.uncac, budapestArticles: f.budapest })),
    answers: new Map(Object.entries(plan).map(([code, planned]) => [code, toAnswer(planned)])),
    services,
  };
}

export async function createDashboardFixture(): Promise<DashboardFixture> {
  const team = await createCountryTeam();
  const neighbourTeams = [await createTeam(), await createTeam()];
  const pool = await db();

  const { rows: framework } = await pool.query<FrameworkRow>(
    `SELECT i.id AS indicator_id, i.code, p.code AS pillar, i.weight,
            ARRAY(SELECT ia.number FROM indicator_articles ia WHERE ia.indicator_id = i.id AND ia.convention = 'UNCC' ORDER BY ia.number) AS uncac,
            ARRAY(SELECT ia.number FROM indicator_articles ia WHERE ia.indicator_id = i.id AND ia.convention = 'BUDAPEST' ORDER BY ia.number) AS budapest
     FROM indicators i JOIN pillars p ON p.id = i.pillar_id JOIN assessment_rounds r ON r.framework_version_id = i.framework_version_id
     WHERE r.id = $1 ORDER BY p.position, i.position`,
    [team.roundId],
  );
  const { rows: pillars } = await pool.query<{ code: string }>(
    `SELECT p.code FROM pillars p JOIN assessment_rounds r ON r.framework_version_id = p.framework_version_id WHERE r.id = $1 ORDER BY p.position`,
    [team.roundId],
  );
  const {
    rows: [version],
  } = await pool.query<{ version: string }>(`SELECT f.version FROM framework_versions f JOIN assessment_rounds r ON r.framework_version_id = f.id WHERE r.id = $1`, [team.roundId]);
  const { rows: serviceRows } = await pool.query<{ code: string; area: string; mode: DeliveryModeCode; codes: string[] }>(
    `SELECT s.code, s.area::text AS area, s.mode::text AS mode, coalesce(array_agg(si.indicator_code ORDER BY si.indicator_code) FILTER (WHERE si.indicator_code IS NOT NULL), '{}') AS codes
     FROM services s LEFT JOIN service_indicators si ON si.service_id = s.id WHERE s.is_active GROUP BY s.id ORDER BY s.code`,
  );
  const services = serviceRows.map((s) => ({ code: s.code, area: s.area, mode: s.mode, indicatorCodes: s.codes }));
  const pillarCodes = pillars.map((p) => p.code);

  // A programme region of the test's own: this country and its two neighbours.
  const tag = randomBytes(3).toString("hex");
  const region = { code: `E2E-${tag}`, name: `E2E region ${tag}` };
  const {
    rows: [{ id: regionId }],
  } = await pool.query<{ id: string }>(`INSERT INTO programme_regions (id, code, name) VALUES ($1, $2, $3) RETURNING id`, [uuidv7(), region.code, { en: region.name }]);
  await pool.query(`UPDATE countries SET programme_region_id = $1 WHERE id = ANY($2::uuid[])`, [regionId, [team.countryId, ...neighbourTeams.map((n) => n.countryId)]]);

  // The current round: targets and answers.
  for (const [code, target] of Object.entries(CURRENT_TARGETS)) {
    await pool.query(`UPDATE round_targets t SET target_level = $3 FROM pillars p WHERE t.round_id = $1 AND p.id = t.pillar_id AND p.code = $2`, [team.roundId, code, target]);
  }
  await insertAnswers(pool, team.roundId, framework, CURRENT_PLAN);
  // The officer's validated level, in a review sent since: the country's team sees a validated level
  // only once its review was sent (lib/authz.ts canSeeIndicatorDecision).
  await pool.query(
    `INSERT INTO indicator_reviews (round_id, indicator_id, decision, validated_level, validated_reason, decided_at)
     VALUES ($1, $2, 'ACCEPTED', $3, 'Only partly in place (e2e)', now() - interval '2 hours')`,
    [team.roundId, framework.find((f) => f.code === VALIDATED_LEVEL.code)?.indicator_id, VALIDATED_LEVEL.level],
  );
  await pool.query(
    `INSERT INTO reviews (id, round_id, started_at, sent_at, outcome, summary) VALUES ($1, $2, now() - interval '3 hours', now() - interval '1 hour', 'COMMENT', 'e2e')`,
    [uuidv7(), team.roundId],
  );
  const previousRoundId = await insertValidatedRound(pool, team.countryId, "2025", team.focal.userId, 400, framework, PREVIOUS_PLAN);
  for (const [i, neighbour] of neighbourTeams.entries()) {
    await insertValidatedRound(pool, neighbour.countryId, "2025", neighbour.focal.userId, 200, framework, NEIGHBOUR_PLANS[i]);
  }

  const officer = await createUser({ prefix: "officer" });
  await pool.query(`INSERT INTO officer_assignments (id, user_id, country_id) VALUES ($1, $2, $3)`, [uuidv7(), officer.id, team.countryId]);

  return {
    team,
    previousRoundId,
    region,
    officer,
    outsider: neighbourTeams[0].focal,
    frameworkVersion: version.version,
    pillarCodes,
    current: scoringInput(framework, pillarCodes, services, CURRENT_PLAN, CURRENT_TARGETS),
    previous: scoringInput(framework, pillarCodes, services, PREVIOUS_PLAN, {}),
    neighbours: NEIGHBOUR_PLANS.map((plan) => scoringInput(framework, pillarCodes, services, plan, {})),
  };
}

