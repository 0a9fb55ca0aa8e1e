import "server-only";
// The officer review of a submitted round, modelled on code review: the assigned officer starts a
// review (submitted -> in review), comments on indicators (drafts, visible to the country or internal
// to officers), marks indicators accepted or needing change, may record a validated level with a
// reason, and sends the review as one of: request changes (the round returns to the country),
// validate (the round is locked and its scores kept as a snapshot), or comment only. Every step is
// an audit event; every status change a row of the round's history.
import { assertAdmin, assertCanOnCountry, canOnCountry, canSeeIndicatorDecision, type Actor } from "../authz";
import { recordAudit } from "../audit/service";
import { loadScoringData } from "../dashboard/round-scores";
import { getDb, getPool } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { CommentVisibility, IndicatorDecision, ReviewOutcome, RoundStatus } from "../generated/prisma/enums";
import type { LocalizedText } from "../i18n/config";
import { isUuid } from "../ids";
import { countryTeamIds, internalReaders, mailNotifications, notify, type NewNotifications } from "../notifications/service";
import { recordStatusChange } from "../rounds/history";
import { loadRoundForActor } from "../rounds/load";
import { scoreRound } from "../scoring/score";
import type { TAdminRoundAction, TIndicatorDecision, TNewComment, TReply, TSendReview } from "./schemas";

type Tx = Prisma.TransactionClient;

const REVIEWABLE: readonly RoundStatus[] = ["SUBMITTED", "IN_REVIEW"];

async function lockStatus(tx: Tx, roundId: string): Promise<RoundStatus> {
  const [row] = await tx.$queryRaw<{ status: RoundStatus }[]>`SELECT status FROM assessment_rounds WHERE id = ${roundId}::uuid FOR UPDATE`;
  if (!row) throw new AppError("NOT_FOUND", "round");
  return row.status;
}

async function openReviewOf(tx: Tx, roundId: string) {
  return tx.review.findFirst({ where: { roundId, sentAt: null }, select: { id: true, officerId: true } });
}

/** The caller's own unsent review of the round, or a clear refusal. */
async function ownOpenReview(tx: Tx, actor: Actor, roundId: string) {
  const open = await openReviewOf(tx, roundId);
  if (!open) throw new AppError("CONFLICT", "no review in progress", { details: { reason: "noReview" } });
  if (open.officerId !== actor.userId) throw new AppError("CONFLICT", "another reviewer's review", { details: { reason: "reviewInProgress" } });
  return open;
}

/** Starts (or returns the caller's unsent) review of a submitted round: submitted -> in review. */
export async function startReview(actor: Actor, roundId: string): Promise<{ reviewId: string; status: RoundStatus }> {
  const round = await loadRoundForActor(actor, roundId);
  assertCanOnCountry(actor, "round.review", round.country);
  return getDb().$transaction(async (tx) => {
    const status = await lockStatus(tx, roundId);
    const open = await openReviewOf(tx, roundId);
    if (open) {
      if (open.officerId === actor.userId) return { reviewId: open.id, status };
      throw new AppError("CONFLICT", "another reviewer's review", { details: { reason: "reviewInProgress" } });
    }
    if (!REVIEWABLE.includes(status)) throw new AppError("CONFLICT", "round not submitted", { details: { reason: "notSubmitted", status } });
    const review = await tx.review.create({ data: { roundId, officerId: actor.userId }, select: { id: true } });
    if (status === "SUBMITTED") {
      await tx.assessmentRound.update({ where: { id: roundId }, data: { status: "IN_REVIEW", version: { increment: 1 } } });
      await recordStatusChange(tx, { roundId, from: "SUBMITTED", to: "IN_REVIEW", actorId: actor.userId });
    }
    await recordAudit({ actorId: actor.userId, action: "review.start", entityType: "round", entityId: roundId, countryId: round.country.id, after: { review: review.id } }, tx);
    return { reviewId: review.id, status: "IN_REVIEW" as const };
  });
}

async function indicatorOfRound(tx: Tx, frameworkVersionId: string, indicatorId: string) {
  if (!isUuid(indicatorId)) throw new AppError("NOT_FOUND", "indicator");
  const indicator = await tx.indicator.findFirst({ where: { id: indicatorId, frameworkVersionId }, select: { id: true, code: true } });
  if (!indicator) throw new AppError("NOT_FOUND", "indicator");
  return indicator;
}

