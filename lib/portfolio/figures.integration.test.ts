import pg from "pg";
import { describe, expect, it } from "vitest";
import { withValidatedLocksLifted } from "../../scripts/lib/bulk-load";
import { getDb } from "../db";
import { countryId } from "../testing/fixtures";

// The figures the portfolio reads of every round (round_figures, migration 20261203090000), kept by
// triggers at commit. After each kind of change they must equal what the answers give, computed
// here in JavaScript: the mean level per pillar, and the gap of each indicator whose target (the
// answer's override, else the round's pillar target, else 3) is above its level.
// AG, BS, DM and GD, one round each: no other suite uses them.

interface Stored {
  heat: [string, number][];
  gaps: [string, number, number][];
}

async function framework() {
  return getDb().frameworkVersion.findFirstOrThrow({
    where: { status: "PUBLISHED" },
    select: {
      id: true,
      pillars: { select: { id: true, code: true, position: true }, orderBy: { position: "asc" } },
      indicators: { select: { id: true, code: true, weight: true, pillarId: true } },
    },
  });
}

/** A draft round of `iso2` with targets 3, and answers at `level(i)` for the first `count` indicators. */
async function makeRound(iso2: string, count: number, level: (i: number) => number) {
  const fw = await framework();
  const db = getDb();
  const round = await db.assessmentRound.create({
    data: {
      countryId: await countryId(iso2),
      frameworkVersionId: fw.id,
      cycle: "2041",
      status: "DRAFT",
      targets: { create: fw.pillars.map((p) => ({ pillarId: p.id, targetLevel: 3 })) },
    },
    select: { id: true },
  });
  const indicators = fw.indicators.slice(0, count);
  await db.answer.createMany({ data: indicators.map((ind, i) => ({ roundId: round.id, indicatorId: ind.id, kind: "LEVEL" as const, level: level(i) })) });
  return { roundId: round.id, fw, indicators };
}

async function stored(roundId: string): Promise<Stored | null> {
  const row = await getDb().roundFigures.findUnique({ where: { roundId } });
  if (!row) return null;
  return {
    heat: row.heat as [string, number][],
    gaps: row.gapCodes.map((code, i) => [code, row.gaps[i], row.gapWeights[i]] as [string, number, number]),
  };
}

/** The figures from the round's answers, targets and indicators as they are now. */
async function expected(roundId: string): Promise<Stored> {
  const db = getDb();
  const fw = await framework();
  const [answers, targets] = await Promise.all([
    db.answer.findMany({ where: { roundId }, select: { indicatorId: true, kind: true, level: true, targetOverride: true } }),
    db.roundTarget.findMany({ where: { roundId }, select: { pillarId: true, targetLevel: true } }),
  ]);
  const indicator = new Map(fw.indicators.map((i) => [i.id, i]));
  const target = new Map(targets.map((t) => [t.pillarId, t.targetLevel]));
  const levels = answers.filter((a) => a.kind === "LEVEL" && a.level !== null);
  const heat: [string, number][] = [];
  for (const p of fw.pillars) {
    const ls = levels.filter((a) => indicator.get(a.indicatorId)?.pillarId === p.id).map((a) => a.level as number);
    if (ls.length > 0) heat.push([p.code, ls.reduce((s, l) => s + l, 0) / ls.length]);
  }
  const gaps = levels
    .map((a) => {
      const ind = indicator.get(a.indicatorId)!;
      return [ind.code, (a.targetOverride ?? target.get(ind.pillarId) ?? 3) - (a.level as number), ind.weight] as [string, number, number];
    })
    .filter(([, gap]) => gap > 0)
    .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return { heat, gaps };
}

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  return client;
}

