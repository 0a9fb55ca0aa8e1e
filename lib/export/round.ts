import "server-only";
// A round's data as every export format writes it: answers (with evidence and any validated level),
// the review comments the country can see, and the pillar scores, in one language. Nothing here
// reads the database itself: the figures are the dashboard's (lib/scoring through
// getRoundDashboard), the answers and evidence the review sheet's, the comments and validated levels
// the review's. Each of those authorizes the reader for the round's country (404 unknown, 403 other
// countries), so an export shows exactly what its reader may see elsewhere.
import type { Actor } from "../authz";
import { getRoundDashboard } from "../dashboard/service";
import type { AnswerKind, EvidenceKind, RoundStatus } from "../generated/prisma/enums";
import { localize, type Locale } from "../i18n/config";
import { getRoundReview } from "../review/service";
import { getReviewSheet } from "../review/sheet";
import type { IndicatorState } from "../scoring/types";

export interface ExportEvidence {
  kind: EvidenceKind;
  title: string | null;
  /** The link, or for a file its download address (which asks the reader to sign in). */
  url: string;
  fileName: string | null;
}

export interface ExportAnswer {
  indicatorId: string;
  pillar: string;
  pillarName: string;
  code: string;
  title: string;
  /** The scoring module's reading of the answer. */
  state: IndicatorState;
  kind: AnswerKind | null;
  level: number | null;
  notApplicable: boolean;
  dontKnow: boolean;
  notApplicableReason: string | null;
  justification: string | null;
  target: number;
  targetOverridden: boolean;
  gap: number | null;
  /** An officer's validated level and reason, once the review that recorded it was sent. */
  validatedLevel: number | null;
  validatedReason: string | null;
  evidence: ExportEvidence[];
}

export interface ExportComment {
  id: string;
  /** The thread's first comment, for a reply. */
  replyTo: string | null;
  indicatorCode: string | null;
  indicatorTitle: string | null;
  author: string | null;
  createdAt: string;
  status: "OPEN" | "RESOLVED";
  body: string;
}

export interface ExportPillarScore {
  code: string;
  name: string;
  score: number | null;
  percent: number | null;
  target: number;
  gap: number | null;
  median: number | null;
  indicators: number;
  answered: number;
  notApplicable: number;
  dontKnow: number;
  unanswered: number;
}

export interface RoundExport {
  lang: Locale;
  frameworkVersion: string;
  methodVersion: string;
  exportedAt: string;
  round: { id: string; cycle: string; status: RoundStatus; provisional: boolean; country: { iso2: string; name: string }; region: string | null };
  answers: ExportAnswer[];
  comments: ExportComment[];
  pillars: ExportPillarScore[];
  /** Indicator codes with a gap, ranked (the dashboard's priority list). */
  priorities: string[];
}

/**
 * The round's export data in `lang`. `baseUrl` is the application's public address, for the
 * download links of evidence files.
 */
export async function getRoundExport(actor: Actor, roundId: string, options: { lang: Locale; baseUrl: string; now?: Date }): Promise<RoundExport> {
  const { lang } = options;
  const text = (value: unknown) => localize(value, lang).text;
  // The dashboard first: it refuses an unknown round or a reader from elsewhere before more is read.
  const dashboard = await getRoundDashboard(actor, roundId);
  const [sheet, review] = await Promise.all([getReviewSheet(actor, roundId), getRoundReview(actor, roundId)]);

  const scored = new Map(dashboard.indicators.map((i) => [i.code, i]));
  const decisions = new Map(review.decisions.map((d) => [d.indicatorId, d]));
  const indicatorById = new Map(sheet.pillars.flatMap((p) => p.indicators.map((i) => [i.id, i] as const)));
  const base = options.baseUrl.replace(/\/+$/, "");

  const answers: ExportAnswer[] = sheet.pillars.flatMap((p) =>
    p.indicators.map((i) => {
      const s = scored.get(i.code);
      const a = i.answer;
      const d = decisions.get(i.id);
      return {
        indicatorId: i.id,
        pillar: p.code,
        pillarName: text(p.name),
        code: i.code,
        title: text(i.title),
        state: s?.state ?? "unanswered",
        kind: a?.kind ?? null,
        level: a?.kind === "LEVEL" ? a.level : null,
        notApplicable: a?.kind === "NOT_APPLICABLE",
        dontKnow: a?.kind === "DONT_KNOW",
        notApplicableReason: a?.notApplicableReason ?? null,
        justification: a?.justification ?? null,
        target: s?.target ?? 3,
        targetOverridden: s?.targetOverridden ?? false,
        gap: s?.gap ?? null,
        validatedLevel: d?.validatedLevel ?? null,
        validatedReason: d && d.validatedLevel !== null ? d.validatedReason : null,
        evidence: (a?.evidence ?? []).map((e) => ({
          kind: e.kind,
          title: e.title,
          url: e.kind === "LINK" && e.url ? e.url : `${base}/api/v1/evidence/${e.id}`,
          fileName: e.fileName,
        })),
      };
    }),
  );

  // Only what the country sees: published threads visible to the country, never internal ones
  // (which officers and administrators would otherwise receive), never drafts.
  const comments: ExportComment[] = review.threads
    .filter((t) => t.visibility === "COUNTRY" && !t.draft)
    .flatMap((t) => {
      const indicator = t.indicatorId ? indicatorById.get(t.indicatorId) : undefined;
      const row = (c: (typeof t.replies)[number], replyTo: string | null): ExportComment => ({
        id: c.id,
        replyTo,
        indicatorCode: indicator?.code ?? null,
        indicatorTitle: indicator ? text(indicator.title) : null,
        author: c.authorName,
        createdAt: c.createdAt,
        status: t.status,
        body: c.body,
      });
      return [row(t, null), ...t.replies.filter((r) => r.visibility === "COUNTRY" && !r.draft).map((r) => row(r, t.id))];
    });

  return {
    lang,
    frameworkVersion: dashboard.round.frameworkVersion,
    methodVersion: dashboard.methodVersion,
    exportedAt: (options.now ?? new Date()).toISOString(),
    round: {
      id: dashboard.round.id,
      cycle: dashboard.round.cycle,
      status: dashboard.round.status,
      provisional: dashboard.round.provisional,
      country: { iso2: dashboard.round.country.iso2, name: text(dashboard.round.country.name) },
      region: dashboard.region ? text(dashboard.region.name) : null,
    },
    answers,
    comments,
    pillars: dashboard.pillars.map((p) => ({
      code: p.code,
      name: text(p.name),
      score: p.score,
      percent: p.percent,
      target: p.target,
      gap: p.gap,
      median: p.benchmark.median,
      indicators: p.indicators,
      answered: p.answered,
      notApplicable: p.notApplicable,
      dontKnow: p.dontKnow,
      unanswered: p.unanswered,
    })),
    priorities: dashboard.priorities,
  };
}
