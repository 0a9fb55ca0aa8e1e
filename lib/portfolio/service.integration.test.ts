import { afterAll, describe, expect, it } from "vitest";
import { loadActor } from "../auth/actor";
import { getDb, getPool, getReadDb, getReadPool, usesReadReplica } from "../db";
import { getRoundDashboard } from "../dashboard/service";
import { resetEnvForTests } from "../env";
import { countryId, makeRound, makeUser } from "../testing/fixtures";
import { getPortfolio } from "./service";

const NO_FILTERS = { region: null, status: null, cycle: null };

async function framework() {
  return getDb().frameworkVersion.findFirstOrThrow({
    where: { status: "PUBLISHED" },
    select: { id: true, pillars: { select: { id: true, code: true } }, indicators: { select: { id: true, code: true, weight: true } } },
  });
}

/** A round with every indicator at one level, targets 3. */
async function round(iso2: string, cycle: string, status: "DRAFT" | "VALIDATED", level: number) {
  const fw = await framework();
  const db = getDb();
  const r = await db.assessmentRound.create({
    data: {
      countryId: await countryId(iso2),
      frameworkVersionId: fw.id,
      cycle,
      // Answers first: a validated round's answers are locked (a trigger).
      status: "DRAFT",
      openedAt: new Date(`${cycle}-01-01T00:00:00Z`),
      validatedAt: status === "VALIDATED" ? new Date(`${cycle}-06-01T00:00:00Z`) : null,
      targets: { create: fw.pillars.map((p) => ({ pillarId: p.id, targetLevel: 3 })) },
    },
    select: { id: true },
  });
  await db.answer.createMany({ data: fw.indicators.map((i) => ({ roundId: r.id, indicatorId: i.id, kind: "LEVEL" as const, level })) });
  if (status !== "DRAFT") await db.assessmentRound.update({ where: { id: r.id }, data: { status } });
  return r;
}

