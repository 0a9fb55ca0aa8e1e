// The public JSON of a round's dashboard (GET /api/v1/rounds/<id>/dashboard): the page's figures,
// flattened for API readers. Names stay localized objects ({en, fr, ...}); dates are ISO strings.
import type { DashboardData } from "./types";

export function dashboardJson(d: DashboardData) {
  return {
    methodVersion: d.methodVersion,
    round: d.round,
    region: d.region,
    previousRound: d.previousRound,
    pillars: d.pillars.map((p) => ({
      code: p.code,
      name: p.name,
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
      title: i.title,
      state: i.state,
      level: i.level,
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
    services: d.services,
    coverage: d.coverage,
    trend: d.trend,
  };
}

export type DashboardJson = ReturnType<typeof dashboardJson>;
