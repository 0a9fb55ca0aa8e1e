// The service catalogue's administration against a real PostgreSQL: create, edit, retire and
// reactivate, each audited in its own transaction; indicator codes checked against the published
// framework; administrators only; and a retired service leaves a round's recommended package.
// Each test makes services with codes of its own (TS-<random>), deleted afterwards so that no other
// suite's package or demand sees them.
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { getRoundDashboard } from "../dashboard/service";
import { getDb } from "../db";
import { countryId, makeUser } from "../testing/fixtures";
import { createService, getIndicatorChoices, getService, listServices, reactivateService, retireService, updateService } from "./service";

const made: string[] = [];
afterAll(async () => {
  // Test data only: the catalogue itself never deletes a service.
  await getDb().service.deleteMany({ where: { code: { in: made } } });
});

function uniqueCode(): string {
  const code = `TS-${randomBytes(4).toString("hex").toUpperCase()}`;
  made.push(code);
  return code;
}

const text = (label: string) => ({ en: `${label}`, fr: `${label} (fr)`, es: `${label} (es)`, ru: `${label} (ru)`, zh: `${label}（中文）`, ar: `${label} (ar)` });

function input(code: string, indicatorCodes: string[] = ["INV-01", "FOR-02"]) {
  return { code, area: "DIGITAL_FORENSICS", mode: "CAPACITY_BUILDING", name: text("Test service"), description: text("What it does"), indicatorCodes };
}

async function auditOf(serviceCode: string) {
  const db = getDb();
  const service = await db.service.findUniqueOrThrow({ where: { code: serviceCode }, select: { id: true } });
  return db.auditEvent.findMany({ where: { entityType: "service", entityId: service.id }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { action: true, actorId: true, before: true, after: true } });
}

describe("managing the catalogue", () => {
  it("creates, edits, retires and reactivates a service, auditing each change", async () => {
    const admin = await makeUser({ isAdmin: true });
    const code = uniqueCode();
    const created = await createService(admin, input(code, ["FOR-02", "INV-01", "INV-01"]));
    expect(created).toMatchObject({ code, area: "DIGITAL_FORENSICS", mode: "CAPACITY_BUILDING", isActive: true, indicatorCodes: ["FOR-02", "INV-01"] });

    const updated = await updateService(admin, code, { ...input(code, ["EVI-01"]), mode: "COOPERATION", name: { ...text("Test service"), fr: "Service d’essai" } });
    expect(updated).toMatchObject({ code, mode: "COOPERATION", indicatorCodes: ["EVI-01"] });
    expect(updated.name.fr).toBe("Service d’essai");
    expect(await getDb().serviceIndicator.count({ where: { service: { code } } })).toBe(1);

    expect((await retireService(admin, code)).isActive).toBe(false);
    await expect(retireService(admin, code)).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "ALREADY_RETIRED" } });
    // Retired, not deleted: still listed (flagged), still readable, its links kept.
    const listed = (await listServices(admin)).find((s) => s.code === code);
    expect(listed).toMatchObject({ isActive: false, indicatorCount: 1 });
    expect((await getService(admin, code)).indicatorCodes).toEqual(["EVI-01"]);

    expect((await reactivateService(admin, code)).isActive).toBe(true);
    await expect(reactivateService(admin, code)).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "ALREADY_ACTIVE" } });

    const events = await auditOf(code);
    expect(events.map((e) => e.action)).toEqual(["service.create", "service.update", "service.retire", "service.reactivate"]);
    expect(events.every((e) => e.actorId === admin.userId)).toBe(true);
    expect(events[0]).toMatchObject({ before: null, after: { code, mode: "CAPACITY_BUILDING", indicatorCodes: ["FOR-02", "INV-01"], isActive: true } });
    expect(events[1]).toMatchObject({ before: { mode: "CAPACITY_BUILDING", indicatorCodes: ["FOR-02", "INV-01"] }, after: { mode: "COOPERATION", indicatorCodes: ["EVI-01"] } });
    expect((events[1].after as { name: { fr: string } }).name.fr).toBe("Service d’essai");
    expect(events[2]).toMatchObject({ before: { isActive: true }, after: { isActive: false } });
    expect(events[3]).toMatchObject({ before: { isActive: false }, after: { isActive: true } });
  });

  it("refuses a code already taken, and an edit cannot change the code", async () => {
    const admin = await makeUser({ isAdmin: true });
    const code = uniqueCode();
    await createService(admin, input(code));
    await expect(createService(admin, input(code))).rejects.toMatchObject({ code: "CONFLICT", fields: { code: "codeTaken" } });
    // A seeded code is taken too.
    await expect(createService(admin, input("CI-CB"))).rejects.toMatchObject({ code: "CONFLICT" });
    const edited = await updateService(admin, code, { ...input(code), code: "OTHER-CODE" });
    expect(edited.code).toBe(code);
    expect(await getDb().service.count({ where: { code: "OTHER-CODE" } })).toBe(0);
  });

  it("refuses indicator codes the published framework does not have, naming them at the field", async () => {
    const admin = await makeUser({ isAdmin: true });
    const code = uniqueCode();
    await expect(createService(admin, input(code, ["INV-01", "NOPE-99", "ZZZ-01"]))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fields: { indicatorCodes: "indicatorUnknown" },
      details: { unknownCodes: ["NOPE-99", "ZZZ-01"] },
    });
    expect(await getDb().service.count({ where: { code } })).toBe(0);
    await createService(admin, input(code));
    await expect(updateService(admin, code, input(code, ["NOPE-99"]))).rejects.toMatchObject({ code: "INVALID_INPUT", details: { unknownCodes: ["NOPE-99"] } });
    // Nothing changed, nothing audited beyond the creation.
    expect((await getService(admin, code)).indicatorCodes).toEqual(["FOR-02", "INV-01"]);
    expect((await auditOf(code)).map((e) => e.action)).toEqual(["service.create"]);
  });

  it("refuses invalid input with field errors and unknown services with 404", async () => {
    const admin = await makeUser({ isAdmin: true });
    const code = uniqueCode();
    await expect(createService(admin, { ...input(code), name: { ...text("x"), ar: "" } })).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { "name.ar": "required" } });
    await expect(createService(admin, { ...input(code), description: { ...text("x"), en: "a\u0007" } })).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { "description.en": "controlCharacters" } });
    await expect(getService(admin, "NO-SUCH-SERVICE")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getService(admin, "bad\u0000code")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(retireService(admin, "NO-SUCH-SERVICE")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateService(admin, "NO-SUCH-SERVICE", input("NO-SUCH-SERVICE"))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("offers the published framework's indicators by pillar", async () => {
    const choices = await getIndicatorChoices(await makeUser({ isAdmin: true }));
    expect(choices.pillars.map((p) => p.code)).toEqual(["PRE", "INV", "FOR", "EVI", "PRO", "LEG"]);
    expect(choices.pillars[1].indicators.map((i) => i.code)).toContain("INV-01");
  });
});

