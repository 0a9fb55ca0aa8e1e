import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { conventionArticle } from "../conventions/articles";
import { getDb } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { quantile, round2, scoreRound } from "../scoring/score";
import { countryId, makeUser } from "../testing/fixtures";
import { getRoundDashboard } from "./service";

type Level = number | "NA" | "DK";

async function publishedFramework() {
  return getDb().frameworkVersion.findFirstOrThrow({
    where: { status: "PUBLISHED" },
    select: { id: true, pillars: { select: { id: true, code: true }, orderBy: { position: "asc" } }, indicators: { select: { id: true, code: true, pillar: { select: { code: true } } }, orderBy: [{ pillar: { position: "asc" } }, { position: "asc" }] } },
  });
}

/** A new programme region holding the given countries (moved out of their seeded region). */
async function regionOf(iso2s: string[]) {
  const db = getDb();
  const region = await db.programmeRegion.create({ data: { code: `R${randomBytes(3).toString("hex")}`, name: { en: "Test region" } } });
  await db.country.updateMany({ where: { iso2: { in: iso2s } }, data: { programmeRegionId: region.id } });
  return region;
}

/**
 * A round of the country with a level per indicator from `levelOf(indicator index)`, opened and (when
 * validated) validated on the given day.
 */
async function seedRound(iso2: string, options: { cycle: string; status: "DRAFT" | "VALIDATED" | "ARCHIVED"; day: number; levelOf: (i: number) => Level | undefined; cancelled?: boolean }) {
  const db = getDb();
  const fw = await publishedFramework();
  const opened = new Date(Date.UTC(2020, 0, 1) + options.day * 864e5);
  const validated = options.status === "DRAFT" || options.cancelled ? null : new Date(opened.getTime() + 30 * 864e5);
  const round = await db.assessmentRound.create({
    data: {
      countryId: await countryId(iso2),
      frameworkVersionId: fw.id,
      cycle: options.cycle,
      // Answers first: a validated round's answers are locked (a trigger). Archived without a
      // validation date in the meantime, so that it is neither open (one per country) nor locked.
      status: options.status === "DRAFT" ? "DRAFT" : "ARCHIVED",
      openedAt: opened,
      cancelledAt: options.cancelled ? opened : null,
      cancelReason: options.cancelled ? "test" : null,
      targets: { create: fw.pillars.map((p) => ({ pillarId: p.id, targetLevel: 3 })) },
    },
    select: { id: true },
  });
  const rows = fw.indicators.flatMap((indicator, index): Prisma.AnswerCreateManyInput[] => {
    const value = options.levelOf(index);
    if (value === undefined) return [];
    if (value === "NA") return [{ roundId: round.id, indicatorId: indicator.id, kind: "NOT_APPLICABLE", notApplicableReason: "n/a" }];
    if (value === "DK") return [{ roundId: round.id, indicatorId: indicator.id, kind: "DONT_KNOW" }];
    return [{ roundId: round.id, indicatorId: indicator.id, kind: "LEVEL", level: value }];
  });
  await db.answer.createMany({ data: rows });
  if (options.status !== "DRAFT") await db.assessmentRound.update({ where: { id: round.id }, data: { status: options.status, validatedAt: validated } });
  return round;
}

/** The pillar scores of a round computed by the scoring module from the same levels. */
async function expectedPillarScores(levelOf: (i: number) => Level | undefined) {
  const fw = await publishedFramework();
  const scores = scoreRound({
    pillars: fw.pillars.map((p) => ({ code: p.code, target: 3 })),
    indicators: fw.indicators.map((i) => ({ code: i.code, pillarCode: i.pillar.code, weight: 1, uncacArticles: [], budapestArticles: [] })),
    answers: new Map(
      fw.indicators.flatMap((i, index) => {
        const v = levelOf(index);
        if (v === undefined) return [];
        return [[i.code, v === "NA" ? { kind: "NOT_APPLICABLE" as const, level: null, targetOverride: null } : v === "DK" ? { kind: "DONT_KNOW" as const, level: null, targetOverride: null } : { kind: "LEVEL" as const, level: v, targetOverride: null }]];
      }),
    ),
    services: [],
  });
  return new Map(scores.pillars.map((p) => [p.code, p.score]));
}