describe("the figures kept for the portfolio", () => {
  it("follow every change to a round's answers and targets, once committed", async () => {
    // Levels 0, 1, 2, 3, 4, 0, 1, ... on twelve indicators, targets 3.
    const { roundId, fw, indicators } = await makeRound("AG", 12, (i) => i % 5);
    const db = getDb();
    const first = await stored(roundId);
    expect(first).toEqual(await expected(roundId));
    // By hand for the first indicator (level 0, target 3): a gap of 3 at its weight.
    expect(first?.gaps.find(([code]) => code === indicators[0].code)).toEqual([indicators[0].code, 3, indicators[0].weight]);

    const [a, b, c, d] = indicators;
    await db.answer.update({ where: { roundId_indicatorId: { roundId, indicatorId: a.id } }, data: { level: 4 } });
    expect(await stored(roundId)).toEqual(await expected(roundId));
    await db.answer.update({ where: { roundId_indicatorId: { roundId, indicatorId: b.id } }, data: { targetOverride: 4 } });
    expect(await stored(roundId)).toEqual(await expected(roundId));
    await db.answer.update({ where: { roundId_indicatorId: { roundId, indicatorId: c.id } }, data: { kind: "NOT_APPLICABLE", level: null, notApplicableReason: "no such office" } });
    expect(await stored(roundId)).toEqual(await expected(roundId));
    await db.answer.delete({ where: { roundId_indicatorId: { roundId, indicatorId: d.id } } });
    expect(await stored(roundId)).toEqual(await expected(roundId));
    // A pillar target of 1: the gaps of that pillar's indicators shrink or go.
    await db.roundTarget.update({ where: { roundId_pillarId: { roundId, pillarId: a.pillarId } }, data: { targetLevel: 1 } });
    expect(await stored(roundId)).toEqual(await expected(roundId));
    // A justification alone changes nothing the figures hold (the update trigger does not fire).
    await db.answer.update({ where: { roundId_indicatorId: { roundId, indicatorId: indicators[5].id } }, data: { justification: "unchanged level" } });
    expect(await stored(roundId)).toEqual(await expected(roundId));
    // Every answer gone: no pillar scores, no gaps.
    await db.answer.deleteMany({ where: { roundId } });
    expect(await stored(roundId)).toEqual({ heat: [], gaps: [] });
    expect(fw.pillars.length).toBeGreaterThan(0);
  });

  it("leave no row behind when the round is deleted", async () => {
    const { roundId } = await makeRound("BS", 3, () => 1);
    expect(await stored(roundId)).not.toBeNull();
    await getDb().assessmentRound.delete({ where: { id: roundId } });
    expect(await stored(roundId)).toBeNull();
  });

  it("lose no change when two transactions change one round at once", async () => {
    const { roundId, indicators } = await makeRound("DM", 4, () => 1);
    // A third connection watches: inside a transaction, pg_stat_activity keeps its first reading.
    const [one, two, watcher] = [await connect(), await connect(), await connect()];
    try {
      // The first recomputes now and holds the round's row; the second commits while it does, so
      // its recomputation waits, then must read the first's answer once that commits.
      await one.query("BEGIN");
      await one.query("UPDATE answers SET level = 4 WHERE round_id = $1 AND indicator_id = $2", [roundId, indicators[0].id]);
      await one.query("SET CONSTRAINTS ALL IMMEDIATE");
      const { rows: pids } = await two.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
      await two.query("BEGIN");
      await two.query("UPDATE answers SET level = 0 WHERE round_id = $1 AND indicator_id = $2", [roundId, indicators[1].id]);
      const committing = two.query("COMMIT");
      // The second's commit must reach the lock before the first lets it go: wait until it waits.
      const waiting = async () =>
        (await watcher.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = $1 AND wait_event_type = 'Lock'", [pids[0].pid])).rows[0].n;
      for (let i = 0; i < 200 && (await waiting()) === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await waiting()).toBe(1);
      await one.query("COMMIT");
      await committing;
    } finally {
      await Promise.all([one.end(), two.end(), watcher.end()]);
    }
    const after = await stored(roundId);
    expect(after).toEqual(await expected(roundId));
    // By hand: levels 4, 0, 1, 1 against target 3 -> gaps on the second (3), third and fourth (2 each).
    expect(after?.gaps.map(([code, gap]) => [code, gap])).toEqual(
      [
        [indicators[1].code, 3],
        [indicators[2].code, 2],
        [indicators[3].code, 2],
      ].sort((x, y) => (x[0] < y[0] ? -1 : 1)),
    );
  });

  it("are computed once for every round by a bulk load that switched the triggers off", async () => {
    const { roundId, indicators } = await makeRound("GD", 2, () => 2);
    const client = await connect();
    try {
      await client.query("BEGIN");
      await withValidatedLocksLifted(client, () => client.query("UPDATE answers SET level = 0 WHERE round_id = $1", [roundId]));
      await client.query("COMMIT");
    } finally {
      await client.end();
    }
    const after = await stored(roundId);
    expect(after).toEqual(await expected(roundId));
    expect(after?.gaps.map(([, gap]) => gap)).toEqual(indicators.map(() => 3));
  });
});