/** A draft comment of the caller's review, on the round or one indicator; published when the review is sent. */
export async function addReviewComment(actor: Actor, roundId: string, input: TNewComment): Promise<{ id: string }> {
  const round = await loadRoundForActor(actor, roundId);
  assertCanOnCountry(actor, "round.review", round.country);
  return getDb().$transaction(async (tx) => {
    await lockStatus(tx, roundId);
    const review = await ownOpenReview(tx, actor, roundId);
    const indicator = input.indicatorId === null ? null : await indicatorOfRound(tx, round.frameworkVersionId, input.indicatorId);
    const comment = await tx.reviewComment.create({
      data: { roundId, indicatorId: indicator?.id ?? null, authorId: actor.userId, body: input.body, visibility: input.visibility, reviewId: review.id },
      select: { id: true },
    });
    await recordAudit(
      { actorId: actor.userId, action: "review.comment", entityType: "comment", entityId: comment.id, countryId: round.country.id, after: { round: roundId, indicator: indicator?.code ?? null, visibility: input.visibility, draft: true } },
      tx,
    );
    return comment;
  });
}

/** The thread a comment belongs to (its root), if the actor may read it; otherwise NOT_FOUND. */
async function readableThread(actor: Actor, commentId: string) {
  if (!isUuid(commentId)) throw new AppError("NOT_FOUND", "comment");
  const comment = await getDb().reviewComment.findUnique({
    where: { id: commentId },
    select: {
      id: true,
      parentId: true,
      round: { select: { id: true, cycle: true, status: true, country: { select: { id: true, programmeRegionId: true } } } },
    },
  });
  if (!comment) throw new AppError("NOT_FOUND", "comment");
  const rootId = comment.parentId ?? comment.id;
  const root = await getDb().reviewComment.findUniqueOrThrow({
    where: { id: rootId },
    select: { id: true, indicatorId: true, visibility: true, publishedAt: true, authorId: true, status: true },
  });
  const country = comment.round.country;
  if (!canOnCountry(actor, "country.view", country)) throw new AppError("FORBIDDEN");
  // An internal thread, or someone else's draft, does not exist for those who may not read it.
  if (root.visibility === "INTERNAL" && !canOnCountry(actor, "comment.internal", country)) throw new AppError("NOT_FOUND", "comment");
  if (root.publishedAt === null && root.authorId !== actor.userId) throw new AppError("NOT_FOUND", "comment");
  return { root, round: comment.round, country };
}

/** A reply in a comment's thread, published at once, with the thread's visibility. */
export async function replyToComment(actor: Actor, commentId: string, input: TReply): Promise<{ id: string }> {
  const { root, round, country } = await readableThread(actor, commentId);
  assertCanOnCountry(actor, "comment.reply", country);
  if (root.publishedAt === null) throw new AppError("CONFLICT", "draft comment", { details: { reason: "draft" } });
  // Who hears of the reply: the thread's participants and, when a reviewer answers a thread the
  // country sees, the country's focal points. An internal thread reaches only those who may read it.
  const participants = await getDb().reviewComment.findMany({ where: { OR: [{ id: root.id }, { parentId: root.id }], authorId: { not: null } }, select: { authorId: true }, distinct: ["authorId"] });
  let recipients = participants.flatMap((p) => (p.authorId ? [p.authorId] : []));
  if (root.visibility === "COUNTRY" && canOnCountry(actor, "round.review", country)) {
    const focal = await getDb().membership.findMany({ where: { countryId: country.id, role: "FOCAL_POINT", user: { disabledAt: null } }, select: { userId: true } });
    recipients.push(...focal.map((f) => f.userId));
  }
  if (root.visibility === "INTERNAL") recipients = await internalReaders(recipients, country);
  const indicator = root.indicatorId ? await getDb().indicator.findUnique({ where: { id: root.indicatorId }, select: { code: true } }) : null;
  const note = { kind: "COMMENT_REPLIED" as const, roundId: round.id, countryId: country.id, data: { cycle: round.cycle, indicatorCode: indicator?.code ?? null, commentId: root.id } };
  const { reply, notified } = await getDb().$transaction(async (tx) => {
    const reply = await tx.reviewComment.create({
      data: { roundId: round.id, indicatorId: root.indicatorId, parentId: root.id, authorId: actor.userId, body: input.body, visibility: root.visibility, publishedAt: new Date() },
      select: { id: true },
    });
    await recordAudit({ actorId: actor.userId, action: "comment.reply", entityType: "comment", entityId: reply.id, countryId: country.id, after: { thread: root.id, visibility: root.visibility } }, tx);
    const notified = await notify(tx, { ...note, actorId: actor.userId, recipients });
    return { reply, notified };
  });
  await mailNotifications(note, notified);
  return reply;
}

