import "server-only";
// A round's history as its reader may see it: the status changes (round_status_events), the reviews
// sent, the comments published and the answer changes (audit events), in time order, with whether
// the audit chain of the events behind them verifies. The country's team never gets internal
// comments; nobody gets drafts (they are not part of the record until the review is sent).
import { assertCanOnCountry, canOnCountry, type Actor } from "../authz";
import { verifyAuditChain, type ChainReport } from "../audit/chain";
import { getDb, getPool } from "../db";
import { AppError } from "../errors";
import type { AnswerKind, CommentVisibility, ReviewOutcome, RoundStatus } from "../generated/prisma/enums";
import { isUuid } from "../ids";

/**
 * Answer changes per page: autosave records every save, and a page of thousands helps nobody. Older
 * changes are on further pages (`answersBefore`), each showing the other steps of its own period.
 */
export const HISTORY_ANSWER_LIMIT = 300;

/** The audit actions of a round's transitions, whose events the chain check covers with the answer changes. */
const TRANSITION_ACTIONS = ["round.open", "round.submit", "round.cancel", "review.start", "review.send", "round.reopen", "round.archive"];

export interface AnswerState {
  kind: AnswerKind | null;
  level: number | null;
}

interface Base {
  id: string;
  at: string;
  actorName: string | null;
}

export type HistoryItem =
  | (Base & { type: "status"; from: RoundStatus | null; to: RoundStatus; reason: string | null })
  | (Base & { type: "review"; outcome: ReviewOutcome; summary: string | null })
  | (Base & { type: "comment"; indicatorCode: string | null; visibility: CommentVisibility; reply: boolean })
  | (Base & { type: "answer"; indicatorCode: string | null; before: AnswerState | null; after: AnswerState; viaApiToken: boolean });

export interface RoundHistory {
  round: { id: string; cycle: string; status: RoundStatus; countryName: unknown; countryIso2: string };
  items: HistoryItem[];
  /** All answer changes of the round; `items` holds one page of them (HISTORY_ANSWER_LIMIT). */
  answerChangesTotal: number;
  /** Answer changes newer than this page's (0 on the first page): the page shows numbers newer + 1 to newer + its count. */
  answerChangesNewer: number;
  /** The cursor of the next, older page (`answersBefore`), null on the last page. */
  olderCursor: string | null;
  chain: ChainReport;
}

export interface HistoryPageQuery {
  /** The page of answer changes older than this audit event id (a previous page's `olderCursor`). */
  answersBefore?: string | null;
}

const KINDS: readonly string[] = ["LEVEL", "NOT_APPLICABLE", "DONT_KNOW"];

function answerState(value: unknown): AnswerState | null {
  if (typeof value !== "object" || value === null) return null;
  const { kind, level } = value as { kind?: unknown; level?: unknown };
  return {
    kind: typeof kind === "string" && KINDS.includes(kind) ? (kind as AnswerKind) : null,
    level: typeof level === "number" ? level : null,
  };
}

function codeOf(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return null;
  const { indicator } = value as { indicator?: unknown };
  return typeof indicator === "string" ? indicator : null;
}

// Same instant: the order in which a step's parts happen (a review is sent, its comments published, the status changes).
const ORDER: Record<HistoryItem["type"], number> = { answer: 0, review: 1, comment: 2, status: 3 };

/**
 * The order of a history: by time, then by kind of step, then by id. Answer changes carry audit
 * event ids (decimal text of a bigint), and "1000" sorts before "998" as text: a shorter id is the
 * smaller one, so two saves in the same millisecond keep the order they were made in (the others'
 * ids are UUIDs, all of one length).
 */
export function historyOrder(a: Pick<HistoryItem, "at" | "type" | "id">, b: Pick<HistoryItem, "at" | "type" | "id">): number {
  return a.at.localeCompare(b.at) || ORDER[a.type] - ORDER[b.type] || a.id.length - b.id.length || a.id.localeCompare(b.id);
}

