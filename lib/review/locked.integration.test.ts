import { describe, expect, it } from "vitest";
import { getDb, getPool } from "../db";
import { makeUser, makeValidatedRound } from "../testing/fixtures";
import { reopenOrArchiveRound } from "./service";

describe("a validated round's answers", () => {
  it("cannot change in the database, by any path, until an administrator reopens the round", async () => {
    const round = await makeValidatedRound("SB", { answers: [{ code: "INV-01", level: 2, evidenceUrl: "https://example.org/a" }, { code: "INV-02", level: 3 }] });
    const answerId = round.answers.get("INV-01")!;
    const pool = getPool();
    await expect(pool.query("UPDATE answers SET level = 4 WHERE id = $1", [answerId])).rejects.toThrow(/validated round cannot change/);
    await expect(pool.query("DELETE FROM answers WHERE id = $1", [answerId])).rejects.toThrow(/validated round cannot change/);
    const indicator = await getDb().indicator.findFirstOrThrow({ where: { code: "INV-03", frameworkVersion: { status: "PUBLISHED" } }, select: { id: true } });
    await expect(pool.query("INSERT INTO answers (id, round_id, indicator_id, kind, level, updated_at) VALUES (gen_random_uuid(), $1, $2, 'LEVEL', 1, now())", [round.id, indicator.id])).rejects.toThrow(/validated round cannot change/);
    await expect(pool.query("DELETE FROM evidence_items WHERE answer_id = $1", [answerId])).rejects.toThrow(/evidence of a validated round cannot change/);
    await expect(pool.query("INSERT INTO evidence_items (id, answer_id, kind, url) VALUES (gen_random_uuid(), $1, 'LINK', 'https://example.org/b')", [answerId])).rejects.toThrow(/evidence of a validated round/);
    expect((await getDb().answer.findUniqueOrThrow({ where: { id: answerId } })).level).toBe(2);

    // Archived after validation: still locked. Reopened by an administrator: editable again.
    const admin = await makeUser({ isAdmin: true });
    await reopenOrArchiveRound(admin, round.id, "reopen", { reason: "Corrections from the ministry" });
    await pool.query("UPDATE answers SET level = 4 WHERE id = $1", [answerId]);
    expect((await getDb().answer.findUniqueOrThrow({ where: { id: answerId } })).level).toBe(4);
  });
});
