import { describe, expect, it } from "vitest";
import { saveAnswer } from "../answers/service";
import { getDb } from "../db";
import { getMyTasks } from "../home/service";
import { indicatorOf, makeOpenRound, makeRound, makeUser } from "../testing/fixtures";
import { cancelRound, deleteRound, getRoundOverview, openRound, updateTargets } from "./service";

const level = (n: number) => ({ kind: "LEVEL" as const, level: n, notApplicableReason: null, justification: null, targetOverride: null });

async function targetsOf(roundId: string) {
  const rows = await getDb().roundTarget.findMany({ where: { roundId }, select: { targetLevel: true, pillar: { select: { code: true } } } });
  return Object.fromEntries(rows.map((r) => [r.pillar.code, r.targetLevel]));
}

describe("opening a round: the cycle in the way is named", () => {
  it("says which round has the cycle, with its status, and which round is still open", async () => {
    const validated = await makeRound("ML", "2025", "VALIDATED");
    const focal = await makeUser({ memberOf: { iso2: "ML", role: "FOCAL_POINT" } });
    await expect(openRound(focal, "ML", { cycle: "2025", targets: {} })).rejects.toMatchObject({
      code: "CONFLICT",
      fields: { cycle: "cycleTaken" },
      details: { reason: "cycleTaken", round: { id: validated.id, cycle: "2025", status: "VALIDATED", cancelled: false } },
    });
    const open = await makeOpenRound("ML");
    await expect(openRound(focal, "ML", { cycle: "2030", targets: {} })).rejects.toMatchObject({
      code: "ROUND_ALREADY_OPEN",
      details: { reason: "roundOpen", round: { id: open.id, status: "DRAFT" } },
    });
  });
});

