import { describe, expect, it } from "vitest";
import { benchmarkOf, chapterOf, coverageOf, progressBetween, quantile, scoreRound, SCORING_METHOD_VERSION } from "./index";
import type { ScoringAnswer, ScoringIndicator, ScoringInput, ScoringService } from "./types";

const level = (n: number, targetOverride: number | null = null): ScoringAnswer => ({ kind: "LEVEL", level: n, targetOverride });
const na: ScoringAnswer = { kind: "NOT_APPLICABLE", level: null, targetOverride: null };
const dk: ScoringAnswer = { kind: "DONT_KNOW", level: null, targetOverride: null };
const empty: ScoringAnswer = { kind: null, level: null, targetOverride: null };

function ind(code: string, weight = 1, uncc: number[] = [], budapest: number[] = []): ScoringIndicator {
  return { code, pillarCode: code.slice(0, 3), weight, uncacArticles: uncc, budapestArticles: budapest };
}

function input(
  indicators: ScoringIndicator[],
  answers: Record<string, ScoringAnswer>,
  options: { targets?: Record<string, number>; services?: ScoringService[] } = {},
): ScoringInput {
  const pillarCodes = [...new Set(indicators.map((i) => i.pillarCode))];
  return {
    pillars: pillarCodes.map((code) => ({ code, target: options.targets?.[code] ?? 3 })),
    indicators,
    answers: new Map(Object.entries(answers)),
    services: options.services ?? [],
  };
}

describe("scoreRound: pillar scores", () => {
  it("takes the plain mean of answered, applicable indicators, on 0-4 and as a percentage of 4", () => {
    // INV: levels 1, 2, 4 -> (1 + 2 + 4) / 3 = 2.333... -> 2.33; percent 2.333/4 = 58.33 -> 58.3.
    // Weights (3 on INV-01) do not weight the score: product.md says the mean level.
    const r = scoreRound(input([ind("INV-01", 3), ind("INV-02"), ind("INV-03")], { "INV-01": level(1), "INV-02": level(2), "INV-03": level(4) }));
    expect(r.methodVersion).toBe(SCORING_METHOD_VERSION);
    expect(r.pillars[0]).toMatchObject({ code: "INV", score: 2.33, percent: 58.3, answered: 3, indicators: 3 });
  });

  it("leaves missing answers, don't-know and not-applicable out of the mean", () => {
    // PRE-01 = 3, PRE-02 = 1; PRE-03 N/A, PRE-04 don't know, PRE-05 no answer row, PRE-06 a row
    // with only a justification (kind null). Score = (3 + 1) / 2 = 2; percent 50.
    const r = scoreRound(
      input([ind("PRE-01"), ind("PRE-02"), ind("PRE-03"), ind("PRE-04"), ind("PRE-05"), ind("PRE-06")], {
        "PRE-01": level(3),
        "PRE-02": level(1),
        "PRE-03": na,
        "PRE-04": dk,
        "PRE-06": empty,
      }),
    );
    expect(r.pillars[0]).toMatchObject({ score: 2, percent: 50, answered: 2, notApplicable: 1, dontKnow: 1, unanswered: 2 });
    const byCode = new Map(r.indicators.map((i) => [i.code, i]));
    for (const code of ["PRE-03", "PRE-04", "PRE-05", "PRE-06"]) expect(byCode.get(code)).toMatchObject({ level: null, gap: null, priority: null });
    expect(byCode.get("PRE-03")?.state).toBe("notApplicable");
    expect(byCode.get("PRE-04")?.state).toBe("dontKnow");
    expect(byCode.get("PRE-05")?.state).toBe("unanswered");
    expect(byCode.get("PRE-06")?.state).toBe("unanswered");
  });

  it("gives an all-not-applicable pillar no score, no percentage and no gap (not a zero)", () => {
    const r = scoreRound(input([ind("FOR-01"), ind("FOR-02")], { "FOR-01": na, "FOR-02": na }));
    expect(r.pillars[0]).toMatchObject({ score: null, percent: null, gap: null, answered: 0, notApplicable: 2 });
    expect(r.priorities).toEqual([]);
  });

  it("scores a level-0 answer as zero, not as missing", () => {
    // LEG-01 = 0, LEG-02 = 2: score (0 + 2) / 2 = 1; gaps 3 and 1, mean gap 2.
    const r = scoreRound(input([ind("LEG-01"), ind("LEG-02")], { "LEG-01": level(0), "LEG-02": level(2) }));
    expect(r.pillars[0]).toMatchObject({ score: 1, percent: 25, gap: 2 });
  });
});

