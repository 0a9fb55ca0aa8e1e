import { describe, expect, it } from "vitest";
import { saveAnswer } from "../answers/service";
import { getDb } from "../db";
import { countryId, makeUser } from "../testing/fixtures";
import { getRoundOverview, listRoundSummaries, openRound, submitRound } from "./service";

async function closeOpenRounds(iso2: string) {
  await getDb().assessmentRound.updateMany({ where: { countryId: await countryId(iso2), status: { in: ["DRAFT", "SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED"] } }, data: { status: "ARCHIVED" } });
}

describe("opening a round", () => {
  it("pins the round to the published framework with per-pillar targets", async () => {
    await closeOpenRounds("ET");
    const focal = await makeUser({ memberOf: { iso2: "ET", role: "FOCAL_POINT" } });
    const { id } = await openRound(focal, "ET", { cycle: `C-${Date.now()}`, targets: { INV: 4, LEG: 2 } });
    const round = await getDb().assessmentRound.findUniqueOrThrow({
      where: { id },
      select: { status: true, frameworkVersion: { select: { status: true } }, targets: { select: { targetLevel: true, pillar: { select: { code: true } } } } },
    });
    expect(round.status).toBe("DRAFT");
    expect(round.frameworkVersion.status).toBe("PUBLISHED");
    const targets = Object.fromEntries(round.targets.map((t) => [t.pillar.code, t.targetLevel]));
    expect(targets).toEqual({ PRE: 3, INV: 4, FOR: 3, EVI: 3, PRO: 3, LEG: 2 });
    expect(await getDb().auditEvent.count({ where: { action: "round.open", entityId: id } })).toBe(1);
  });

  it("allows one open round per country", async () => {
    await closeOpenRounds("ER");
    const focal = await makeUser({ memberOf: { iso2: "ER", role: "FOCAL_POINT" } });
    await openRound(focal, "ER", { cycle: `A-${Date.now()}`, targets: {} });
    await expect(openRound(focal, "ER", { cycle: `B-${Date.now()}`, targets: {} })).rejects.toMatchObject({ code: "ROUND_ALREADY_OPEN" });
  });

  it("is reserved to the country's focal point", async () => {
    await closeOpenRounds("SO");
    const respondent = await makeUser({ memberOf: { iso2: "SO", role: "RESPONDENT", pillars: ["PRE"] } });
    const foreignFocal = await makeUser({ memberOf: { iso2: "SS", role: "FOCAL_POINT" } });
    const officer = await makeUser({ officerOfRegion: "EAF" });
    for (const actor of [respondent, foreignFocal, officer]) {
      await expect(openRound(actor, "SO", { cycle: "2026", targets: {} })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});

describe("submitting a round", () => {
  it("refuses while indicators are missing, listing them, then submits and locks the round", async () => {
    await closeOpenRounds("KM");
    const focal = await makeUser({ memberOf: { iso2: "KM", role: "FOCAL_POINT" } });
    const { id } = await openRound(focal, "KM", { cycle: `S-${Date.now()}`, targets: {} });
    const overview = await getRoundOverview(focal, id);
    const indicators = overview.progress.missing;
    // Answer all but two: one left blank, one "don't know".
    for (const m of indicators.slice(2)) {
      await saveAnswer(focal, id, m.id, { version: 0, answer: { kind: "LEVEL", level: 2, notApplicableReason: null, justification: null, targetOverride: null } });
    }
    await saveAnswer(focal, id, indicators[1].id, { version: 0, answer: { kind: "DONT_KNOW", level: null, notApplicableReason: null, justification: null, targetOverride: null } });
    const error = await submitRound(focal, id, { version: 1 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ROUND_INCOMPLETE" });
    expect((error as { details: { missing: { code: string; dontKnow: boolean }[] } }).details.missing).toEqual([
      expect.objectContaining({ code: indicators[0].code, dontKnow: false }),
      expect.objectContaining({ code: indicators[1].code, dontKnow: true }),
    ]);
    await saveAnswer(focal, id, indicators[0].id, { version: 0, answer: { kind: "NOT_APPLICABLE", level: null, notApplicableReason: "No such body", justification: null, targetOverride: null } });
    await saveAnswer(focal, id, indicators[1].id, { version: 1, answer: { kind: "LEVEL", level: 0, notApplicableReason: null, justification: null, targetOverride: null } });
    await expect(submitRound(focal, id, { version: 1 })).resolves.toEqual({ status: "SUBMITTED", version: 2 });
    await expect(
      saveAnswer(focal, id, indicators[0].id, { version: 1, answer: { kind: "LEVEL", level: 1, notApplicableReason: null, justification: null, targetOverride: null } }),
    ).rejects.toMatchObject({ code: "ROUND_NOT_EDITABLE" });
    await expect(submitRound(focal, id, { version: 2 })).rejects.toMatchObject({ code: "ROUND_NOT_EDITABLE" });
    expect(await getDb().auditEvent.count({ where: { action: "round.submit", entityId: id } })).toBe(1);
  });

  it("is refused to respondents and to other countries", async () => {
    await closeOpenRounds("LS");
    const focal = await makeUser({ memberOf: { iso2: "LS", role: "FOCAL_POINT" } });
    const respondent = await makeUser({ memberOf: { iso2: "LS", role: "RESPONDENT", pillars: ["PRE"] } });
    const foreign = await makeUser({ memberOf: { iso2: "SZ", role: "FOCAL_POINT" } });
    const { id } = await openRound(focal, "LS", { cycle: `R-${Date.now()}`, targets: {} });
    await expect(submitRound(respondent, id, { version: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(submitRound(foreign, id, { version: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getRoundOverview(foreign, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("listing a country's rounds", () => {
  it("counts a round's indicators and its answered ones (a level or not applicable), round by round", async () => {
    const db = getDb();
    await closeOpenRounds("MU");
    const cid = await countryId("MU");
    const focal = await makeUser({ memberOf: { iso2: "MU", role: "FOCAL_POINT" } });
    const { id } = await openRound(focal, "MU", { cycle: `L-${Date.now()}`, targets: {} });
    const round = await db.assessmentRound.findUniqueOrThrow({ where: { id }, select: { frameworkVersion: { select: { version: true, indicators: { select: { id: true }, orderBy: { code: "asc" } } } } } });
    const [a, b, c, d] = round.frameworkVersion.indicators;
    // One of each kind: a level and "not applicable" count; "don't know" and a justification alone do not.
    await db.answer.createMany({
      data: [
        { roundId: id, indicatorId: a.id, kind: "LEVEL", level: 2 },
        { roundId: id, indicatorId: b.id, kind: "NOT_APPLICABLE", notApplicableReason: "none" },
        { roundId: id, indicatorId: c.id, kind: "DONT_KNOW" },
        { roundId: id, indicatorId: d.id, justification: "draft note" },
      ],
    });
    // Another round of the same country with answers of its own, which must not be counted here.
    await closeOpenRounds("MU");
    const other = await openRound(focal, "MU", { cycle: `M-${Date.now()}`, targets: {} });
    await db.answer.createMany({ data: round.frameworkVersion.indicators.slice(0, 5).map((i) => ({ roundId: other.id, indicatorId: i.id, kind: "LEVEL" as const, level: 1 })) });

    const rounds = (await listRoundSummaries(focal, [cid])).get(cid) ?? [];
    const byId = new Map(rounds.map((r) => [r.id, r]));
    expect(byId.get(id)).toMatchObject({ answeredCount: 2, indicatorCount: round.frameworkVersion.indicators.length, frameworkVersion: round.frameworkVersion.version });
    expect(byId.get(other.id)).toMatchObject({ answeredCount: 5, indicatorCount: round.frameworkVersion.indicators.length });

    // latestOnly (a portfolio): the country's latest round alone, with the same figures.
    const latest = (await listRoundSummaries(focal, [cid], { latestOnly: true })).get(cid);
    expect(latest).toEqual([byId.get(other.id)]);
    // Still scoped: another country's focal point gets nothing, latest or not.
    const stranger = await makeUser({ memberOf: { iso2: "SC", role: "FOCAL_POINT" } });
    expect((await listRoundSummaries(stranger, [cid], { latestOnly: true })).size).toBe(0);
    expect((await listRoundSummaries(stranger, [cid])).size).toBe(0);
  });
});
