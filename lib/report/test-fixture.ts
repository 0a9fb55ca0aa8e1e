// A round's report data for unit tests, with every figure from the scoring module (scoreRound on a
// small framework): the shape getRoundReport returns, without a database.
import { conventionArticle } from "../conventions/articles";
import type { DashboardData } from "../dashboard/types";
import type { LocalizedText } from "../i18n/config";
import { benchmarkOf, scoreRound } from "../scoring";
import type { ScoringInput } from "../scoring/types";
import { reportTranslators } from "./translators";
import type { ReportData } from "./types";

export const FIXTURE_PILLARS: Record<string, LocalizedText> = {
  PRE: { en: "Prevention and awareness", ar: "الوقاية والتوعية", zh: "预防和提高认识" },
  INV: { en: "Investigation", ar: "التحقيق", zh: "调查" },
};

export const FIXTURE_INPUT: ScoringInput = {
  pillars: [
    { code: "PRE", target: 3 },
    { code: "INV", target: 4 },
  ],
  indicators: [
    { code: "PRE-01", pillarCode: "PRE", weight: 2, uncacArticles: [53], budapestArticles: [] },
    { code: "PRE-02", pillarCode: "PRE", weight: 1, uncacArticles: [53], budapestArticles: [] },
    { code: "INV-01", pillarCode: "INV", weight: 3, uncacArticles: [25, 28], budapestArticles: [16] },
    { code: "INV-02", pillarCode: "INV", weight: 1, uncacArticles: [41], budapestArticles: [35] },
  ],
  answers: new Map([
    ["PRE-01", { kind: "LEVEL" as const, level: 1, targetOverride: null }],
    ["PRE-02", { kind: "LEVEL" as const, level: 3, targetOverride: null }],
    ["INV-01", { kind: "LEVEL" as const, level: 2, targetOverride: null }],
    ["INV-02", { kind: "NOT_APPLICABLE" as const, level: null, targetOverride: null }],
  ]),
  services: [{ code: "SVC-TRAIN", area: "cyber investigations", mode: "CAPACITY_BUILDING", indicatorCodes: ["INV-01", "PRE-01"] }],
};

export function fixtureReport(): ReportData {
  const scores = scoreRound(FIXTURE_INPUT);
  const dashboard: DashboardData = {
    methodVersion: scores.methodVersion,
    round: {
      id: "00000000-0000-4000-8000-000000000001",
      cycle: "2026/27",
      status: "VALIDATED",
      frameworkVersion: "1.0",
      provisional: false,
      country: { iso2: "KE", name: { en: "Kenya", ar: "كينيا", zh: "肯尼亚" } },
    },
    region: null,
    pillars: scores.pillars.map((p) => ({ ...p, name: FIXTURE_PILLARS[p.code], benchmark: benchmarkOf(p.code, [], false), progress: null })),
    indicators: scores.indicators.map((i) => ({ ...i, title: { en: `Title of ${i.code}`, ar: `عنوان ${i.code}`, zh: `${i.code}的标题` }, validatedLevel: null, progress: null })),
    priorities: scores.priorities.map((i) => i.code),
    package: scores.package,
    services: { "SVC-TRAIN": { code: "SVC-TRAIN", area: "cyber investigations", name: { en: "Investigator training", ar: "تدريب المحققين", zh: "调查员培训" } } },
    // Titles from the Conventions' data file, as the table the service reads them from holds them.
    coverage: scores.coverage.map((c) => ({
      ...c,
      chapters: c.chapters.map((ch) => ({ ...ch, articles: ch.articles.map((a) => ({ ...a, title: conventionArticle(c.convention, a.article)?.title ?? { en: "" } })) })),
    })),
    previousRound: null,
    trend: [],
  };
  return {
    dashboard,
    review: {
      summaries: [{ outcome: "VALIDATE", summary: "Validated with thanks.", sentAt: "2026-11-01T10:00:00.000Z", officerName: "Officer One" }],
      comments: [{ indicatorCode: "INV-01", authorName: "Officer One", body: "Please keep the lab accreditation up to date.", createdAt: "2026-10-30T10:00:00.000Z", replies: [] }],
    },
    generatedAt: "2026-12-01T12:00:00.000Z",
  };
}

/** The catalogues' translators, as the renderer makes them. */
export const fixtureTranslators = reportTranslators;