export async function getRoundHistory(actor: Actor, roundId: string, query: HistoryPageQuery = {}): Promise<RoundHistory> {
  if (!isUuid(roundId)) throw new AppError("NOT_FOUND", "round");
  // A cursor is an audit event id; anything else (a hand-edited address) is the first page.
  const before = query.answersBefore && /^[1-9][0-9]{0,17}$/.test(query.answersBefore) ? BigInt(query.answersBefore) : null;
  const db = getDb();
  const round = await db.assessmentRound.findUnique({
    where: { id: roundId },
    select: { id: true, cycle: true, status: true, country: { select: { id: true, iso2: true, name: true, programmeRegionId: true } } },
  });
  if (!round) throw new AppError("NOT_FOUND", "round");
  assertCanOnCountry(actor, "country.view", round.country);
  const internal = canOnCountry(actor, "comment.internal", round.country);

  const answers = await db.answer.findMany({ where: { roundId }, select: { id: true, indicator: { select: { code: true } } } });
  const codeOfAnswer = new Map(answers.map((a) => [a.id, a.indicator.code]));
  const answerWhere = { entityType: "answer", action: "answer.save", entityId: { in: answers.map((a) => a.id) } };

  const pageWhere = before === null ? answerWhere : { ...answerWhere, id: { lt: before } };
  const [statusEvents, reviews, comments, answerPage, answerChangesTotal, answerChangesNewer, transitionEvents] = await Promise.all([
    db.roundStatusEvent.findMany({ where: { roundId }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { id: true, at: true, fromStatus: true, toStatus: true, reason: true, actor: { select: { name: true } } } }),
    db.review.findMany({ where: { roundId, sentAt: { not: null }, outcome: { not: null } }, select: { id: true, sentAt: true, outcome: true, summary: true, officer: { select: { name: true } } } }),
    // Published comments only; the country's team reads those visible to the country.
    db.reviewComment.findMany({
      where: { roundId, publishedAt: { not: null }, ...(internal ? {} : { visibility: "COUNTRY" as const }) },
      select: { id: true, publishedAt: true, parentId: true, visibility: true, indicator: { select: { code: true } }, author: { select: { name: true } } },
    }),
    // One more than a page: whether an older page exists.
    db.auditEvent.findMany({ where: pageWhere, orderBy: { id: "desc" }, take: HISTORY_ANSWER_LIMIT + 1, select: { id: true, at: true, entityId: true, before: true, after: true, viaTokenId: true, actor: { select: { name: true } } } }),
    db.auditEvent.count({ where: answerWhere }),
    before === null ? Promise.resolve(0) : db.auditEvent.count({ where: { ...answerWhere, id: { gte: before } } }),
    db.auditEvent.findMany({ where: { entityType: "round", entityId: roundId, action: { in: TRANSITION_ACTIONS } }, select: { id: true } }),
  ]);

  const answerEvents = answerPage.slice(0, HISTORY_ANSWER_LIMIT);
  const hasOlder = answerPage.length > HISTORY_ANSWER_LIMIT;
  // The period this page covers: from its oldest answer change (unless it is the last page) up to the
  // newest change of the page before it (unless it is the first). The other steps of the round
  // (status changes, reviews, comments) are shown on the page of their period, so every step
  // appears on exactly one page.
  const from = hasOlder ? answerEvents[answerEvents.length - 1].at.getTime() : -Infinity;
  const until = before === null ? Infinity : await db.auditEvent.findUnique({ where: { id: before }, select: { at: true } }).then((e) => e?.at.getTime() ?? Infinity);
  const inPeriod = (at: Date | null) => at !== null && at.getTime() >= from && at.getTime() < until;

  const items: HistoryItem[] = [
    ...statusEvents.filter((e) => inPeriod(e.at)).map((e): HistoryItem => ({ type: "status", id: e.id, at: e.at.toISOString(), actorName: e.actor?.name ?? null, from: e.fromStatus, to: e.toStatus, reason: e.reason })),
    ...reviews.flatMap((r): HistoryItem[] =>
      r.sentAt && r.outcome && inPeriod(r.sentAt) ? [{ type: "review", id: r.id, at: r.sentAt.toISOString(), actorName: r.officer?.name ?? null, outcome: r.outcome, summary: r.summary }] : [],
    ),
    ...comments.flatMap((c): HistoryItem[] =>
      c.publishedAt && inPeriod(c.publishedAt)
        ? [{ type: "comment", id: c.id, at: c.publishedAt.toISOString(), actorName: c.author?.name ?? null, indicatorCode: c.indicator?.code ?? null, visibility: c.visibility, reply: c.parentId !== null }]
        : [],
    ),
    ...answerEvents.map((e): HistoryItem => ({
      type: "answer",
      id: e.id.toString(),
      at: e.at.toISOString(),
      actorName: e.actor?.name ?? null,
      indicatorCode: codeOf(e.after) ?? codeOfAnswer.get(e.entityId) ?? null,
      before: answerState(e.before),
      after: answerState(e.after) ?? { kind: null, level: null },
      // Made by a program with the person's API token, not by them in the questionnaire.
      viaApiToken: e.viaTokenId !== null,
    })),
  ];
  items.sort(historyOrder);

  // The events behind what is shown: the answer changes listed and the round's transitions.
  const ids = [...answerEvents.map((e) => e.id.toString()), ...transitionEvents.map((e) => e.id.toString())];
  const chain = await verifyAuditChain(getPool(), { ids });

  return {
    round: { id: round.id, cycle: round.cycle, status: round.status, countryName: round.country.name, countryIso2: round.country.iso2 },
    items,
    answerChangesTotal,
    answerChangesNewer,
    olderCursor: hasOlder ? answerEvents[answerEvents.length - 1].id.toString() : null,
    chain,
  };
}
