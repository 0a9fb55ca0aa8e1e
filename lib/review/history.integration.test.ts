import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { saveAnswer } from "../answers/service";
import { getDb } from "../db";
import { cancelRound, submitRound } from "../rounds/service";
import { makeOpenRound, makeUser } from "../testing/fixtures";
import { getRoundHistory, HISTORY_ANSWER_LIMIT } from "./history";
import { addReviewComment, decideIndicator, sendReview, startReview } from "./service";

const clients: pg.Client[] = [];
afterAll(async () => {
  await Promise.all(clients.map((c) => c.end()));
});

/** A submitted round of the country with every indicator answered at level 2 (through the service, so audited). */
async function submittedRound(iso2: string) {
  const round = await makeOpenRound(iso2, "DRAFT");
  const focal = await makeUser({ memberOf: { iso2, role: "FOCAL_POINT" } });
  const indicators = await getDb().indicator.findMany({ where: { frameworkVersion: { status: "PUBLISHED" } }, select: { id: true, code: true }, orderBy: { code: "asc" } });
  for (const i of indicators) await saveAnswer(focal, round.id, i.id, { version: 0, answer: { kind: "LEVEL", level: 2, notApplicableReason: null, justification: null, targetOverride: null } });
  await submitRound(focal, round.id, { version: round.version });
  return { round, indicators, focal };
}

