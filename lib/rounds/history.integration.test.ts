import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { indicatorOf, makeUser } from "../testing/fixtures";
import { saveAnswer } from "../answers/service";
import { cancelRound, openRound, submitRound } from "./service";

async function historyOf(roundId: string) {
  return getDb().roundStatusEvent.findMany({ where: { roundId }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { fromStatus: true, toStatus: true, actorId: true, reason: true } });
}

describe("round status history", () => {
  it("records the opening, each submission and the cancellation, with who and why", async () => {
    const focal = await makeUser({ memberOf: { iso2: "BO", role: "FOCAL_POINT" } });
    const db = getDb();
    // One open round per country: close any left by another test of LU.
    await db.assessmentRound.updateMany({ where: { country: { iso2: "BO" }, status: { in: ["DRAFT", "SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED"] } }, data: { status: "ARCHIVED" } });
    const { id } = await openRound(focal, "BO", { cycle: "2031", targets: {} });
    const indicators = await db.indicator.findMany({ where: { frameworkVersion: { status: "PUBLISHED" } }, select: { id: true } });
    for (const i of indicators) await saveAnswer(focal, id, i.id, { version: 0, answer: { kind: "LEVEL", level: 2, notApplicableReason: null, justification: null, targetOverride: null } });
    const { version } = await db.assessmentRound.findUniqueOrThrow({ where: { id }, select: { version: true } });
    await submitRound(focal, id, { version });
    // Changes requested (issue 13 will move it through the review), then the focal point cancels.
    await db.assessmentRound.update({ where: { id }, data: { status: "CHANGES_REQUESTED" } });
    await db.roundStatusEvent.create({ data: { roundId: id, fromStatus: "SUBMITTED", toStatus: "CHANGES_REQUESTED" } });
    await cancelRound(focal, id, { reason: "Opened for the wrong cycle" });

    expect(await historyOf(id)).toEqual([
      { fromStatus: null, toStatus: "DRAFT", actorId: focal.userId, reason: null },
      { fromStatus: "DRAFT", toStatus: "SUBMITTED", actorId: focal.userId, reason: null },
      { fromStatus: "SUBMITTED", toStatus: "CHANGES_REQUESTED", actorId: null, reason: null },
      { fromStatus: "CHANGES_REQUESTED", toStatus: "ARCHIVED", actorId: focal.userId, reason: "Opened for the wrong cycle" },
    ]);
    // The round's audit events are chained like every other (lib/audit/chain.ts).
    const events = await db.auditEvent.findMany({ where: { entityId: id, action: { in: ["round.open", "round.submit", "round.cancel"] } }, select: { hash: true } });
    expect(events).toHaveLength(3);
    for (const e of events) expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("writes no history for a refused submission", async () => {
    const focal = await makeUser({ memberOf: { iso2: "EC", role: "FOCAL_POINT" } });
    const db = getDb();
    await db.assessmentRound.updateMany({ where: { country: { iso2: "EC" }, status: { in: ["DRAFT", "SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED"] } }, data: { status: "ARCHIVED" } });
    const { id } = await openRound(focal, "EC", { cycle: "2031", targets: {} });
    const indicator = await indicatorOf("INV");
    await saveAnswer(focal, id, indicator.id, { version: 0, answer: { kind: "LEVEL", level: 1, notApplicableReason: null, justification: null, targetOverride: null } });
    await expect(submitRound(focal, id, { version: 1 })).rejects.toMatchObject({ code: "ROUND_INCOMPLETE" });
    expect((await historyOf(id)).map((e) => e.toStatus)).toEqual(["DRAFT"]);
  });
});
