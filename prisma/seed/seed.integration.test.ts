import { describe, expect, it } from "vitest";
import { getDb } from "../../lib/db";
import { seedDemoData, seedReferenceData } from ".";
import { DEMO_COUNTRIES, demoAccounts } from "./demo";

describe("reference data", () => {
  it("holds the 193 UN Member States, each in a programme region", async () => {
    const db = getDb();
    expect(await db.country.count()).toBe(193);
    expect(await db.country.count({ where: { programmeRegionId: null } })).toBe(0);
    const kenya = await db.country.findUniqueOrThrow({ where: { iso2: "KE" }, select: { iso3: true, m49Code: true, m49Region: true, programmeRegion: { select: { code: true } } } });
    expect(kenya).toEqual({ iso3: "KEN", m49Code: "404", m49Region: "Africa", programmeRegion: { code: "EAF" } });
  });

  it("publishes framework 1.0 with six pillars and links every indicator to a service", async () => {
    const db = getDb();
    const version = await db.frameworkVersion.findUniqueOrThrow({
      where: { version: "1.0" },
      select: { status: true, pillars: { select: { code: true, _count: { select: { indicators: true } } }, orderBy: { position: "asc" } } },
    });
    expect(version.status).toBe("PUBLISHED");
    expect(version.pillars.map((p) => p.code)).toEqual(["PRE", "INV", "FOR", "EVI", "PRO", "LEG"]);
    for (const p of version.pillars) expect(p._count.indicators).toBeGreaterThanOrEqual(6);
    const unlinked = await db.indicator.count({ where: { frameworkVersion: { version: "1.0" }, code: { notIn: (await db.serviceIndicator.findMany({ select: { indicatorCode: true } })).map((l) => l.indicatorCode) } } });
    expect(unlinked).toBe(0);
    expect(await db.service.count()).toBe(18);
  });

  it("refuses any change to a published framework version (database trigger)", async () => {
    const db = getDb();
    const indicator = await db.indicator.findFirstOrThrow({ where: { frameworkVersion: { version: "1.0" } }, select: { id: true } });
    await expect(db.indicator.update({ where: { id: indicator.id }, data: { weight: 1 } })).rejects.toThrow(/published/);
    await expect(db.frameworkVersion.update({ where: { version: "1.0" }, data: { name: { en: "changed" } } })).rejects.toThrow(/published/);
  });

  it("is idempotent: seeding again changes no counts", async () => {
    const db = getDb();
    const before = [await db.country.count(), await db.indicator.count(), await db.serviceIndicator.count()];
    await seedReferenceData(db);
    expect([await db.country.count(), await db.indicator.count(), await db.serviceIndicator.count()]).toEqual(before);
  });
});

describe("demo data", () => {
  it("creates the demo teams, officers and rounds once", async () => {
    const db = getDb();
    await seedDemoData(db);
    await seedDemoData(db);
    const emails = demoAccounts().map((a) => a.email);
    expect(await db.user.count({ where: { email: { in: emails } } })).toBe(emails.length);
    for (const iso2 of [...DEMO_COUNTRIES.EAF, ...DEMO_COUNTRIES.CAM]) {
      // The demo accounts' memberships only: other tests may give a demo country members of their own.
      const members = await db.membership.groupBy({ by: ["role"], where: { country: { iso2 }, user: { email: { in: emails } } }, _count: { _all: true }, orderBy: { role: "asc" } });
      expect(members.map((m) => [m.role, m._count._all])).toEqual([["FOCAL_POINT", 1], ["RESPONDENT", 2]]);
      expect(await db.assessmentRound.count({ where: { country: { iso2 } } })).toBeGreaterThan(0);
    }
  });
});