describe("only administrators", () => {
  it("refuses a focal point, an officer and a respondent every function, changing nothing", async () => {
    const admin = await makeUser({ isAdmin: true });
    const code = uniqueCode();
    await createService(admin, input(code));
    for (const actor of [
      await makeUser({ memberOf: { iso2: "LI", role: "FOCAL_POINT" } }),
      await makeUser({ officerOfRegion: "EAF" }),
      await makeUser({ memberOf: { iso2: "LI", role: "RESPONDENT" } }),
    ]) {
      await expect(listServices(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getService(actor, code)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getIndicatorChoices(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(createService(actor, input(uniqueCode()))).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(updateService(actor, code, { ...input(code), mode: "COOPERATION" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(retireService(actor, code)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(reactivateService(actor, code)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await getService(admin, code)).toMatchObject({ mode: "CAPACITY_BUILDING", isActive: true });
    expect((await auditOf(code)).map((e) => e.action)).toEqual(["service.create"]);
  });
});

describe("a retired service and the recommended package", () => {
  it("is recommended while active and leaves the round's package once retired", async () => {
    const db = getDb();
    const admin = await makeUser({ isAdmin: true });
    const fw = await db.frameworkVersion.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true, pillars: { select: { id: true } } } });
    // Archived (neither open nor locked), with a gap on INV-01 only: level 0 against target 3.
    const round = await db.assessmentRound.create({
      data: { countryId: await countryId("LI"), frameworkVersionId: fw.id, cycle: `T${randomBytes(3).toString("hex")}`, status: "ARCHIVED", targets: { create: fw.pillars.map((p) => ({ pillarId: p.id, targetLevel: 3 })) } },
      select: { id: true },
    });
    const indicator = await db.indicator.findFirstOrThrow({ where: { frameworkVersionId: fw.id, code: "INV-01" }, select: { id: true } });
    await db.answer.create({ data: { roundId: round.id, indicatorId: indicator.id, kind: "LEVEL", level: 0 } });

    const code = uniqueCode();
    await createService(admin, { ...input(code, ["INV-01"]), mode: "NORMATIVE_ASSISTANCE" });
    const packaged = async () => (await getRoundDashboard(admin, round.id)).package.flatMap((m) => m.services.map((s) => s.code));
    expect(await packaged()).toContain(code);
    await retireService(admin, code);
    expect(await packaged()).not.toContain(code);
    // The seeded services on INV-01 are still there: only the retired one left.
    expect((await packaged()).length).toBeGreaterThan(0);
    await reactivateService(admin, code);
    expect(await packaged()).toContain(code);
    await retireService(admin, code);
  });
});