describe("getRoundDashboard: regional benchmark", () => {
  it("takes the median and quartiles over each country's latest validated round, the country itself included", async () => {
    const region = await regionOf(["PE", "FI", "NO", "SE"]);
    const plans: Record<string, (i: number) => Level | undefined> = {
      PE: (i) => i % 5, // 0 1 2 3 4 0 1 ...
      FI: () => 2,
      NO: (i) => (i % 2 === 0 ? 4 : 3),
    };
    // An older validated round of FI, superseded by its later one: it must not count.
    await seedRound("FI", { cycle: "2019", status: "VALIDATED", day: 0, levelOf: () => 0 });
    // A validated round that was then cancelled does not count either (nor do drafts).
    await seedRound("NO", { cycle: "2018", status: "ARCHIVED", day: 1, levelOf: () => 0, cancelled: true });
    const rounds: Record<string, { id: string }> = {};
    for (const [iso2, levelOf] of Object.entries(plans)) rounds[iso2] = await seedRound(iso2, { cycle: "2021", status: "VALIDATED", day: 400, levelOf });
    // SE has only a draft: no validated round, so it does not contribute.
    const seDraft = await seedRound("SE", { cycle: "2021", status: "DRAFT", day: 400, levelOf: () => 1 });

    const focal = await makeUser({ memberOf: { iso2: "SE", role: "FOCAL_POINT" } });
    const dashboard = await getRoundDashboard(focal, seDraft.id);
    expect(dashboard.region?.code).toBe(region.code);
    expect(dashboard.round.provisional).toBe(true);
    expect(dashboard.previousRound).toBeNull();

    const perCountry = await Promise.all(Object.values(plans).map((levelOf) => expectedPillarScores(levelOf)));
    for (const pillar of dashboard.pillars) {
      // The service's SQL (AVG per country) and the scoring module's quantile agree with the
      // module's own per-country scores.
      const values = perCountry.map((m) => m.get(pillar.code) ?? 0).sort((a, b) => a - b);
      expect(pillar.benchmark).toMatchObject({ contributors: 3, medianHiddenReason: null });
      expect(pillar.benchmark.median).toBe(round2(quantile(values, 0.5)));
      expect(pillar.benchmark.q1).toBe(round2(quantile(values, 0.25)));
      expect(pillar.benchmark.q3).toBe(round2(quantile(values, 0.75)));
    }
    // SE's own figures: every indicator at level 1, so every pillar scores 1 with a gap of 2.
    expect(dashboard.pillars.every((p) => p.score === 1 && p.gap === 2 && p.percent === 25)).toBe(true);
  });

  it("uses an officer's validated level instead of the self-assessed one", async () => {
    await regionOf(["HR", "SI", "RS"]);
    const hr = await seedRound("HR", { cycle: "2021", status: "VALIDATED", day: 400, levelOf: () => 4 });
    await seedRound("SI", { cycle: "2021", status: "VALIDATED", day: 400, levelOf: () => 2 });
    await seedRound("RS", { cycle: "2021", status: "VALIDATED", day: 400, levelOf: () => 3 });
    // The officer validated 0 on every indicator of HR's first pillar: HR's pillar score there is 0,
    // so that pillar's median is the middle of (0, 2, 3) = 2; elsewhere the middle of (4, 2, 3) = 3.
    const fw = await publishedFramework();
    const first = fw.pillars[0].code;
    const firstIndicators = fw.indicators.filter((i) => i.pillar.code === first);
    await getDb().indicatorReview.createMany({ data: firstIndicators.map((i) => ({ roundId: hr.id, indicatorId: i.id, decision: "ACCEPTED" as const, validatedLevel: 0, validatedReason: "On paper only." })) });
    const admin = await makeUser({ isAdmin: true });
    const d = await getRoundDashboard(admin, hr.id);
    expect(d.pillars.map((p) => [p.code, p.benchmark.median])).toEqual(fw.pillars.map((p) => [p.code, p.code === first ? 2 : 3]));
    // The dashboard keeps the self-assessed level and shows the validated one beside it.
    expect(d.indicators.find((i) => i.code === firstIndicators[0].code)).toMatchObject({ level: 4, validatedLevel: 0 });
  });

  it("hides the median below three countries and says why", async () => {
    await regionOf(["EE", "LV", "LT"]);
    await seedRound("EE", { cycle: "2021", status: "VALIDATED", day: 400, levelOf: () => 2 });
    const lv = await seedRound("LV", { cycle: "2021", status: "VALIDATED", day: 400, levelOf: () => 3 });
    // LT: no round at all.
    const officer = await makeUser({ officerOfCountry: "LV" });
    const dashboard = await getRoundDashboard(officer, lv.id);
    for (const pillar of dashboard.pillars) {
      expect(pillar.benchmark).toEqual({ code: pillar.code, contributors: 2, median: null, q1: null, q3: null, medianHiddenReason: "FEWER_THAN_THREE" });
    }
    expect(dashboard.round.provisional).toBe(false);
  });
  // A country outside every programme region (NO_REGION) is covered by lib/scoring's unit tests: the
  // reference data puts all 193 in a region, and other suites rely on that.
});