describe("pillar targets", () => {
  it("are changed by the focal point while the round is editable, audited", async () => {
    const round = await makeOpenRound("BF");
    const focal = await makeUser({ memberOf: { iso2: "BF", role: "FOCAL_POINT" } });
    await expect(updateTargets(focal, round.id, { targets: { INV: 4, LEG: 1 } })).resolves.toMatchObject({ targets: { INV: 4, LEG: 1, PRE: 3 } });
    expect(await targetsOf(round.id)).toMatchObject({ INV: 4, LEG: 1, PRE: 3 });
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { action: "round.targets", entityId: round.id }, select: { before: true, after: true, actorId: true } });
    expect(audit).toMatchObject({ actorId: focal.userId, before: { INV: 3 }, after: { INV: 4, LEG: 1 } });
    await expect(updateTargets(focal, round.id, { targets: { NOPE: 2 } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("are refused to respondents, officers, another country's focal point, and once submitted", async () => {
    const round = await makeOpenRound("TD");
    const respondent = await makeUser({ memberOf: { iso2: "TD", role: "RESPONDENT", pillars: ["INV"] } });
    const foreign = await makeUser({ memberOf: { iso2: "CM", role: "FOCAL_POINT" } });
    const officer = await makeUser({ officerOfCountry: "TD" });
    const admin = await makeUser({ isAdmin: true });
    for (const actor of [respondent, foreign, officer, admin]) {
      await expect(updateTargets(actor, round.id, { targets: { INV: 0 } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await targetsOf(round.id)).INV).toBe(3);
    const submitted = await makeOpenRound("GA", "SUBMITTED");
    const focal = await makeUser({ memberOf: { iso2: "GA", role: "FOCAL_POINT" } });
    await expect(updateTargets(focal, submitted.id, { targets: { INV: 1 } })).rejects.toMatchObject({ code: "ROUND_NOT_EDITABLE" });
  });
});

describe("deleting and cancelling a round", () => {
  it("deletes a draft without answers, audited; the country may open another", async () => {
    const round = await makeOpenRound("CG");
    const focal = await makeUser({ memberOf: { iso2: "CG", role: "FOCAL_POINT" } });
    await expect(deleteRound(focal, round.id)).resolves.toEqual({ countryIso2: "CG" });
    expect(await getDb().assessmentRound.count({ where: { id: round.id } })).toBe(0);
    expect(await getDb().auditEvent.count({ where: { action: "round.delete", entityId: round.id } })).toBe(1);
    await expect(openRound(focal, "CG", { cycle: `20${String(Date.now()).slice(-2)}`, targets: {} })).resolves.toMatchObject({ id: expect.any(String) });
  });

  it("refuses to delete a round with answers, which is cancelled with a reason instead, audited", async () => {
    const round = await makeOpenRound("GN");
    const focal = await makeUser({ memberOf: { iso2: "GN", role: "FOCAL_POINT" } });
    const indicator = await indicatorOf("PRE");
    await saveAnswer(focal, round.id, indicator.id, { version: 0, answer: level(2) });
    await expect(deleteRound(focal, round.id)).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "roundHasAnswers" } });
    await expect(cancelRound(focal, round.id, { reason: "Opened for the wrong cycle" })).resolves.toEqual({ status: "ARCHIVED" });
    const saved = await getDb().assessmentRound.findUniqueOrThrow({ where: { id: round.id }, select: { status: true, cancelledAt: true, cancelReason: true, _count: { select: { answers: true } } } });
    expect(saved).toMatchObject({ status: "ARCHIVED", cancelledAt: expect.any(Date), cancelReason: "Opened for the wrong cycle", _count: { answers: 1 } });
    expect(await getDb().auditEvent.count({ where: { action: "round.cancel", entityId: round.id } })).toBe(1);
    await expect(cancelRound(focal, round.id, { reason: "again" })).rejects.toMatchObject({ code: "ROUND_NOT_EDITABLE" });
    await expect(saveAnswer(focal, round.id, indicator.id, { version: 1, answer: level(3) })).rejects.toMatchObject({ code: "ROUND_NOT_EDITABLE" });
    // The cancelled round frees its cycle: the country opens it again, and the new round holds it.
    const { cycle } = await getDb().assessmentRound.findUniqueOrThrow({ where: { id: round.id }, select: { cycle: true } });
    const reopened = await openRound(focal, "GN", { cycle, targets: {} });
    expect(reopened.id).not.toBe(round.id);
    expect(await getDb().assessmentRound.count({ where: { countryId: round.countryId, cycle } })).toBe(2);
    await expect(cancelRound(focal, reopened.id, { reason: "Opened twice" })).resolves.toEqual({ status: "ARCHIVED" });
    // Live rounds stay one per cycle, also when two openings cross (the partial unique index).
    const live = await openRound(focal, "GN", { cycle, targets: {} });
    // (An archived, not cancelled, copy: only the cycle's index stands in its way, not the open round's.)
    await expect(getDb().$executeRaw`INSERT INTO assessment_rounds (id, country_id, framework_version_id, cycle, opened_by_id, status, updated_at)
      SELECT gen_random_uuid(), country_id, framework_version_id, cycle, opened_by_id, 'ARCHIVED', now() FROM assessment_rounds WHERE id = ${live.id}::uuid`).rejects.toThrow(/assessment_rounds_country_cycle_live/);
  });

  it("are refused to respondents, officers and another country's focal point, and on a submitted round", async () => {
    const round = await makeOpenRound("LR");
    const respondent = await makeUser({ memberOf: { iso2: "LR", role: "RESPONDENT", pillars: ["PRE"] } });
    const foreign = await makeUser({ memberOf: { iso2: "SL", role: "FOCAL_POINT" } });
    const officer = await makeUser({ officerOfCountry: "LR" });
    for (const actor of [respondent, foreign, officer]) {
      await expect(deleteRound(actor, round.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(cancelRound(actor, round.id, { reason: "no" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await getDb().assessmentRound.findUniqueOrThrow({ where: { id: round.id }, select: { status: true } })).toEqual({ status: "DRAFT" });
    const submitted = await makeOpenRound("TG", "SUBMITTED");
    const focal = await makeUser({ memberOf: { iso2: "TG", role: "FOCAL_POINT" } });
    await expect(deleteRound(focal, submitted.id)).rejects.toMatchObject({ code: "ROUND_NOT_EDITABLE" });
    await expect(cancelRound(focal, submitted.id, { reason: "no" })).rejects.toMatchObject({ code: "ROUND_NOT_EDITABLE" });
  });
});

describe("a respondent's tasks", () => {
  it("lists the assigned pillars of each editable round with progress and the first indicator to answer", async () => {
    // Namibia: no other test file opens a round there (lib/countries uses Benin), and the files run at once on one database.
    const round = await makeOpenRound("NA");
    const respondent = await makeUser({ memberOf: { iso2: "NA", role: "RESPONDENT", pillars: ["INV", "FOR"] } });
    const first = await indicatorOf("INV", 0);
    const second = await indicatorOf("INV", 1);
    await saveAnswer(respondent, round.id, first.id, { version: 0, answer: level(1) });
    const tasks = await getMyTasks(respondent);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ roundId: round.id, country: { iso2: "NA" } });
    const inv = tasks[0].pillars.find((p) => p.code === "INV")!;
    expect(tasks[0].pillars.map((p) => p.code)).toEqual(["INV", "FOR"]);
    expect(inv).toMatchObject({ answered: 1, firstMissingCode: second.code });
    expect(inv.total).toBeGreaterThan(1);
    const overview = await getRoundOverview(respondent, round.id);
    expect(overview.progress.missing.some((m) => m.pillarCode === "PRE")).toBe(true);
  });

  it("leaves out submitted rounds, other countries and focal points", async () => {
    await makeOpenRound("MR", "SUBMITTED");
    const respondent = await makeUser({ memberOf: { iso2: "MR", role: "RESPONDENT", pillars: ["INV"] } });
    expect(await getMyTasks(respondent)).toEqual([]);
    await makeOpenRound("GM");
    const focal = await makeUser({ memberOf: { iso2: "GM", role: "FOCAL_POINT" } });
    expect(await getMyTasks(focal)).toEqual([]);
  });
});