describe("scoreRound: gaps, targets and overrides", () => {
  it("uses the pillar target, an indicator's override before it, and never goes below zero", () => {
    // Pillar target 2. EVI-01 = 1 -> gap 2 - 1 = 1. EVI-02 = 4 -> 2 - 4 < 0 -> 0.
    // EVI-03 = 2 with override 4 -> gap 4 - 2 = 2. Pillar gap = mean(1, 0, 2) = 1 (a surplus on
    // EVI-02 does not offset EVI-03), score = (1 + 4 + 2) / 3 = 2.33.
    const r = scoreRound(
      input([ind("EVI-01"), ind("EVI-02"), ind("EVI-03")], { "EVI-01": level(1), "EVI-02": level(4), "EVI-03": level(2, 4) }, { targets: { EVI: 2 } }),
    );
    const byCode = new Map(r.indicators.map((i) => [i.code, i]));
    expect(byCode.get("EVI-01")).toMatchObject({ target: 2, gap: 1, targetOverridden: false });
    expect(byCode.get("EVI-02")).toMatchObject({ target: 2, gap: 0 });
    expect(byCode.get("EVI-03")).toMatchObject({ target: 4, gap: 2, targetOverridden: true });
    expect(r.pillars[0]).toMatchObject({ target: 2, gap: 1, score: 2.33 });
    // Only indicators with a gap above zero are priorities.
    expect(r.priorities.map((i) => i.code)).toEqual(["EVI-03", "EVI-01"]);
  });

  it("keeps an override on a don't-know answer as its target but gives it no gap", () => {
    const r = scoreRound(input([ind("PRO-01")], { "PRO-01": { kind: "DONT_KNOW", level: null, targetOverride: 4 } }));
    expect(r.indicators[0]).toMatchObject({ target: 4, gap: null, state: "dontKnow" });
  });
});

describe("scoreRound: priority list", () => {
  it("ranks by gap x weight, then gap, then weight, then framework order", () => {
    // Targets 3. INV-01 level 2, weight 3 -> 1 x 3 = 3.  INV-02 level 0, weight 1 -> 3 x 1 = 3.
    // INV-03 level 1, weight 1 -> 2.  INV-04 level 2, weight 2 -> 2.  INV-05 level 1, weight 1 -> 2.
    // INV-02 and INV-01 tie on 3: INV-02 has the larger gap (3 > 1), so it comes first.
    // INV-03, INV-04, INV-05 tie on 2: INV-03 and INV-05 (gap 2) before INV-04 (gap 1); INV-03 and
    // INV-05 also tie on weight, so framework order decides.
    const r = scoreRound(
      input([ind("INV-01", 3), ind("INV-02"), ind("INV-03"), ind("INV-04", 2), ind("INV-05")], {
        "INV-01": level(2),
        "INV-02": level(0),
        "INV-03": level(1),
        "INV-04": level(2),
        "INV-05": level(1),
      }),
    );
    expect(r.priorities.map((i) => [i.code, i.priority])).toEqual([
      ["INV-02", 3],
      ["INV-01", 3],
      ["INV-03", 2],
      ["INV-05", 2],
      ["INV-04", 2],
    ]);
  });

  it("breaks a tie on gap x weight and gap by the heavier weight", () => {
    // PRE-01: level 1, target 3, weight 1 -> gap 2, priority 2. PRE-02: level 2, target 4 (override),
    // weight 1 -> gap 2, priority 2. PRE-03 level 2 target 3 weight 2 -> gap 1 priority 2.
    // All three tie on priority 2; PRE-01 and PRE-02 tie on gap 2 and weight 1 -> framework order;
    // PRE-03 last (gap 1).
    const r = scoreRound(input([ind("PRE-01"), ind("PRE-02"), ind("PRE-03", 2)], { "PRE-01": level(1), "PRE-02": level(2, 4), "PRE-03": level(2) }));
    expect(r.priorities.map((i) => i.code)).toEqual(["PRE-01", "PRE-02", "PRE-03"]);
  });
});

