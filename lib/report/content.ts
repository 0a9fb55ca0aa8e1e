// What the print page and the DOCX builder both say, worked out once from the report's data: the
// sections (in order, for the table of contents), the executive summary's facts and the file name.
// Counts and picks only: every score and gap is the scoring module's (lib/scoring via the dashboard).
import type { DashboardData } from "../dashboard/types";
import type { Locale } from "../i18n/config";
import type { ReportFormat } from "./types";

export const REPORT_SECTIONS = [
  "summary",
  "charts",
  "pillarCharts",
  "pillarTables",
  "priorities",
  "package",
  "coverage",
  "progress",
  "review",
  "methodology",
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** A translator of one namespace (next-intl's, loosened so pure code and tests can pass their own). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface SummaryFacts {
  answered: number;
  total: number;
  notApplicable: number;
  /** Unanswered and don't know. */
  open: number;
  /** The highest and lowest scored pillars (codes); null when no pillar has a score. */
  top: { code: string; score: number } | null;
  bottom: { code: string; score: number } | null;
  gapCount: number;
  /** The first priorities (codes), at most three. */
  topPriorities: string[];
  serviceCount: number;
  /** UN Convention against Cybercrime articles by status. */
  coverage: { total: number; inPlace: number; partly: number; missing: number };
}

export function summaryFacts(d: DashboardData): SummaryFacts {
  const sum = (pick: (p: DashboardData["pillars"][number]) => number) => d.pillars.reduce((n, p) => n + pick(p), 0);
  const scored = d.pillars.flatMap((p) => (p.score === null ? [] : [{ code: p.code, score: p.score }]));
  // Ties keep framework order: the first pillar with the highest (lowest) score.
  const top = scored.reduce<SummaryFacts["top"]>((best, p) => (best === null || p.score > best.score ? p : best), null);
  const bottom = scored.reduce<SummaryFacts["bottom"]>((worst, p) => (worst === null || p.score < worst.score ? p : worst), null);
  const articles = d.coverage.find((c) => c.convention === "UNCC")?.chapters.flatMap((c) => c.articles) ?? [];
  return {
    answered: sum((p) => p.answered),
    total: sum((p) => p.indicators),
    notApplicable: sum((p) => p.notApplicable),
    open: sum((p) => p.dontKnow + p.unanswered),
    top,
    bottom,
    gapCount: d.priorities.length,
    topPriorities: d.priorities.slice(0, 3),
    serviceCount: new Set(d.package.flatMap((m) => m.services.map((s) => s.code))).size,
    coverage: {
      total: articles.filter((a) => a.status !== "notApplicable").length,
      inPlace: articles.filter((a) => a.status === "inPlace").length,
      partly: articles.filter((a) => a.status === "partly").length,
      missing: articles.filter((a) => a.status === "missing").length,
    },
  };
}

/** The summary's sentences, in the report's language. */
export function summarySentences(
  d: DashboardData,
  t: Translate,
  names: { pillar: (code: string) => string; indicator: (code: string) => string },
  format: { score: (n: number) => string; list: (items: string[]) => string },
): string[] {
  const f = summaryFacts(d);
  const out = [t("summary.answered", { answered: f.answered, total: f.total, notApplicable: f.notApplicable, open: f.open })];
  out.push(
    f.top && f.bottom
      ? t("summary.range", { top: names.pillar(f.top.code), topScore: format.score(f.top.score), bottom: names.pillar(f.bottom.code), bottomScore: format.score(f.bottom.score) })
      : t("summary.noScores"),
  );
  out.push(t("summary.gaps", { count: f.gapCount }));
  if (f.topPriorities.length > 0) out.push(t("summary.top", { list: format.list(f.topPriorities.map((c) => `${c} ${names.indicator(c)}`)) }));
  out.push(t("summary.package", { count: f.serviceCount }));
  if (f.coverage.total > 0) out.push(t("summary.coverage", f.coverage));
  out.push(d.previousRound ? t("summary.progress", { cycle: d.previousRound.cycle }) : t("summary.noProgress"));
  return out;
}

/** A file name safe everywhere: letters, digits, dash and underscore, then the extension. */
export function reportFilename(d: Pick<DashboardData, "round">, lang: Locale, format: ReportFormat): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40) || "round";
  return `cybercap-gap-report-${safe(d.round.country.iso2)}-${safe(d.round.cycle)}-${lang}.${format}`;
}