describe("a round's history", () => {
  it("lists status changes, reviews, comments and answer changes in time order, without internal items for the country", async () => {
    const { round, indicators, focal } = await submittedRound("MR");
    const [a, b] = indicators;
    const officer = await makeUser({ officerOfCountry: "MR" });
    await startReview(officer, round.id);
    await addReviewComment(officer, round.id, { indicatorId: a.id, body: "Attach the decree.", visibility: "COUNTRY" });
    await addReviewComment(officer, round.id, { indicatorId: b.id, body: "Internal doubt.", visibility: "INTERNAL" });
    // A draft of an unsent review is no part of the history yet.
    expect((await getRoundHistory(officer, round.id)).items.filter((i) => i.type === "comment")).toEqual([]);
    await decideIndicator(officer, round.id, a.id, { decision: "NEEDS_CHANGE", validatedLevel: null, validatedReason: null });
    await sendReview(officer, round.id, { outcome: "REQUEST_CHANGES", summary: "One point." });
    const answer = await getDb().answer.findFirstOrThrow({ where: { roundId: round.id, indicatorId: a.id }, select: { version: true } });
    await saveAnswer(focal, round.id, a.id, { version: answer.version, answer: { kind: "DONT_KNOW", level: null, notApplicableReason: null, justification: null, targetOverride: null } });

    const forOfficer = await getRoundHistory(officer, round.id);
    const steps = forOfficer.items.map((i) => {
      if (i.type === "status") return `status:${i.from ?? "-"}>${i.to}`;
      if (i.type === "review") return `review:${i.outcome}`;
      if (i.type === "comment") return `comment:${i.indicatorCode}:${i.visibility}`;
      return `answer:${i.indicatorCode}:${i.before?.kind ?? "-"}${i.before?.level ?? ""}>${i.after.kind}${i.after.level ?? ""}`;
    });
    // Every indicator's first save, then the submission, the review, the change of the commented answer.
    expect(steps.slice(0, indicators.length).every((s) => s.startsWith("answer:") && s.endsWith(":->LEVEL2"))).toBe(true);
    expect(steps.slice(indicators.length)).toEqual([
      "status:DRAFT>SUBMITTED",
      "status:SUBMITTED>IN_REVIEW",
      "review:REQUEST_CHANGES",
      `comment:${a.code}:COUNTRY`,
      `comment:${b.code}:INTERNAL`,
      "status:IN_REVIEW>CHANGES_REQUESTED",
      `answer:${a.code}:LEVEL2>DONT_KNOW`,
    ]);
    expect(forOfficer.items.find((i) => i.type === "review")).toMatchObject({ summary: "One point.", actorName: officer.name });
    const times = forOfficer.items.map((i) => i.at);
    expect([...times].sort()).toEqual(times);
    expect(forOfficer.answerChangesTotal).toBe(indicators.length + 1);
    expect(forOfficer.chain).toMatchObject({ ok: true, firstBroken: null });
    // The chain check covers the answer changes shown and the round's transitions.
    expect(forOfficer.chain.checked).toBe(indicators.length + 1 + 3);

    const forCountry = await getRoundHistory(focal, round.id);
    expect(forCountry.items.filter((i) => i.type === "comment").map((i) => i.type === "comment" && i.visibility)).toEqual(["COUNTRY"]);
    expect(JSON.stringify(forCountry)).not.toContain("INTERNAL");
    expect(forCountry.items).toHaveLength(forOfficer.items.length - 1);
  });

  it("refuses another country's team and officers elsewhere, and does not know an unknown round", async () => {
    const { round } = await submittedRound("LR");
    const otherFocal = await makeUser({ memberOf: { iso2: "SL", role: "FOCAL_POINT" } });
    const elsewhere = await makeUser({ officerOfRegion: "CAM" });
    for (const actor of [otherFocal, elsewhere]) await expect(getRoundHistory(actor, round.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getRoundHistory(otherFocal, "0190a0a0-0000-7000-8000-000000000000")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getRoundHistory(otherFocal, "not-a-uuid")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const admin = await makeUser({ isAdmin: true });
    await expect(getRoundHistory(admin, round.id)).resolves.toMatchObject({ chain: { ok: true } });
  });

  it("reports a broken chain when an answer change was edited in SQL", async () => {
    const { round, focal } = await submittedRound("GM");
    const history = await getRoundHistory(focal, round.id);
    const target = history.items.find((i) => i.type === "answer");
    if (!target) throw new Error("no answer change");
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    clients.push(client);
    // Bypasses the append-only trigger, as someone with direct access to the database would.
    await client.query("SET session_replication_role = replica");
    const { rows } = await client.query<{ after: unknown }>("SELECT after FROM audit_events WHERE id = $1", [target.id]);
    await client.query(`UPDATE audit_events SET after = jsonb_set(after, '{level}', '4') WHERE id = $1`, [target.id]);
    try {
      expect((await getRoundHistory(focal, round.id)).chain).toEqual({ ok: false, checked: expect.any(Number), firstBroken: { id: target.id, reason: "CONTENT_CHANGED" } });
    } finally {
      await client.query("UPDATE audit_events SET after = $2 WHERE id = $1", [target.id, JSON.stringify(rows[0].after)]);
    }
    expect((await getRoundHistory(focal, round.id)).chain.ok).toBe(true);
  });

  it("pages the answer changes, newest first; every step is on exactly one page, with the others of its period", async () => {
    const round = await makeOpenRound("ST", "DRAFT");
    const focal = await makeUser({ memberOf: { iso2: "ST", role: "FOCAL_POINT" } });
    const [indicator] = await getDb().indicator.findMany({ where: { frameworkVersion: { status: "PUBLISHED" } }, select: { id: true }, orderBy: { code: "asc" }, take: 1 });
    const answer = (level: number) => ({ kind: "LEVEL" as const, level, notApplicableReason: null, justification: null, targetOverride: null });
    // A page and a few more saves, then the cancellation (a status step newer than every save).
    const saves = HISTORY_ANSWER_LIMIT + 5;
    for (let v = 0; v < saves; v++) await saveAnswer(focal, round.id, indicator.id, { version: v, answer: answer(v % 5) });
    await cancelRound(focal, round.id, { reason: "Opened by mistake" });

    const first = await getRoundHistory(focal, round.id);
    const firstAnswers = first.items.filter((i) => i.type === "answer");
    expect([first.answerChangesTotal, first.answerChangesNewer, firstAnswers.length]).toEqual([saves, 0, HISTORY_ANSWER_LIMIT]);
    expect(first.items.some((i) => i.type === "status" && i.to === "ARCHIVED")).toBe(true);
    expect(first.olderCursor).toBe(firstAnswers[0].id);

    const second = await getRoundHistory(focal, round.id, { answersBefore: first.olderCursor });
    const secondAnswers = second.items.filter((i) => i.type === "answer");
    expect([second.answerChangesNewer, secondAnswers.length, second.olderCursor]).toEqual([HISTORY_ANSWER_LIMIT, 5, null]);
    expect(second.items.some((i) => i.type === "status" && i.to === "ARCHIVED")).toBe(false);
    // Together, the pages hold every change once; the levels read back in the order they were saved.
    const ids = [...secondAnswers, ...firstAnswers].map((i) => BigInt(i.id));
    expect(new Set(ids).size).toBe(saves);
    expect([...ids].sort((x, y) => (x < y ? -1 : 1))).toEqual(ids);
    expect(second.chain.ok).toBe(true);
    // A cursor that is not an event id is the first page, not an error.
    expect((await getRoundHistory(focal, round.id, { answersBefore: "1; DROP TABLE answers" })).answerChangesNewer).toBe(0);
  });
});