/** Resolves (or reopens) a thread: the round's reviewers. */
export async function setThreadResolved(actor: Actor, commentId: string, resolved: boolean): Promise<{ status: "OPEN" | "RESOLVED" }> {
  const { root, country } = await readableThread(actor, commentId);
  assertCanOnCountry(actor, "round.review", country);
  const status = resolved ? "RESOLVED" : "OPEN";
  await getDb().$transaction(async (tx) => {
    await tx.reviewComment.update({ where: { id: root.id }, data: { status, resolvedAt: resolved ? new Date() : null, resolvedById: resolved ? actor.userId : null } });
    await recordAudit({ actorId: actor.userId, action: resolved ? "comment.resolve" : "comment.reopen", entityType: "comment", entityId: root.id, countryId: country.id, before: { status: root.status }, after: { status } }, tx);
  });
  return { status };
}

/** The answer's version and a signature of its evidence, per indicator of round $1 (stale acceptances). */
const ANSWER_STATES_SQL = `SELECT a.indicator_id, a.version, coalesce(md5(string_agg(e.id::text, ',' ORDER BY e.id)), '') AS evidence
    FROM answers a LEFT JOIN evidence_items e ON e.answer_id = a.id
    WHERE a.round_id = $1::uuid
    GROUP BY a.id`;

async function answerStates(db: Pick<Tx, "$queryRawUnsafe">, roundId: string): Promise<Map<string, { version: number; evidence: string }>> {
  const rows = await db.$queryRawUnsafe<{ indicator_id: string; version: number; evidence: string }[]>(ANSWER_STATES_SQL, roundId);
  return new Map(rows.map((r) => [r.indicator_id, { version: r.version, evidence: r.evidence }]));
}

/** The reviewer's verdict on one indicator, and a validated level (with its reason) where it differs. */
export async function decideIndicator(actor: Actor, roundId: string, indicatorId: string, input: TIndicatorDecision): Promise<{ decision: IndicatorDecision | null; validatedLevel: number | null }> {
  const round = await loadRoundForActor(actor, roundId);
  assertCanOnCountry(actor, "round.review", round.country);
  return getDb().$transaction(async (tx) => {
    await lockStatus(tx, roundId);
    await ownOpenReview(tx, actor, roundId);
    const indicator = await indicatorOfRound(tx, round.frameworkVersionId, indicatorId);
    const state = (await answerStates(tx, roundId)).get(indicator.id) ?? { version: 0, evidence: "" };
    const before = await tx.indicatorReview.findUnique({ where: { roundId_indicatorId: { roundId, indicatorId: indicator.id } }, select: { decision: true, validatedLevel: true, validatedReason: true } });
    const data = {
      decision: input.decision,
      validatedLevel: input.validatedLevel,
      validatedReason: input.validatedLevel === null ? null : input.validatedReason,
      answerVersion: state.version,
      evidenceSignature: state.evidence,
      decidedById: actor.userId,
      decidedAt: new Date(),
    };
    await tx.indicatorReview.upsert({ where: { roundId_indicatorId: { roundId, indicatorId: indicator.id } }, create: { roundId, indicatorId: indicator.id, ...data }, update: data });
    await recordAudit(
      {
        actorId: actor.userId,
        action: "review.decide",
        entityType: "round",
        entityId: roundId,
        countryId: round.country.id,
        before: before ?? undefined,
        after: { indicator: indicator.code, decision: input.decision, validatedLevel: input.validatedLevel, validatedReason: data.validatedReason },
      },
      tx,
    );
    return { decision: input.decision, validatedLevel: input.validatedLevel };
  });
}

/**
 * Sends the caller's review: its draft comments are published together, and the round moves as the
 * outcome says (request changes: to the country; validate: locked, scores kept with the scoring
 * method's version; comment only: stays in review).
 */
