import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { confirmCarriedAnswer, saveAnswer } from "../answers/service";
import { indicatorOf, makeFrameworkVersion, makeOpenRound, makeUser, makeValidatedRound, archiveRound } from "../testing/fixtures";
import { getCarryOverSource } from "./carry-over";
import { getPillarQuestionnaire, getRoundOverview, openRound } from "./service";

const country = async (iso2: string) => getDb().country.findUniqueOrThrow({ where: { iso2 }, select: { id: true, programmeRegionId: true } });
const answersOf = (roundId: string) =>
  getDb().answer.findMany({ where: { roundId }, include: { indicator: { select: { code: true } } }, orderBy: { indicator: { code: "asc" } } });
const evidenceCount = (countryId: string) => getDb().evidenceItem.count({ where: { answer: { round: { countryId } } } });

describe("carry-over of the previous validated round", () => {
  it("copies answers by code onto the new version, skips codes it lacks, and links the evidence", async () => {
    const focal = await makeUser({ memberOf: { iso2: "IS", role: "FOCAL_POINT" } });
    const [inv1, inv2] = [await indicatorOf("INV", 0), await indicatorOf("INV", 1)];
    // The previous round was answered on an older version: two codes the new version has, one it does not.
    const older = await makeFrameworkVersion([inv1.code, inv2.code, "ZZZ-99"]);
    // An older validated round, then the most recent one (the one carried over).
    await makeValidatedRound("IS", { frameworkVersionId: older.id, validatedAt: new Date("2023-06-01"), answers: [{ code: inv1.code, level: 1 }] });
    const previous = await makeValidatedRound("IS", {
      cycle: "2025",
      frameworkVersionId: older.id,
      validatedAt: new Date("2025-06-01"),
      answers: [
        { code: inv1.code, level: 3, justification: "Unit in place", targetOverride: 4, evidenceUrl: "https://example.org/unit" },
        { code: inv2.code, kind: "NOT_APPLICABLE", notApplicableReason: "No such body" },
        { code: "ZZZ-99", level: 2 },
      ],
    });
    const { id: countryId } = await country("IS");
    expect(await getCarryOverSource(focal, await country("IS"))).toEqual({ id: previous.id, cycle: "2025" });
    const evidenceBefore = await evidenceCount(countryId);

    const { id } = await openRound(focal, "IS", { cycle: "2026", targets: {}, carryOver: true });

    const carried = await answersOf(id);
    expect(carried.map((a) => a.indicator.code)).toEqual([inv1.code, inv2.code].sort());
    const first = carried.find((a) => a.indicatorId === inv1.id)!;
    expect(first).toMatchObject({ kind: "LEVEL", level: 3, justification: "Unit in place", targetOverride: 4, version: 1, carryPending: true, carriedFromAnswerId: previous.answers.get(inv1.code) });
    expect(carried.find((a) => a.indicatorId === inv2.id)).toMatchObject({ kind: "NOT_APPLICABLE", level: null, notApplicableReason: "No such body", carryPending: true });
    // Linked, not copied: no new evidence row; the questionnaire shows the source answer's.
    expect(await evidenceCount(countryId)).toBe(evidenceBefore);
    const { pillar } = await getPillarQuestionnaire(focal, id, "INV");
    const shown = pillar.indicators.find((i) => i.id === inv1.id)!.answers[0];
    expect(shown.evidence).toEqual([]);
    expect(shown.carriedFrom).toMatchObject({ round: { cycle: "2025" }, evidence: [{ kind: "LINK", url: "https://example.org/unit" }] });

    const [event] = await getDb().auditEvent.findMany({ where: { action: "round.carry_over", entityId: id } });
    expect(event.after).toEqual({ fromRound: previous.id, fromCycle: "2025", count: 2, skipped: ["ZZZ-99"] });
    expect((await getRoundOverview(focal, id)).carriedPending.map((c) => c.code)).toEqual([inv1.code, inv2.code]);
  });

  it("ends the pending state on a save (keeping the link) and on a confirmation, with the version rule", async () => {
    const focal = await makeUser({ memberOf: { iso2: "LI", role: "FOCAL_POINT" } });
    const respondent = await makeUser({ memberOf: { iso2: "LI", role: "RESPONDENT", pillars: ["INV"] } });
    const other = await makeUser({ memberOf: { iso2: "LI", role: "RESPONDENT", pillars: ["LEG"] } });
    const [inv1, inv2] = [await indicatorOf("INV", 0), await indicatorOf("INV", 1)];
    const previous = await makeValidatedRound("LI", { cycle: "2024", answers: [{ code: inv1.code, level: 2 }, { code: inv2.code, level: 4 }] });
    const { id } = await openRound(focal, "LI", { cycle: "2026", targets: {}, carryOver: true });

    // A change: the autosave function clears the pending state and keeps the link to the source.
    const saved = await saveAnswer(respondent, id, inv1.id, { version: 1, answer: { kind: "LEVEL", level: 3, notApplicableReason: null, justification: null, targetOverride: null } });
    expect(saved.version).toBe(2);
    expect(await getDb().answer.findFirstOrThrow({ where: { roundId: id, indicatorId: inv1.id } })).toMatchObject({ carryPending: false, carriedFromAnswerId: previous.answers.get(inv1.code) });

    // A confirmation: only by someone who may answer the pillar, only on the current version.
    await expect(confirmCarriedAnswer(other, id, inv2.id, { version: 1 })).rejects.toMatchObject({ code: "PILLAR_NOT_ASSIGNED" });
    await expect(confirmCarriedAnswer(respondent, id, inv2.id, { version: 2 })).rejects.toMatchObject({ code: "VERSION_CONFLICT", details: { current: { version: 1, level: 4 } } });
    const confirmed = await confirmCarriedAnswer(respondent, id, inv2.id, { version: 1 });
    expect(confirmed).toMatchObject({ version: 2, kind: "LEVEL", level: 4 });
    expect(await getDb().answer.findFirstOrThrow({ where: { roundId: id, indicatorId: inv2.id } })).toMatchObject({ carryPending: false, version: 2, level: 4 });
    const [event] = await getDb().auditEvent.findMany({ where: { action: "answer.confirm", actorId: respondent.userId } });
    expect(event.after).toEqual({ indicator: inv2.code, version: 2 });
    // An edit based on the version before the confirmation conflicts, like any stale save.
    await expect(saveAnswer(focal, id, inv2.id, { version: 1, answer: { kind: "LEVEL", level: 0, notApplicableReason: null, justification: null, targetOverride: null } })).rejects.toMatchObject({ code: "VERSION_CONFLICT" });
    expect((await getRoundOverview(focal, id)).carriedPending).toEqual([]);
  });

  it("refuses another country's users, and carries over nothing without a validated round or when not asked", async () => {
    const focal = await makeUser({ memberOf: { iso2: "MC", role: "FOCAL_POINT" } });
    const stranger = await makeUser({ memberOf: { iso2: "SM", role: "FOCAL_POINT" } });
    const inv1 = await indicatorOf("INV", 0);

    // No validated round yet (a draft with answers does not count): the round opens empty.
    const draft = await makeOpenRound("MC");
    await saveAnswer(focal, draft.id, inv1.id, { version: 0, answer: { kind: "LEVEL", level: 1, notApplicableReason: null, justification: null, targetOverride: null } });
    await archiveRound(draft.id);
    expect(await getCarryOverSource(focal, await country("MC"))).toBeNull();
    const empty = await openRound(focal, "MC", { cycle: "2025", targets: {}, carryOver: true });
    expect(await answersOf(empty.id)).toEqual([]);
    expect(await getDb().auditEvent.count({ where: { action: "round.carry_over", entityId: empty.id } })).toBe(0);
    await archiveRound(empty.id);

    // With a validated round, but the focal point unticked the box.
    await makeValidatedRound("MC", { cycle: "2024", answers: [{ code: inv1.code, level: 3 }] });
    const unticked = await openRound(focal, "MC", { cycle: "2026", targets: {}, carryOver: false });
    expect(await answersOf(unticked.id)).toEqual([]);
    await archiveRound(unticked.id);

    // Another country's focal point may neither see what would be carried, nor open, nor confirm.
    await expect(getCarryOverSource(stranger, await country("MC"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(openRound(stranger, "MC", { cycle: "2027", targets: {}, carryOver: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { id } = await openRound(focal, "MC", { cycle: "2027", targets: {}, carryOver: true });
    await expect(confirmCarriedAnswer(stranger, id, inv1.id, { version: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getDb().answer.findFirstOrThrow({ where: { roundId: id, indicatorId: inv1.id } })).toMatchObject({ carryPending: true, version: 1 });
  });

  it("lists, per indicator of the pillar, the services of the catalogue that help close a gap on it", async () => {
    const focal = await makeUser({ memberOf: { iso2: "AD", role: "FOCAL_POINT" } });
    const round = await makeOpenRound("AD");
    const inv1 = await indicatorOf("INV", 0);
    const { services, pillar } = await getPillarQuestionnaire(focal, round.id, "INV");
    const names = (services.get(inv1.code) ?? []).map((s) => (s.name as { en: string }).en);
    expect(names).toContain("Cyber investigations: capacity building and technical assistance");
    // Every key is an indicator of this pillar.
    expect([...services.keys()].every((code) => pillar.indicators.some((i) => i.code === code))).toBe(true);
  });
});
