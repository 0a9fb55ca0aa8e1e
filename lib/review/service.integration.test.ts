import { describe, expect, it } from "vitest";
import { saveAnswer } from "../answers/service";
import { getDb } from "../db";
import { submitRound } from "../rounds/service";
import { makeOpenRound, makeUser } from "../testing/fixtures";
import { addReviewComment, decideIndicator, getRoundReview, reopenOrArchiveRound, replyToComment, sendReview, setThreadResolved, startReview } from "./service";

/** A submitted round of the country with every indicator answered at level 2. */
async function submittedRound(iso2: string) {
  const round = await makeOpenRound(iso2, "SUBMITTED");
  const indicators = await getDb().indicator.findMany({ where: { frameworkVersion: { status: "PUBLISHED" } }, select: { id: true, code: true }, orderBy: { code: "asc" } });
  await getDb().answer.createMany({ data: indicators.map((i) => ({ roundId: round.id, indicatorId: i.id, kind: "LEVEL" as const, level: 2 })) });
  return { round, indicators };
}

async function historyOf(roundId: string) {
  return (await getDb().roundStatusEvent.findMany({ where: { roundId }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { fromStatus: true, toStatus: true } })).map((e) => `${e.fromStatus ?? "-"}>${e.toStatus}`);
}

describe("the officer review", () => {
  it("runs a round from submission through changes requested to validation, and the country sees only what is meant for it", async () => {
    const { round, indicators } = await submittedRound("KZ");
    const [a, b] = indicators;
    const focal = await makeUser({ memberOf: { iso2: "KZ", role: "FOCAL_POINT" } });
    const officer = await makeUser({ officerOfCountry: "KZ" });

    const started = await startReview(officer, round.id);
    expect(started.status).toBe("IN_REVIEW");
    // Starting again returns the same review.
    expect((await startReview(officer, round.id)).reviewId).toBe(started.reviewId);

    const visible = await addReviewComment(officer, round.id, { indicatorId: a.id, body: "Please attach the unit's mandate.", visibility: "COUNTRY" });
    const internal = await addReviewComment(officer, round.id, { indicatorId: b.id, body: "Internal: the level looks generous.", visibility: "INTERNAL" });
    await decideIndicator(officer, round.id, a.id, { decision: "NEEDS_CHANGE", validatedLevel: null, validatedReason: null });
    await decideIndicator(officer, round.id, b.id, { decision: "ACCEPTED", validatedLevel: null, validatedReason: null });

    // Drafts: the country sees nothing yet, the officer sees their drafts.
    const before = await getRoundReview(focal, round.id);
    expect(before).toMatchObject({ reviewer: false, threads: [], decisions: [], revisit: [] });
    const own = await getRoundReview(officer, round.id);
    expect(own.threads.map((t) => [t.id, t.draft])).toEqual([
      [visible.id, true],
      [internal.id, true],
    ]);
    await expect(replyToComment(focal, visible.id, { body: "?" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    await expect(sendReview(officer, round.id, { outcome: "REQUEST_CHANGES", summary: "Two points to look at." })).resolves.toEqual({ status: "CHANGES_REQUESTED", outcome: "REQUEST_CHANGES" });

    const country = await getRoundReview(focal, round.id);
    expect(country.threads.map((t) => t.id)).toEqual([visible.id]);
    expect(JSON.stringify(country)).not.toContain("Internal: the level looks generous.");
    expect(country.revisit).toEqual([a.id]);
    expect(country.sent).toMatchObject([{ outcome: "REQUEST_CHANGES", summary: "Two points to look at." }]);

    // The country answers the visible thread; the internal one does not exist for it.
    await replyToComment(focal, visible.id, { body: "Attached the decree." });
    await expect(replyToComment(focal, internal.id, { body: "What is this?" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setThreadResolved(focal, visible.id, true)).rejects.toMatchObject({ code: "FORBIDDEN" });

    // The country changes the accepted answer: the acceptance goes stale for the officer.
    const answerB = await getDb().answer.findFirstOrThrow({ where: { roundId: round.id, indicatorId: b.id } });
    await saveAnswer(focal, round.id, b.id, { version: answerB.version, answer: { kind: "LEVEL", level: 3, notApplicableReason: null, justification: null, targetOverride: null } });
    const officerView = await getRoundReview(officer, round.id);
    expect(officerView.decisions.find((d) => d.indicatorId === b.id)).toMatchObject({ decision: "ACCEPTED", stale: true });
    expect(officerView.decisions.find((d) => d.indicatorId === a.id)).toMatchObject({ decision: "NEEDS_CHANGE", stale: false });
    expect(officerView.threads[0].replies.map((r) => r.body)).toEqual(["Attached the decree."]);

    // Resubmission, a second review, validation with a validated level that differs.
    const { version } = await getDb().assessmentRound.findUniqueOrThrow({ where: { id: round.id }, select: { version: true } });
    await submitRound(focal, round.id, { version });
    await startReview(officer, round.id);
    await expect(decideIndicator(officer, round.id, a.id, { decision: "ACCEPTED", validatedLevel: 1, validatedReason: "The unit exists on paper only." })).resolves.toMatchObject({ validatedLevel: 1 });
    await setThreadResolved(officer, visible.id, true);
    await expect(sendReview(officer, round.id, { outcome: "VALIDATE", summary: null })).resolves.toEqual({ status: "VALIDATED", outcome: "VALIDATE" });

    const snapshot = await getDb().roundScoreSnapshot.findUniqueOrThrow({ where: { roundId: round.id } });
    expect(snapshot.methodVersion).toBe("1.0");
    const scores = snapshot.scores as { indicators: { code: string; level: number | null }[] };
    expect(scores.indicators.find((i) => i.code === a.code)?.level).toBe(1);
    expect(scores.indicators.find((i) => i.code === b.code)?.level).toBe(3);
    const validatedView = await getRoundReview(focal, round.id);
    expect(validatedView.decisions.find((d) => d.indicatorId === a.id)).toMatchObject({ validatedLevel: 1, validatedReason: "The unit exists on paper only." });
    expect(validatedView.threads[0].status).toBe("RESOLVED");

    expect(await historyOf(round.id)).toEqual(["SUBMITTED>IN_REVIEW", "IN_REVIEW>CHANGES_REQUESTED", "CHANGES_REQUESTED>SUBMITTED", "SUBMITTED>IN_REVIEW", "IN_REVIEW>VALIDATED"]);
    const actions = (await getDb().auditEvent.findMany({ where: { entityId: round.id, action: { startsWith: "review." } }, orderBy: { id: "asc" }, select: { action: true } })).map((e) => e.action);
    expect(actions).toEqual(["review.start", "review.decide", "review.decide", "review.send", "review.start", "review.decide", "review.send"]);
  });

  it("keeps a comment-only review in review and publishes its comments", async () => {
    const { round, indicators } = await submittedRound("UZ");
    const focal = await makeUser({ memberOf: { iso2: "UZ", role: "RESPONDENT", pillars: ["INV"] } });
    const officer = await makeUser({ officerOfCountry: "UZ" });
    await startReview(officer, round.id);
    await addReviewComment(officer, round.id, { indicatorId: indicators[0].id, body: "Looks right.", visibility: "COUNTRY" });
    await expect(sendReview(officer, round.id, { outcome: "COMMENT", summary: null })).resolves.toEqual({ status: "IN_REVIEW", outcome: "COMMENT" });
    expect((await getRoundReview(focal, round.id)).threads.map((t) => [t.body, t.draft])).toEqual([["Looks right.", false]]);
    // The next pass starts from the same status.
    await expect(startReview(officer, round.id)).resolves.toMatchObject({ status: "IN_REVIEW" });
  });

  it("refuses everyone who is not a reviewer of the round", async () => {
    const { round, indicators } = await submittedRound("TM");
    const focal = await makeUser({ memberOf: { iso2: "TM", role: "FOCAL_POINT" } });
    const elsewhere = await makeUser({ officerOfRegion: "CAM" });
    const otherCountry = await makeUser({ memberOf: { iso2: "KG", role: "FOCAL_POINT" } });
    for (const actor of [focal, elsewhere, otherCountry]) await expect(startReview(actor, round.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    for (const actor of [elsewhere, otherCountry]) await expect(getRoundReview(actor, round.id)).rejects.toMatchObject({ code: "FORBIDDEN" });

    const first = await makeUser({ officerOfCountry: "TM" });
    const second = await makeUser({ officerOfCountry: "TM" });
    await startReview(first, round.id);
    await expect(startReview(second, round.id)).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "reviewInProgress" } });
    await expect(addReviewComment(second, round.id, { indicatorId: null, body: "x", visibility: "COUNTRY" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(decideIndicator(second, round.id, indicators[0].id, { decision: "ACCEPTED", validatedLevel: null, validatedReason: null })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(sendReview(second, round.id, { outcome: "VALIDATE", summary: null })).rejects.toMatchObject({ code: "CONFLICT" });
    // An indicator of no round, and a draft of someone else, do not exist for them.
    await expect(addReviewComment(first, round.id, { indicatorId: "0190a0a0-0000-7000-8000-000000000000", body: "x", visibility: "COUNTRY" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const draft = await addReviewComment(first, round.id, { indicatorId: null, body: "draft", visibility: "COUNTRY" });
    expect((await getRoundReview(second, round.id)).threads.map((t) => t.id)).not.toContain(draft.id);
  });

  it("lets only an administrator reopen or archive a validated round, with a reason", async () => {
    const { round } = await submittedRound("TJ");
    const officer = await makeUser({ officerOfCountry: "TJ" });
    const admin = await makeUser({ isAdmin: true });
    await startReview(officer, round.id);
    await sendReview(officer, round.id, { outcome: "VALIDATE", summary: "Well documented." });
    await expect(reopenOrArchiveRound(officer, round.id, "reopen", { reason: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(reopenOrArchiveRound(admin, round.id, "reopen", { reason: "The ministry sent corrections." })).resolves.toEqual({ status: "CHANGES_REQUESTED" });
    expect(await getDb().roundScoreSnapshot.count({ where: { roundId: round.id } })).toBe(0);
    expect((await getDb().assessmentRound.findUniqueOrThrow({ where: { id: round.id } })).validatedAt).toBeNull();
    await expect(reopenOrArchiveRound(admin, round.id, "archive", { reason: "x" })).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "notValidated" } });
    const events = await getDb().roundStatusEvent.findMany({ where: { roundId: round.id, toStatus: "CHANGES_REQUESTED" }, select: { reason: true, actorId: true } });
    expect(events).toEqual([{ reason: "The ministry sent corrections.", actorId: admin.userId }]);
  });
});