export async function sendReview(actor: Actor, roundId: string, input: TSendReview): Promise<{ status: RoundStatus; outcome: ReviewOutcome }> {
  const round = await loadRoundForActor(actor, roundId);
  assertCanOnCountry(actor, "round.review", round.country);
  const sent = await getDb().$transaction(async (tx) => {
    const status = await lockStatus(tx, roundId);
    const review = await ownOpenReview(tx, actor, roundId);
    if (status !== "IN_REVIEW") throw new AppError("CONFLICT", "round not in review", { details: { reason: "notInReview", status } });
    const now = new Date();
    const published = await tx.reviewComment.updateMany({ where: { reviewId: review.id, publishedAt: null }, data: { publishedAt: now } });
    await tx.review.update({ where: { id: review.id }, data: { sentAt: now, outcome: input.outcome, summary: input.summary } });
    const to: RoundStatus = input.outcome === "REQUEST_CHANGES" ? "CHANGES_REQUESTED" : input.outcome === "VALIDATE" ? "VALIDATED" : "IN_REVIEW";
    if (to !== status) {
      await tx.assessmentRound.update({ where: { id: roundId }, data: { status: to, version: { increment: 1 }, ...(to === "VALIDATED" ? { validatedAt: now } : {}) } });
      await recordStatusChange(tx, { roundId, from: status, to, actorId: actor.userId, reason: input.summary });
    }
    if (to === "VALIDATED") {
      const scoring = await loadScoringData(tx, round, { levels: "validated" });
      const scores = scoreRound(scoring.input);
      // Plain JSON (the result holds only arrays, numbers, strings and nulls).
      const snapshot = { methodVersion: scores.methodVersion, scores: JSON.parse(JSON.stringify(scores)) as Prisma.InputJsonValue };
      await tx.roundScoreSnapshot.upsert({ where: { roundId }, create: { roundId, ...snapshot }, update: { ...snapshot, createdAt: now } });
    }
    await recordAudit(
      { actorId: actor.userId, action: "review.send", entityType: "round", entityId: roundId, countryId: round.country.id, before: { status }, after: { status: to, outcome: input.outcome, review: review.id, comments: published.count } },
      tx,
    );
    // The country's team hears of the outcome.
    const note: Omit<NewNotifications, "recipients" | "actorId"> = {
      kind: input.outcome === "REQUEST_CHANGES" ? "CHANGES_REQUESTED" : input.outcome === "VALIDATE" ? "ROUND_VALIDATED" : "REVIEW_SENT",
      roundId,
      countryId: round.country.id,
      data: { cycle: round.cycle, iso2: round.country.iso2 },
    };
    const notified = await notify(tx, { ...note, actorId: actor.userId, recipients: await countryTeamIds(tx, round.country.id) });
    return { result: { status: to, outcome: input.outcome }, note, notified };
  });
  await mailNotifications(sent.note, sent.notified);
  return sent.result;
}

/** An administrator reopens a validated round (it returns to the country) or archives it, with a reason. */
export async function reopenOrArchiveRound(actor: Actor, roundId: string, action: "reopen" | "archive", input: TAdminRoundAction): Promise<{ status: RoundStatus }> {
  assertAdmin(actor);
  const round = await loadRoundForActor(actor, roundId);
  return getDb().$transaction(async (tx) => {
    const status = await lockStatus(tx, roundId);
    if (status !== "VALIDATED") throw new AppError("CONFLICT", "round not validated", { details: { reason: "notValidated", status } });
    const to: RoundStatus = action === "reopen" ? "CHANGES_REQUESTED" : "ARCHIVED";
    const now = new Date();
    await tx.assessmentRound.update({
      where: { id: roundId },
      data: action === "reopen" ? { status: to, validatedAt: null, version: { increment: 1 } } : { status: to, archivedAt: now, version: { increment: 1 } },
    });
    // A reopened round is validated afresh; its snapshot goes with the old validation.
    if (action === "reopen") await tx.roundScoreSnapshot.deleteMany({ where: { roundId } });
    await recordStatusChange(tx, { roundId, from: status, to, actorId: actor.userId, reason: input.reason });
    await recordAudit({ actorId: actor.userId, action: `round.${action}`, entityType: "round", entityId: roundId, countryId: round.country.id, before: { status }, after: { status: to, reason: input.reason } }, tx);
    return { status: to };
  });
}