describe("getRoundDashboard: progress, trend and the number of queries", () => {
  afterEach(() => vi.restoreAllMocks());

  it("compares with the previous validated round and draws the trend of every round in a fixed number of queries", async () => {
    const focal = await makeUser({ memberOf: { iso2: "PT", role: "FOCAL_POINT" } });
    const first = await seedRound("PT", { cycle: "2021", status: "VALIDATED", day: 0, levelOf: () => 1 });
    // A draft between the two validated rounds (left open, then the country moved on) is in the
    // trend but is not what progress compares with.
    const current = await seedRound("PT", { cycle: "2023", status: "DRAFT", day: 800, levelOf: (i) => (i === 0 ? "NA" : i === 1 ? "DK" : 2) });

    const countQueries = async () => {
      const spy = vi.spyOn(pg.Client.prototype, "query");
      const result = await getRoundDashboard(focal, current.id);
      const calls = spy.mock.calls.length;
      spy.mockRestore();
      return { result, calls };
    };
    const { result: withTwo, calls: twoRounds } = await countQueries();
    expect(withTwo.previousRound).toMatchObject({ id: first.id, cycle: "2021" });
    const firstPillar = withTwo.pillars[0];
    // Pillar 1: its first indicator N/A, its second don't know, the rest 2 now and 1 before.
    expect(firstPillar.progress).toMatchObject({ previousScore: 1, score: 2, delta: 1 });
    expect(firstPillar.progress?.compared).toBe(firstPillar.indicators - 2);
    expect(withTwo.indicators[0].progress).toMatchObject({ state: "notComparable", previousLevel: 1, level: null });
    expect(withTwo.indicators[2].progress).toMatchObject({ state: "compared", previousLevel: 1, level: 2, delta: 1 });
    expect(withTwo.trend.map((t) => t.cycle)).toEqual(["2021", "2023"]);
    expect(withTwo.trend[1].scores[firstPillar.code]).toBe(firstPillar.score);

    // Eight more validated rounds before the current one: same number of queries.
    for (let k = 0; k < 8; k++) await seedRound("PT", { cycle: `20${10 + k}`, status: "VALIDATED", day: -1000 + k * 50, levelOf: () => k % 5 });
    const { result: withTen, calls: tenRounds } = await countQueries();
    expect(withTen.trend).toHaveLength(10);
    expect(withTen.trend.map((t) => t.cycle).slice(0, 3)).toEqual(["2010", "2011", "2012"]);
    expect(withTen.previousRound?.id).toBe(first.id);
    expect(tenRounds).toBe(twoRounds);
    // Six statements: the round, the framework with answers, services, previous round, trend, benchmark.
    expect(tenRounds).toBeLessThanOrEqual(6);
  });

  it("leaves cancelled rounds out of the trend", async () => {
    const focal = await makeUser({ memberOf: { iso2: "MT", role: "FOCAL_POINT" } });
    await seedRound("MT", { cycle: "2020", status: "ARCHIVED", day: 0, levelOf: () => 4, cancelled: true });
    const current = await seedRound("MT", { cycle: "2021", status: "DRAFT", day: 100, levelOf: () => 1 });
    const dashboard = await getRoundDashboard(focal, current.id);
    expect(dashboard.trend.map((t) => t.cycle)).toEqual(["2021"]);
    expect(dashboard.previousRound).toBeNull();
  });
});

