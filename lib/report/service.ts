import "server-only";
// The data of a round's gap report, read with the loaders of what it contains: the dashboard's
// (lib/dashboard/service.ts, which authorizes: the country's team, its officers, administrators) and
// the review's (lib/review/service.ts). The report is for the country and whoever it is handed to, so
// of the review it keeps only what the country itself sees: published comments visible to the
// country, whoever asks (an officer's report carries no internal comment).
import type { Actor } from "../authz";
import { getRoundDashboard } from "../dashboard/service";
import { getReadDb } from "../db";
import { getRoundReview, type CommentView } from "../review/service";
import type { ReportComment, ReportData, ReportReview } from "./types";

function isPublic(c: Pick<CommentView, "visibility" | "draft">): boolean {
  return c.visibility === "COUNTRY" && !c.draft;
}

async function publishedReview(actor: Actor, roundId: string): Promise<ReportReview> {
  const review = await getRoundReview(actor, roundId);
  const threads = review.threads.filter(isPublic);
  const ids = [...new Set(threads.flatMap((t) => (t.indicatorId ? [t.indicatorId] : [])))];
  const indicators = ids.length === 0 ? [] : await getReadDb().indicator.findMany({ where: { id: { in: ids } }, select: { id: true, code: true } });
  const codeOf = new Map(indicators.map((i) => [i.id, i.code]));
  const comments: ReportComment[] = threads.map((t) => ({
    indicatorCode: t.indicatorId ? (codeOf.get(t.indicatorId) ?? null) : null,
    authorName: t.authorName,
    body: t.body,
    createdAt: t.createdAt,
    replies: t.replies.filter(isPublic).map((r) => ({ authorName: r.authorName, body: r.body, createdAt: r.createdAt })),
  }));
  return {
    summaries: review.sent.flatMap((s) => (s.summary ? [{ outcome: s.outcome, summary: s.summary, sentAt: s.sentAt, officerName: s.officerName }] : [])),
    comments,
  };
}

/** The report's data; NOT_FOUND / FORBIDDEN exactly as the dashboard's. */
export async function getRoundReport(actor: Actor, roundId: string): Promise<ReportData> {
  const dashboard = await getRoundDashboard(actor, roundId);
  const review = dashboard.round.status === "VALIDATED" ? await publishedReview(actor, roundId) : null;
  return { dashboard, review, generatedAt: new Date().toISOString() };
}