describe("scoreRound: the recommended assistance package", () => {
  const services: ScoringService[] = [
    { code: "CI-CB", area: "CYBER_INVESTIGATIONS", mode: "CAPACITY_BUILDING", indicatorCodes: ["INV-01", "INV-02", "FOR-01"] },
    { code: "DF-CB", area: "DIGITAL_FORENSICS", mode: "CAPACITY_BUILDING", indicatorCodes: ["FOR-01"] },
    { code: "CI-CO", area: "CYBER_INVESTIGATIONS", mode: "COOPERATION", indicatorCodes: ["INV-02"] },
    { code: "LF-NA", area: "CYBER_INVESTIGATIONS", mode: "NORMATIVE_ASSISTANCE", indicatorCodes: ["INV-03"] },
  ];

  it("groups gap indicators by service, then by delivery mode, each service ranked by the weighted gap it closes", () => {
    // INV-01 level 1 weight 2 -> gap 2, priority 4. INV-02 level 2 weight 1 -> gap 1, priority 1.
    // FOR-01 level 0 weight 1 -> gap 3, priority 3. INV-03 level 3 -> no gap.
    // CI-CB addresses INV-01, INV-02, FOR-01: 4 + 1 + 3 = 8, listing them by priority: INV-01
    // (4), FOR-01 (3), INV-02 (1). DF-CB: FOR-01 = 3. Capacity building: CI-CB (8), DF-CB (3).
    // Cooperation: CI-CO with INV-02 = 1. Normative: LF-NA addresses only INV-03 (no gap) -> empty.
    const r = scoreRound(
      input([ind("INV-01", 2), ind("INV-02"), ind("INV-03"), ind("FOR-01")], { "INV-01": level(1), "INV-02": level(2), "INV-03": level(3), "FOR-01": level(0) }, { services }),
    );
    expect(r.package).toEqual([
      {
        mode: "CAPACITY_BUILDING",
        services: [
          { code: "CI-CB", area: "CYBER_INVESTIGATIONS", mode: "CAPACITY_BUILDING", weightedGap: 8, indicators: ["INV-01", "FOR-01", "INV-02"] },
          { code: "DF-CB", area: "DIGITAL_FORENSICS", mode: "CAPACITY_BUILDING", weightedGap: 3, indicators: ["FOR-01"] },
        ],
      },
      { mode: "COOPERATION", services: [{ code: "CI-CO", area: "CYBER_INVESTIGATIONS", mode: "COOPERATION", weightedGap: 1, indicators: ["INV-02"] }] },
      { mode: "NORMATIVE_ASSISTANCE", services: [] },
    ]);
    expect(r.indicators.find((i) => i.code === "FOR-01")?.services).toEqual(["CI-CB", "DF-CB"]);
  });

  it("ranks services with the same weighted gap by code", () => {
    const tied: ScoringService[] = [
      { code: "B", area: "X", mode: "COOPERATION", indicatorCodes: ["INV-01"] },
      { code: "A", area: "X", mode: "COOPERATION", indicatorCodes: ["INV-01"] },
    ];
    const r = scoreRound(input([ind("INV-01")], { "INV-01": level(1) }, { services: tied }));
    expect(r.package[1].services.map((s) => [s.code, s.weightedGap])).toEqual([
      ["A", 2],
      ["B", 2],
    ]);
  });
});

describe("Convention coverage", () => {
  it("marks an article in place, partly or missing from its referencing indicators, grouped by chapter", () => {
    // Art. 7 (ch. II): LEG-01 = 3, LEG-02 = 4 -> all >= 3 -> in place.
    // Art. 25 (ch. IV): LEG-02 = 4, INV-01 = 2 -> not all >= 3, some >= 2 -> partly.
    // Art. 40 (ch. V): INV-02 = 1 and INV-03 don't know -> none >= 2 -> missing.
    // Art. 53 (ch. VI): INV-04 N/A only -> not applicable.
    // Art. 41 (ch. V): INV-01 = 2 and INV-04 N/A -> the N/A one does not count -> partly.
    const indicators = [ind("LEG-01", 1, [7]), ind("LEG-02", 1, [7, 25]), ind("INV-01", 1, [25, 41], [16]), ind("INV-02", 1, [40]), ind("INV-03", 1, [40]), ind("INV-04", 1, [53, 41])];
    const data = input(indicators, { "LEG-01": level(3), "LEG-02": level(4), "INV-01": level(2), "INV-02": level(1), "INV-03": dk, "INV-04": na });
    const r = scoreRound(data);
    const uncc = r.coverage.find((c) => c.convention === "UNCC");
    expect(uncc?.chapters.map((c) => [c.chapter, c.articles.map((a) => [a.article, a.status])])).toEqual([
      [2, [[7, "inPlace"]]],
      [4, [[25, "partly"]]],
      [5, [[40, "missing"], [41, "partly"]]],
      [6, [[53, "notApplicable"]]],
    ]);
    expect(uncc?.chapters[2].articles[0].indicators).toEqual([
      { code: "INV-02", level: 1, state: "level" },
      { code: "INV-03", level: null, state: "dontKnow" },
    ]);
    const budapest = coverageOf("BUDAPEST", data, r.indicators);
    expect(budapest.chapters).toEqual([{ chapter: 2, articles: [{ article: 16, status: "partly", indicators: [{ code: "INV-01", level: 2, state: "level" }] }] }]);
  });

  it("counts an unanswered referencing indicator as not in place", () => {
    const r = scoreRound(input([ind("LEG-01", 1, [7]), ind("LEG-02", 1, [7])], { "LEG-01": level(4) }));
    expect(r.coverage[0].chapters[0].articles[0].status).toBe("partly");
  });

  it("knows the chapters of both Conventions", () => {
    expect([1, 6, 7, 21, 22, 23, 34, 35, 52, 53, 54, 56, 57, 58, 59, 68, 69].map((a) => chapterOf("UNCC", a))).toEqual([1, 1, 2, 2, 3, 4, 4, 5, 5, 6, 7, 7, 8, 8, 9, 9, null]);
    expect([1, 2, 22, 23, 35, 36, 48].map((a) => chapterOf("BUDAPEST", a))).toEqual([1, 2, 2, 3, 3, 4, 4]);
  });
});