// ---------------------------------------------------------------------------------------------
// Reading a round's review: what each reader may see.
// ---------------------------------------------------------------------------------------------

interface RoundReviewRow {
  reviews: { id: string; officerId: string | null; startedAt: string; sentAt: string | null; outcome: ReviewOutcome | null; summary: string | null; officerName: string | null }[];
  comments: { id: string; parentId: string | null; indicatorId: string | null; authorId: string | null; body: string; visibility: CommentVisibility; status: "OPEN" | "RESOLVED"; publishedAt: string | null; createdAt: string; authorName: string | null }[];
  decisions: { indicatorId: string; decision: IndicatorDecision | null; validatedLevel: number | null; validatedReason: string | null; answerVersion: number; evidenceSignature: string; decidedAt: string }[];
  states: [string, number, string][];
}

export interface CommentView {
  id: string;
  indicatorId: string | null;
  authorId: string | null;
  authorName: string | null;
  body: string;
  visibility: CommentVisibility;
  status: "OPEN" | "RESOLVED";
  draft: boolean;
  createdAt: string;
  replies: Omit<CommentView, "replies">[];
}

export interface DecisionView {
  indicatorId: string;
  decision: IndicatorDecision | null;
  validatedLevel: number | null;
  validatedReason: string | null;
  /** An acceptance whose answer or evidence changed after it. */
  stale: boolean;
  decidedAt: string;
}

export interface RoundReview {
  status: RoundStatus;
  /** Whether the reader is a reviewer of this round (sees internal comments and drafts of theirs). */
  reviewer: boolean;
  openReview: { id: string; officerId: string | null; mine: boolean; startedAt: string } | null;
  sent: { id: string; outcome: ReviewOutcome; summary: string | null; sentAt: string; officerName: string | null }[];
  threads: CommentView[];
  decisions: DecisionView[];
  /** Indicators the country is asked to revisit (needs change in a sent review). */
  revisit: string[];
}

/** Only a round back with the country (changes requested) has indicators to revisit. */
export function mayHaveIndicatorsToRevisit(status: RoundStatus): boolean {
  return status === "CHANGES_REQUESTED";
}

/**
 * The indicators the country is asked to revisit (needs change in a sent review), in framework
 * order, while the round is back with the country: for the round page and the questionnaire.
 */
export async function listIndicatorsToRevisit(actor: Actor, roundId: string): Promise<{ code: string; pillarCode: string; title: LocalizedText }[]> {
  const round = await loadRoundForActor(actor, roundId);
  if (!mayHaveIndicatorsToRevisit(round.status)) return [];
  const reviewer = canOnCountry(actor, "round.review", round.country);
  const db = getDb();
  const [last, rows] = await Promise.all([
    db.review.findFirst({ where: { roundId, sentAt: { not: null } }, orderBy: { sentAt: "desc" }, select: { sentAt: true } }),
    db.indicatorReview.findMany({
      where: { roundId, decision: "NEEDS_CHANGE" },
      select: { decidedAt: true, indicator: { select: { code: true, title: true, position: true, pillar: { select: { code: true, position: true } } } } },
    }),
  ]);
  return rows
    .filter((r) => canSeeIndicatorDecision(reviewer, r.decidedAt, last?.sentAt ?? null))
    .sort((a, b) => a.indicator.pillar.position - b.indicator.pillar.position || a.indicator.position - b.indicator.position)
    .map((r) => ({ code: r.indicator.code, pillarCode: r.indicator.pillar.code, title: r.indicator.title as LocalizedText }));
}

/**
 * A round's review as the reader may see it. The country's team sees published comments visible to
 * the country (never internal ones, never drafts), and the decisions of sent reviews; reviewers see
 * everything but other reviewers' drafts.
 */