describe("getRoundDashboard: who may read it", () => {
  it("lets the country's team, its officers and administrators read it, and refuses everybody else", async () => {
    const round = await seedRound("CY", { cycle: "2021", status: "DRAFT", day: 0, levelOf: () => 2 });
    const respondent = await makeUser({ memberOf: { iso2: "CY", role: "RESPONDENT", pillars: ["INV"] } });
    const officer = await makeUser({ officerOfCountry: "CY" });
    const admin = await makeUser({ isAdmin: true });
    for (const actor of [respondent, officer, admin]) expect((await getRoundDashboard(actor, round.id)).round.id).toBe(round.id);

    const otherCountry = await makeUser({ memberOf: { iso2: "GR", role: "FOCAL_POINT" } });
    const otherOfficer = await makeUser({ officerOfCountry: "GR" });
    for (const actor of [otherCountry, otherOfficer]) await expect(getRoundDashboard(actor, round.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getRoundDashboard(admin, "not-a-uuid")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getRoundDashboard(admin, "0190a0a0-0000-7000-8000-000000000000")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("recommends services for the gaps and explains coverage with the indicators behind it", async () => {
    const round = await seedRound("BG", { cycle: "2021", status: "DRAFT", day: 0, levelOf: (i) => (i % 3 === 0 ? 0 : 3) });
    const admin = await makeUser({ isAdmin: true });
    const d = await getRoundDashboard(admin, round.id);
    expect(d.priorities.length).toBeGreaterThan(0);
    const top = d.indicators.find((i) => i.code === d.priorities[0]);
    expect(top).toMatchObject({ level: 0, gap: 3 });
    const services = d.package.flatMap((m) => m.services);
    expect(services.length).toBeGreaterThan(0);
    // Every recommended service addresses only gap indicators, and is named for the page.
    for (const s of services) {
      expect(d.services[s.code]?.name.en).toBeTruthy();
      for (const code of s.indicators) expect(d.priorities).toContain(code);
    }
    const articles = d.coverage.flatMap((c) => c.chapters.flatMap((ch) => ch.articles));
    expect(articles.length).toBeGreaterThan(0);
    for (const a of articles) expect(a.indicators.length).toBeGreaterThan(0);
    // Each article with its title from convention_articles, in all six languages; chapters from the data file.
    for (const c of d.coverage) {
      for (const ch of c.chapters) {
        for (const a of ch.articles) {
          expect(a.title, `${c.convention} ${a.article}`).toEqual(conventionArticle(c.convention, a.article)?.title);
          expect(ch.chapter).toBe(conventionArticle(c.convention, a.article)?.chapter);
        }
      }
    }
    expect(d.coverage.find((c) => c.convention === "UNCC")?.chapters.flatMap((ch) => ch.articles).find((a) => a.article === 7)?.title.en).toBe("Illegal access");
  });
});