describe("progressBetween", () => {
  it("compares like with like by code and reports added, removed and not comparable indicators", () => {
    // Previous (v1): INV-01 = 1, INV-02 = 2, INV-03 = 3 (removed in v2), INV-04 don't know.
    // Current (v2): INV-01 = 3 (+2), INV-02 = 1 (-1), INV-04 = 2 (not comparable: no level before),
    // INV-05 = 4 (added in v2).
    // Pillar delta over compared ones: (2 + -1) / 2 = 0.5. Scores: before (1+2+3)/3 = 2,
    // now (3+1+2+4)/4 = 2.5 (the 0.5 agreement is a coincidence of the numbers, the delta
    // does not use INV-05 or INV-03).
    const previous = scoreRound(input([ind("INV-01"), ind("INV-02"), ind("INV-03"), ind("INV-04")], { "INV-01": level(1), "INV-02": level(2), "INV-03": level(3), "INV-04": dk }));
    const current = scoreRound(input([ind("INV-01"), ind("INV-02"), ind("INV-04"), ind("INV-05")], { "INV-01": level(3), "INV-02": level(1), "INV-04": level(2), "INV-05": level(4) }));
    const p = progressBetween(current, previous);
    expect(p.indicators).toEqual([
      { code: "INV-01", state: "compared", previousLevel: 1, level: 3, delta: 2 },
      { code: "INV-02", state: "compared", previousLevel: 2, level: 1, delta: -1 },
      { code: "INV-04", state: "notComparable", previousLevel: null, level: 2, delta: null },
      { code: "INV-05", state: "added", previousLevel: null, level: 4, delta: null },
      { code: "INV-03", state: "removed", previousLevel: 3, level: null, delta: null },
    ]);
    expect(p.pillars).toEqual([{ code: "INV", previousScore: 2, score: 2.5, delta: 0.5, compared: 2, added: 1, removed: 1 }]);
  });

  it("gives a pillar with nothing compared no delta", () => {
    const previous = scoreRound(input([ind("FOR-01")], { "FOR-01": na }));
    const current = scoreRound(input([ind("FOR-01")], { "FOR-01": level(2) }));
    expect(progressBetween(current, previous).pillars[0]).toMatchObject({ previousScore: null, score: 2, delta: null, compared: 0 });
  });
});

describe("regional benchmark", () => {
  it("interpolates quantiles like PostgreSQL's percentile_cont", () => {
    // [1, 2, 4, 8]: median at position 1.5 -> 2 + (4 - 2) x 0.5 = 3; q1 at 0.75 -> 1 + 1 x 0.75 = 1.75;
    // q3 at 2.25 -> 4 + 4 x 0.25 = 5.
    expect([0.25, 0.5, 0.75].map((p) => quantile([1, 2, 4, 8], p))).toEqual([1.75, 3, 5]);
    expect(quantile([2.5], 0.5)).toBe(2.5);
    expect(() => quantile([], 0.5)).toThrow(RangeError);
  });

  it("shows median and interquartile range from three countries, whatever order they come in", () => {
    // Sorted [1.5, 2, 3.25]: median 2; q1 at 0.5 -> 1.5 + 0.5 x 0.5 = 1.75; q3 at 1.5 -> 2 + 1.25 x 0.5 = 2.625 -> 2.63.
    expect(benchmarkOf("INV", [3.25, 1.5, 2], true)).toEqual({ code: "INV", contributors: 3, median: 2, q1: 1.75, q3: 2.63, medianHiddenReason: null });
  });

  it("hides the figures below three countries and says why, and for a country outside any region", () => {
    expect(benchmarkOf("INV", [2, 3], true)).toEqual({ code: "INV", contributors: 2, median: null, q1: null, q3: null, medianHiddenReason: "FEWER_THAN_THREE" });
    expect(benchmarkOf("INV", [], true).medianHiddenReason).toBe("FEWER_THAN_THREE");
    expect(benchmarkOf("INV", [1, 2, 3], false)).toMatchObject({ median: null, medianHiddenReason: "NO_REGION" });
  });
});