// KI, TV, PW, FM, MH: no other suite uses them.
describe("the portfolio", () => {
  afterAll(() => {
    delete process.env.DATABASE_REPLICA_URL;
    resetEnvForTests();
  });

  it("aggregates the officer's countries by hand-checkable figures, and the fewer-than-three rule", async () => {
    const first = await makeUser({ officerOfCountry: "KI" });
    const db = getDb();
    for (const iso2 of ["TV", "PW", "FM", "MH"]) await db.officerAssignment.create({ data: { userId: first.userId, countryId: await countryId(iso2) } });
    const officer = (await loadActor(first.userId, 0))!;
    // KI: 2023 validated at 0 and 2024 validated at 1.  TV: 2023 validated at 4 and 2024 validated at 3.
    // PW: 2025 draft at 2.  FM: no round.  MH: 2024 validated at 2.
    await round("KI", "2023", "VALIDATED", 0);
    const ki = await round("KI", "2024", "VALIDATED", 1);
    await round("TV", "2023", "VALIDATED", 4);
    await round("TV", "2024", "VALIDATED", 3);
    const pw = await round("PW", "2025", "DRAFT", 2);
    await round("MH", "2024", "VALIDATED", 2);
    const fw = await framework();

    const p = await getPortfolio(officer, NO_FILTERS);
    const row = (iso2: string) => p.countries.find((c) => c.iso2 === iso2);
    expect(p.countries.map((c) => c.iso2).sort()).toEqual(["FM", "KI", "MH", "PW", "TV"]);
    // Heat map: every pillar of a country at the single level of its latest round.
    expect(row("KI")).toMatchObject({ round: { id: ki.id, cycle: "2024", status: "VALIDATED" } });
    expect(Object.values(row("KI")?.scores ?? {})).toEqual(fw.pillars.map(() => 1));
    expect(Object.values(row("TV")?.scores ?? {})).toEqual(fw.pillars.map(() => 3));
    expect(row("PW")?.round?.id).toBe(pw.id);
    expect(row("FM")).toMatchObject({ round: null });
    expect(Object.values(row("FM")?.scores ?? {}).every((s) => s === null)).toBe(true);
    // Rounds by status: five validated, one draft.
    expect(p.statusCounts).toEqual([
      { status: "DRAFT", count: 1 },
      { status: "VALIDATED", count: 5 },
    ]);
    // Gaps on the latest rounds, target 3: KI 3 - 1 = 2, PW 3 - 2 = 1, MH 3 - 2 = 1, TV none.
    // Every indicator: 3 countries with a gap, mean (2 + 1 + 1) / 3 = 1.33; ties go by code.
    const codes = fw.indicators.map((i) => i.code).sort();
    expect(p.commonGaps.map((g) => [g.code, g.countries, g.meanGap])).toEqual(codes.slice(0, 10).map((c) => [c, 3, 1.33]));
    // Service demand: a service is in the package of KI, PW and MH; its weighted gap is
    // (2 + 1 + 1) x the sum of the weights of the indicators it addresses.
    const links = await db.serviceIndicator.findMany({ where: { service: { isActive: true } }, select: { indicatorCode: true, service: { select: { code: true } } } });
    const weight = new Map(fw.indicators.map((i) => [i.code, i.weight]));
    const expected = new Map<string, number>();
    for (const l of links) if (weight.has(l.indicatorCode)) expected.set(l.service.code, (expected.get(l.service.code) ?? 0) + 4 * (weight.get(l.indicatorCode) ?? 0));
    expect(new Map(p.serviceDemand.map((d) => [d.code, d.weightedGap]))).toEqual(expected);
    expect(p.serviceDemand.every((d) => d.countries === 3)).toBe(true);
    // Progress: 2024 has KI 1, TV 3, MH 2 -> three countries, median 2. 2023 has only KI and TV -> hidden.
    const cycle = (c: string) => p.progress.find((x) => x.cycle === c);
    expect(cycle("2024")?.pillars.every((x) => x.median === 2 && x.contributors === 3 && x.hiddenReason === null)).toBe(true);
    expect(cycle("2023")?.pillars.every((x) => x.median === null && x.contributors === 2 && x.hiddenReason === "FEWER_THAN_THREE")).toBe(true);
    expect(p.cycles).toEqual(["2025", "2024", "2023"]);

    // Filters: validated rounds only; one cycle.
    const validated = await getPortfolio(officer, { ...NO_FILTERS, status: "VALIDATED" });
    expect(validated.countries.map((c) => c.iso2).sort()).toEqual(["KI", "MH", "TV"]);
    const of2025 = await getPortfolio(officer, { ...NO_FILTERS, cycle: "2025" });
    expect(of2025.countries.map((c) => c.iso2)).toEqual(["PW"]);
    expect(of2025.statusCounts).toEqual([{ status: "DRAFT", count: 1 }]);
  });

  it("gives an officer nothing of another region's countries, and refuses country teams", async () => {
    const owner = await makeUser({ officerOfCountry: "KI" });
    const elsewhere = await makeUser({ officerOfRegion: "CAM" });
    const p = await getPortfolio(elsewhere, NO_FILTERS);
    expect(p.countries.map((c) => c.iso2)).not.toContain("KI");
    expect(p.countries.every((c) => c.region === "CAM")).toBe(true);
    // Filtering by a region outside the portfolio yields nothing rather than another region's data.
    const forced = await getPortfolio(elsewhere, { ...NO_FILTERS, region: "EAF" });
    expect(forced.countries).toEqual([]);
    expect(forced.statusCounts).toEqual([]);
    expect((await getPortfolio(owner, NO_FILTERS)).countries.map((c) => c.iso2)).toContain("KI");
    const focal = await makeUser({ memberOf: { iso2: "KI", role: "FOCAL_POINT" } });
    await expect(getPortfolio(focal, NO_FILTERS)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const admin = await makeUser({ isAdmin: true });
    expect((await getPortfolio(admin, NO_FILTERS)).countries).toHaveLength(193);
  });

  it("reads through the replica named by DATABASE_REPLICA_URL", async () => {
    const primary = process.env.DATABASE_URL ?? "";
    process.env.DATABASE_REPLICA_URL = `${primary}${primary.includes("?") ? "&" : "?"}application_name=cybercap_replica`;
    resetEnvForTests();
    expect(usesReadReplica()).toBe(true);
    const read = getReadDb();
    expect(read).not.toBe(getDb());
    const [{ name }] = await read.$queryRaw<{ name: string }[]>`SELECT current_setting('application_name') AS name`;
    expect(name).toBe("cybercap_replica");
    const admin = await makeUser({ isAdmin: true });
    expect((await getPortfolio(admin, NO_FILTERS)).countries).toHaveLength(193);
    // The dashboard reads through the replica's pg pool (its statements skip Prisma).
    expect(getReadPool()).not.toBe(getPool());
    const { rows } = await getReadPool().query<{ name: string }>("SELECT current_setting('application_name') AS name");
    expect(rows[0].name).toBe("cybercap_replica");
    const round = await makeRound("KE");
    expect((await getRoundDashboard(admin, round.id)).round.id).toBe(round.id);
  });
});
