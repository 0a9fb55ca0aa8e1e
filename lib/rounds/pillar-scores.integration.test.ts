import pg from "pg";
import { describe, expect, it } from "vitest";
import { withValidatedLocksLifted } from "../../scripts/lib/bulk-load";
import { getDb } from "../db";
import { makeValidatedRound } from "../testing/fixtures";

// round_pillar_scores (migration 20261201230000): the validated score of each pillar of a validated
// round, kept by triggers, read by the portfolio's progress between cycles. KN, LC and VC: no other
// suite uses them.

/** pillar code -> [score, answered] of a round, as the table holds them. */
async function stored(roundId: string): Promise<Record<string, [number, number]>> {
  const rows = await getDb().$queryRaw<{ code: string; score: number; answered: number }[]>`
    SELECT p.code, s.score, s.answered FROM round_pillar_scores s JOIN pillars p ON p.id = s.pillar_id WHERE s.round_id = ${roundId}::uuid ORDER BY p.code`;
  return Object.fromEntries(rows.map((r) => [r.code, [r.score, r.answered]]));
}

async function pillarOf(code: string): Promise<string> {
  const i = await getDb().indicator.findFirstOrThrow({ where: { code, frameworkVersion: { status: "PUBLISHED" } }, select: { pillar: { select: { code: true } } } });
  return i.pillar.code;
}

describe("pillar scores of validated rounds", () => {
  it("are written at validation, follow the officer's validated levels, and go when the round is reopened", async () => {
    const db = getDb();
    // INV-01 at 1 and INV-02 at 4: mean 2.5 over 2. INV-03 not applicable and INV-04 "don't know": not counted.
    const round = await makeValidatedRound("KN", {
      answers: [
        { code: "INV-01", level: 1 },
        { code: "INV-02", level: 4 },
        { code: "INV-03", kind: "NOT_APPLICABLE" },
        { code: "INV-04", kind: "DONT_KNOW" },
      ],
    });
    const inv = await pillarOf("INV-01");
    expect(await stored(round.id)).toEqual({ [inv]: [2.5, 2] });

    // The officer validates INV-01 at 3 instead of 1: (3 + 4) / 2 = 3.5. A validated level on the
    // "don't know" answer counts too: (3 + 4 + 2) / 3 = 3.
    const indicator = async (code: string) => (await db.indicator.findFirstOrThrow({ where: { code, frameworkVersion: { status: "PUBLISHED" } }, select: { id: true } })).id;
    await db.indicatorReview.create({ data: { roundId: round.id, indicatorId: await indicator("INV-01"), validatedLevel: 3, validatedReason: "Law in force" } });
    expect(await stored(round.id)).toEqual({ [inv]: [3.5, 2] });
    await db.indicatorReview.create({ data: { roundId: round.id, indicatorId: await indicator("INV-04"), validatedLevel: 2, validatedReason: "Seen" } });
    expect(await stored(round.id)).toEqual({ [inv]: [3, 3] });
    await db.indicatorReview.updateMany({ where: { roundId: round.id, indicatorId: await indicator("INV-04") }, data: { validatedLevel: null } });
    expect(await stored(round.id)).toEqual({ [inv]: [3.5, 2] });

    // Reopened by an administrator (back to the country): no longer validated, no rows; validated
    // again: back.
    await db.assessmentRound.update({ where: { id: round.id }, data: { status: "CHANGES_REQUESTED" } });
    expect(await stored(round.id)).toEqual({});
    await db.assessmentRound.update({ where: { id: round.id }, data: { status: "VALIDATED" } });
    expect(await stored(round.id)).toEqual({ [inv]: [3.5, 2] });

    // Archived after its validation: still counts.
    await db.assessmentRound.update({ where: { id: round.id }, data: { status: "ARCHIVED" } });
    expect(await stored(round.id)).toEqual({ [inv]: [3.5, 2] });
  });

  it("hold one row per pillar with answers, whatever the number of indicators", async () => {
    const round = await makeValidatedRound("LC", { answers: [{ code: "INV-01", level: 0 }, { code: "INV-02", level: 3 }, { code: "LEG-01", level: 2 }] });
    const [inv, leg] = [await pillarOf("INV-01"), await pillarOf("LEG-01")];
    expect(await stored(round.id)).toEqual({ [inv]: [1.5, 2], [leg]: [2, 1] });
  });

  it("are recomputed by a bulk load that lifted the answer locks", async () => {
    const round = await makeValidatedRound("VC", { answers: [{ code: "INV-01", level: 1 }] });
    const inv = await pillarOf("INV-01");
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query("BEGIN");
      await withValidatedLocksLifted(client, () => client.query(`UPDATE answers SET level = 4 WHERE round_id = $1`, [round.id]));
      await client.query("COMMIT");
    } finally {
      await client.end();
    }
    expect(await stored(round.id)).toEqual({ [inv]: [4, 1] });
  });
});