export async function getRoundReview(actor: Actor, roundId: string): Promise<RoundReview> {
  const round = await loadRoundForActor(actor, roundId);
  const reviewer = canOnCountry(actor, "round.review", round.country);
  const internal = canOnCountry(actor, "comment.internal", round.country);
  // The reviews, the comments this reader may see, the decisions and the answers' states in one
  // named statement (prepared once per connection) instead of four reads through Prisma. Comments:
  // internal ones only for those who may read them ($2), drafts only their author's ($3).
  const {
    rows: [row],
  } = await getPool().query<RoundReviewRow>({
    name: "review.round",
    text: `SELECT COALESCE((SELECT json_agg(json_build_object('id', v.id, 'officerId', v.officer_id, 'startedAt', v.started_at, 'sentAt', v.sent_at,
                      'outcome', v.outcome, 'summary', v.summary, 'officerName', u.name) ORDER BY v.started_at)
                    FROM reviews v LEFT JOIN users u ON u.id = v.officer_id WHERE v.round_id = $1::uuid), '[]') AS reviews,
                  COALESCE((SELECT json_agg(json_build_object('id', c.id, 'parentId', c.parent_id, 'indicatorId', c.indicator_id, 'authorId', c.author_id,
                      'body', c.body, 'visibility', c.visibility, 'status', c.status, 'publishedAt', c.published_at, 'createdAt', c.created_at, 'authorName', u.name)
                      ORDER BY c.created_at, c.id)
                    FROM review_comments c LEFT JOIN users u ON u.id = c.author_id
                   WHERE c.round_id = $1::uuid AND ($2::boolean OR c.visibility = 'COUNTRY') AND (c.published_at IS NOT NULL OR c.author_id = $3::uuid)), '[]') AS comments,
                  COALESCE((SELECT json_agg(json_build_object('indicatorId', d.indicator_id, 'decision', d.decision, 'validatedLevel', d.validated_level,
                      'validatedReason', d.validated_reason, 'answerVersion', d.answer_version, 'evidenceSignature', d.evidence_signature, 'decidedAt', d.decided_at))
                    FROM indicator_reviews d WHERE d.round_id = $1::uuid), '[]') AS decisions,
                  COALESCE((SELECT json_agg(json_build_array(s.indicator_id, s.version, s.evidence)) FROM (${ANSWER_STATES_SQL}) s), '[]') AS states`,
    values: [round.id, internal, actor.userId],
  });
  // JSON carries timestamps as text: back to dates.
  const date = (value: string) => new Date(value);
  const reviews = row.reviews.map((r) => ({ ...r, startedAt: date(r.startedAt), sentAt: r.sentAt === null ? null : date(r.sentAt) }));
  const { comments } = row;
  const decisions = row.decisions.map((d) => ({ ...d, decidedAt: date(d.decidedAt) }));
  const states = new Map(row.states.map(([indicatorId, version, evidence]) => [indicatorId, { version, evidence }]));
  const lastSent = reviews.filter((r) => r.sentAt !== null).at(-1)?.sentAt ?? null;
  const open = reviews.find((r) => r.sentAt === null) ?? null;
  // The country reads the decisions of reviews that were sent; reviewers read them as they are taken.
  const visibleDecisions = decisions.filter((d) => canSeeIndicatorDecision(reviewer, d.decidedAt, lastSent));

  const view = (c: (typeof comments)[number]): Omit<CommentView, "replies"> => ({
    id: c.id,
    indicatorId: c.indicatorId,
    authorId: c.authorId,
    authorName: c.authorName,
    body: c.body,
    visibility: c.visibility,
    status: c.status,
    draft: c.publishedAt === null,
    createdAt: date(c.createdAt).toISOString(),
  });
  const roots = comments.filter((c) => c.parentId === null);
  const threads: CommentView[] = roots.map((root) => ({ ...view(root), replies: comments.filter((c) => c.parentId === root.id).map(view) }));

  return {
    status: round.status,
    reviewer,
    openReview: open ? { id: open.id, officerId: open.officerId, mine: open.officerId === actor.userId, startedAt: open.startedAt.toISOString() } : null,
    sent: reviews.flatMap((r) => (r.sentAt && r.outcome ? [{ id: r.id, outcome: r.outcome, summary: r.summary, sentAt: r.sentAt.toISOString(), officerName: r.officerName }] : [])),
    threads,
    decisions: visibleDecisions.map((d) => {
      const now = states.get(d.indicatorId) ?? { version: 0, evidence: "" };
      return {
        indicatorId: d.indicatorId,
        decision: d.decision,
        validatedLevel: d.validatedLevel,
        validatedReason: d.validatedReason,
        stale: d.decision === "ACCEPTED" && (now.version !== d.answerVersion || now.evidence !== d.evidenceSignature),
        decidedAt: d.decidedAt.toISOString(),
      };
    }),
    revisit: visibleDecisions.filter((d) => d.decision === "NEEDS_CHANGE").map((d) => d.indicatorId),
  };
}
