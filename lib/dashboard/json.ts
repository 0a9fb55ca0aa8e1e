// The public JSON of a round's dashboard (GET /api/v1/rounds/<id>/dashboard): the page's figures,
// flattened for API readers, with names in one language (`lang`): a response a slow connection can
// afford (every title in six languages tripled it).
import { localize, type Locale, type LocalizedText } from "../i18n/config";
import type { DashboardData } from "./types";

export function dashboardJson(d: DashboardData, lang: Locale) {
  const text = (t: LocalizedText) => localize(t, lang).text;
  return {
    methodVersion: d.methodVersion,
    lang,
    round: { ...d.round, country: { iso2: d.round.country.iso2, name: text(d.round.country.name) } },
    region: d.region ? { code: d.region.code, name: text(d.region.name) } : null,
    previousRound: d.previousRound,
    pillars: d.pillars.map((p) => ({
      code: p.code,
      name: text(p.name),
      score: p.score,
      percent: p.percent,
      target: p.target,
      gap: p.gap,
      median: p.benchmark.median,
      q1: p.benchmark.q1,
      q3: p.benchmark.q3,
      contributors: p.benchmark.contributors,
      medianHiddenReason: p.benchmark.medianHiddenReason,
      indicators: p.indicators,
      answered: p.answered,
      notApplicable: p.notApplicable,
      dontKnow: p.dontKnow,
      unanswered: p.unanswered,
      progress: p.progress,
    })),
    indicators: d.indicators.map((i) => ({
      code: i.code,
      pillar: i.pillar,
      title: text(i.title),
      state: i.state,
      level: i.level,
      validatedLevel: i.validatedLevel,
      target: i.target,
      targetOverridden: i.targetOverridden,
      gap: i.gap,
      weight: i.weight,
      priority: i.priority,
      services: i.services,
      progress: i.progress,
    })),
    priorities: d.priorities,
    package: d.package,
    services: Object.fromEntries(Object.entries(d.services).map(([code, s]) => [code, { code, area: s.area, name: text(s.name) }])),
    // The scoring module's coverage, each article's title added in `lang`.
    coverage: d.coverage.map((c) => ({
      ...c,
      chapters: c.chapters.map((ch) => ({ ...ch, articles: ch.articles.map((a) => ({ ...a, title: text(a.title) })) })),
    })),
    trend: d.trend,
  };
}

export type DashboardJson = ReturnType<typeof dashboardJson>;
