import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { indicatorOf, makeOpenRound, makeUser } from "../testing/fixtures";
import type { TAnswerFields } from "./schemas";
import { saveAnswer } from "./service";

const level = (n: number, justification: string | null = null): TAnswerFields => ({ kind: "LEVEL", level: n, notApplicableReason: null, justification, targetOverride: null });

describe("saveAnswer", () => {
  it("creates then updates an answer, bumping its version, with an audit event each time", async () => {
    const focal = await makeUser({ memberOf: { iso2: "MU", role: "FOCAL_POINT" } });
    const round = await makeOpenRound("MU");
    const indicator = await indicatorOf("INV");
    const first = await saveAnswer(focal, round.id, indicator.id, { version: 0, answer: level(2, "<script>alert(1)</script>") });
    expect(first).toMatchObject({ version: 1, kind: "LEVEL", level: 2, justification: "<script>alert(1)</script>" });
    const second = await saveAnswer(focal, round.id, indicator.id, { version: 1, answer: { ...level(3), targetOverride: 4 } });
    expect(second).toMatchObject({ version: 2, level: 3, targetOverride: 4, justification: null });
    const events = await getDb().auditEvent.findMany({ where: { action: "answer.save", actorId: focal.userId }, orderBy: { id: "asc" } });
    expect(events).toHaveLength(2);
    expect(events[1].before).toMatchObject({ level: 2 });
    expect(events[1].after).toMatchObject({ level: 3, version: 2, indicator: indicator.code });
  });

  it("refuses a save based on an older version and returns the saved answer", async () => {
    const a = await makeUser({ memberOf: { iso2: "SC", role: "FOCAL_POINT" } });
    const b = await makeUser({ memberOf: { iso2: "SC", role: "RESPONDENT", pillars: ["FOR"] } });
    const round = await makeOpenRound("SC");
    const indicator = await indicatorOf("FOR", 1);
    await saveAnswer(a, round.id, indicator.id, { version: 0, answer: level(1, "first") });
    await expect(saveAnswer(b, round.id, indicator.id, { version: 0, answer: level(4, "second") })).rejects.toMatchObject({
      code: "VERSION_CONFLICT",
      details: { current: { version: 1, level: 1, justification: "first" } },
    });
    const stored = await getDb().answer.findFirstOrThrow({ where: { roundId: round.id, indicatorId: indicator.id } });
    expect(stored).toMatchObject({ version: 1, level: 1, justification: "first" });
  });

  it("lets two respondents edit different indicators without conflict, even concurrently", async () => {
    const r1 = await makeUser({ memberOf: { iso2: "MG", role: "RESPONDENT", pillars: ["PRE"] } });
    const r2 = await makeUser({ memberOf: { iso2: "MG", role: "RESPONDENT", pillars: ["PRE"] } });
    const round = await makeOpenRound("MG");
    const [i1, i2] = [await indicatorOf("PRE", 0), await indicatorOf("PRE", 1)];
    const [s1, s2] = await Promise.all([
      saveAnswer(r1, round.id, i1.id, { version: 0, answer: level(2) }),
      saveAnswer(r2, round.id, i2.id, { version: 0, answer: level(3) }),
    ]);
    expect([s1.version, s2.version]).toEqual([1, 1]);
  });

  it("lets exactly one of two concurrent saves on the same version win", async () => {
    const a = await makeUser({ memberOf: { iso2: "MW", role: "FOCAL_POINT" } });
    const round = await makeOpenRound("MW");
    const indicator = await indicatorOf("LEG");
    await saveAnswer(a, round.id, indicator.id, { version: 0, answer: level(1) });
    const results = await Promise.allSettled([2, 3, 4].map((n) => saveAnswer(a, round.id, indicator.id, { version: 1, answer: level(n) })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(["VERSION_CONFLICT", "VERSION_CONFLICT"]);
    expect((await getDb().answer.findFirstOrThrow({ where: { roundId: round.id, indicatorId: indicator.id } })).version).toBe(2);
  });

  it("lets exactly one of several concurrent first saves win, and tells the others who saved", async () => {
    const a = await makeUser({ memberOf: { iso2: "MW", role: "FOCAL_POINT" } });
    const round = await makeOpenRound("MW");
    const indicator = await indicatorOf("PRO");
    const results = await Promise.allSettled([1, 2, 3, 4].map((n) => saveAnswer(a, round.id, indicator.id, { version: 0, answer: level(n) })));
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    const saved = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof saveAnswer>>>).value;
    for (const r of results.filter((x) => x.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "VERSION_CONFLICT", details: { current: { version: 1, level: saved.level, updatedBy: a.name } } });
    }
    expect(await getDb().auditEvent.count({ where: { action: "answer.save", actorId: a.userId, entityType: "answer" } })).toBe(1);
  });

  it("refuses a respondent on a pillar they are not assigned", async () => {
    const r = await makeUser({ memberOf: { iso2: "MZ", role: "RESPONDENT", pillars: ["PRE"] } });
    const round = await makeOpenRound("MZ");
    await expect(saveAnswer(r, round.id, (await indicatorOf("LEG")).id, { version: 0, answer: level(2) })).rejects.toMatchObject({ code: "PILLAR_NOT_ASSIGNED" });
    expect(await getDb().answer.count({ where: { roundId: round.id } })).toBe(0);
  });

  it("refuses another country's team, an officer and an administrator", async () => {
    const round = await makeOpenRound("ZM");
    const indicator = await indicatorOf("PRE");
    const foreign = await makeUser({ memberOf: { iso2: "RW", role: "FOCAL_POINT" } });
    const officer = await makeUser({ officerOfRegion: "SAF" });
    const admin = await makeUser({ isAdmin: true });
    for (const actor of [foreign, officer, admin]) {
      await expect(saveAnswer(actor, round.id, indicator.id, { version: 0, answer: level(2) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await getDb().answer.count({ where: { roundId: round.id } })).toBe(0);
  });

  it("refuses writes to a submitted round", async () => {
    const focal = await makeUser({ memberOf: { iso2: "BI", role: "FOCAL_POINT" } });
    const round = await makeOpenRound("BI", "SUBMITTED");
    await expect(saveAnswer(focal, round.id, (await indicatorOf("PRE")).id, { version: 0, answer: level(2) })).rejects.toMatchObject({ code: "ROUND_NOT_EDITABLE" });
  });

  it("answers NOT_FOUND for ids that are not UUIDs or belong to another framework", async () => {
    const focal = await makeUser({ memberOf: { iso2: "DJ", role: "FOCAL_POINT" } });
    const round = await makeOpenRound("DJ");
    await expect(saveAnswer(focal, "not-a-uuid", "x", { version: 0, answer: level(2) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveAnswer(focal, round.id, "00000000-0000-7000-8000-000000000000", { version: 0, answer: level(2) })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
