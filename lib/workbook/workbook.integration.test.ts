import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { saveAnswer } from "../answers/service";
import { getDb } from "../db";
import { zipBytes } from "../evidence/test-files";
import { indicatorOf, makeOpenRound, makeUser } from "../testing/fixtures";
import { applyWorkbook, downloadWorkbook, previewWorkbook } from "./service";
import { COLUMNS, META_SHEET } from "./template";

const level = (n: number) => ({ kind: "LEVEL" as const, level: n, notApplicableReason: null, justification: null, targetOverride: null });

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

async function save(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The row of an indicator on its pillar's sheet. */
function rowOf(wb: ExcelJS.Workbook, code: string): ExcelJS.Row {
  const ws = wb.getWorksheet(code.split("-")[0]);
  if (!ws) throw new Error(`no sheet for ${code}`);
  for (let r = 2; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(COLUMNS.code).value === code) return ws.getRow(r);
  throw new Error(`no row for ${code}`);
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; reason?: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { code: string; details?: { reason?: string } };
    return { code: e.code, reason: e.details?.reason };
  }
  throw new Error("accepted");
}

async function answersOf(roundId: string) {
  return getDb().answer.findMany({ where: { roundId }, select: { indicatorId: true, kind: true, level: true, version: true, justification: true }, orderBy: { indicatorId: "asc" } });
}

describe("the offline questionnaire", () => {
  it("round-trips: download, fill offline, preview with errors and a conflict, apply under the web form's rules, audited", async () => {
    const round = await makeOpenRound("VN");
    const focal = await makeUser({ memberOf: { iso2: "VN", role: "FOCAL_POINT" } });
    const respondent = await makeUser({ memberOf: { iso2: "VN", role: "RESPONDENT", pillars: ["PRE"] } });
    const [pre1, pre2, pre3, pre4, inv1] = await Promise.all([indicatorOf("PRE", 0), indicatorOf("PRE", 1), indicatorOf("PRE", 2), indicatorOf("PRE", 3), indicatorOf("INV", 0)]);
    await saveAnswer(focal, round.id, pre1.id, { version: 0, answer: level(1) });
    const pre2Saved = await saveAnswer(focal, round.id, pre2.id, { version: 0, answer: level(2) });

    const { fileName, bytes } = await downloadWorkbook(focal, round.id, "en");
    expect(fileName).toMatch(/^cybercap-VN-.+-questionnaire\.xlsx$/);
    const wb = await load(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Instructions", META_SHEET, "PRE", "INV", "FOR", "EVI", "PRO", "LEG"]);
    expect(wb.getWorksheet(META_SHEET)?.state).toBe("veryHidden");
    const first = rowOf(wb, pre1.code);
    expect(first.getCell(COLUMNS.answer).value).toBe("1 – Initial");
    expect(first.getCell(COLUMNS.answer).dataValidation).toMatchObject({ type: "list", formulae: [`'${META_SHEET}'!$H$1:$H$7`] });
    expect(first.getCell(COLUMNS.answer).protection).toMatchObject({ locked: false });
    expect(first.getCell(COLUMNS.title).protection?.locked).not.toBe(false);
    expect((wb.getWorksheet("PRE") as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    // A respondent's workbook holds their pillars only.
    expect((await load((await downloadWorkbook(respondent, round.id, "fr")).bytes)).worksheets.map((w) => w.name)).toEqual(["Mode d'emploi", META_SHEET, "PRE"]);

    // Offline: four changes, one of them invalid; meanwhile PRE-02 changes online.
    rowOf(wb, pre1.code).getCell(COLUMNS.answer).value = "3 – Established";
    rowOf(wb, pre2.code).getCell(COLUMNS.answer).value = "4 – Advanced";
    rowOf(wb, pre3.code).getCell(COLUMNS.answer).value = "Not applicable";
    rowOf(wb, pre4.code).getCell(COLUMNS.answer).value = "Don't know";
    rowOf(wb, pre4.code).getCell(COLUMNS.justification).value = "=not a formula, typed as text";
    rowOf(wb, inv1.code).getCell(COLUMNS.answer).value = "2";
    const filled = await save(wb);
    await saveAnswer(focal, round.id, pre2.id, { version: pre2Saved.version, answer: level(0) });
    const before = await answersOf(round.id);

    const preview = await previewWorkbook(focal, round.id, filled);
    const status = Object.fromEntries(preview.rows.map((r) => [r.code, r.status]));
    expect(status).toMatchObject({ [pre1.code]: "change", [pre2.code]: "conflict", [pre3.code]: "invalid", [pre4.code]: "change", [inv1.code]: "change" });
    expect(preview.rows.find((r) => r.code === pre3.code)?.errors).toEqual({ notApplicableReason: "reasonRequired" });
    expect(preview.counts).toMatchObject({ change: 3, conflict: 1, invalid: 1 });
    expect(await answersOf(round.id)).toEqual(before);
    // The respondent may not apply INV-01 (not their pillar).
    expect((await previewWorkbook(respondent, round.id, filled)).rows.find((r) => r.code === inv1.code)?.status).toBe("notAssigned");

    const result = await applyWorkbook(focal, round.id, filled);
    expect(result.applied).toBe(3);
    const after = new Map((await answersOf(round.id)).map((a) => [a.indicatorId, a]));
    expect(after.get(pre1.id)).toMatchObject({ kind: "LEVEL", level: 3 });
    expect(after.get(pre2.id)).toMatchObject({ kind: "LEVEL", level: 0 });
    expect(after.get(pre3.id)).toBeUndefined();
    expect(after.get(pre4.id)).toMatchObject({ kind: "DONT_KNOW", level: null, justification: "=not a formula, typed as text" });
    expect(after.get(inv1.id)).toMatchObject({ kind: "LEVEL", level: 2 });
    const audit = await getDb().auditEvent.findMany({ where: { countryId: round.countryId, actorId: focal.userId }, select: { action: true, entityId: true } });
    expect(audit.filter((e) => e.action === "answer.save").length).toBeGreaterThanOrEqual(6);
    expect(audit.filter((e) => e.action === "round.workbook_import")).toHaveLength(1);
    // Applying the same file again: the rows it saved are now conflicts (their versions moved on).
    expect((await applyWorkbook(focal, round.id, filled)).applied).toBe(0);
  });

  it("applies a file as one transaction: when a later row fails, none of the file's rows stays applied", async () => {
    const round = await makeOpenRound("TL");
    const focal = await makeUser({ memberOf: { iso2: "TL", role: "FOCAL_POINT" } });
    const [pre1, pre2, inv1] = await Promise.all([indicatorOf("PRE", 0), indicatorOf("PRE", 1), indicatorOf("INV", 0)]);
    await saveAnswer(focal, round.id, pre1.id, { version: 0, answer: level(1) });
    const wb = await load((await downloadWorkbook(focal, round.id, "en")).bytes);
    rowOf(wb, pre1.code).getCell(COLUMNS.answer).value = "3 – Established";
    rowOf(wb, pre2.code).getCell(COLUMNS.answer).value = "2 – Developing";
    rowOf(wb, inv1.code).getCell(COLUMNS.answer).value = "4 – Advanced";
    const filled = await save(wb);
    const before = await answersOf(round.id);
    const auditBefore = await getDb().auditEvent.count({ where: { countryId: round.countryId } });

    // The database refuses the last row of the file (INV comes after PRE), as a dropped connection
    // or a failing disk would part-way: the two PRE rows were written before it in the transaction.
    const fn = `workbook_fail_${round.id.replace(/-/g, "")}`;
    await getDb().$executeRawUnsafe(
      `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$`,
    );
    await getDb().$executeRawUnsafe(
      `CREATE TRIGGER ${fn} BEFORE INSERT OR UPDATE ON answers FOR EACH ROW WHEN (NEW.round_id = '${round.id}'::uuid AND NEW.indicator_id = '${inv1.id}'::uuid) EXECUTE FUNCTION ${fn}()`,
    );
    try {
      await expect(applyWorkbook(focal, round.id, filled)).rejects.toThrow(/disk full/);
    } finally {
      await getDb().$executeRawUnsafe(`DROP TRIGGER ${fn} ON answers`);
      await getDb().$executeRawUnsafe(`DROP FUNCTION ${fn}()`);
    }
    expect(await answersOf(round.id)).toEqual(before);
    expect(await getDb().auditEvent.count({ where: { countryId: round.countryId } })).toBe(auditBefore);

    // The same file applies whole once the fault is gone.
    expect((await applyWorkbook(focal, round.id, filled)).applied).toBe(3);
    const after = new Map((await answersOf(round.id)).map((a) => [a.indicatorId, a]));
    expect([after.get(pre1.id)?.level, after.get(pre2.id)?.level, after.get(inv1.id)?.level]).toEqual([3, 2, 4]);
  });

  it("refuses malformed files and wrong rounds or states with a clear reason, and changes nothing", async () => {
    const round = await makeOpenRound("AF");
    const focal = await makeUser({ memberOf: { iso2: "AF", role: "FOCAL_POINT" } });
    const pre1 = await indicatorOf("PRE", 0);
    await saveAnswer(focal, round.id, pre1.id, { version: 0, answer: level(1) });
    const good = (await downloadWorkbook(focal, round.id, "en")).bytes;
    const before = await answersOf(round.id);

    const edited = async (change: (wb: ExcelJS.Workbook) => void) => {
      const wb = await load(good);
      rowOf(wb, pre1.code).getCell(COLUMNS.answer).value = "4";
      change(wb);
      return save(wb);
    };
    const bomb = zipBytes([{ name: "xl/workbook.xml", content: "<workbook/>" }]);
    const view = new DataView(bomb.buffer);
    for (let i = 0; i < bomb.byteLength - 4; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 4_000_000_000, true);
    const oversized = new Uint8Array(3 * 1024 * 1024);
    oversized.set(good.slice(0, 4));

    const cases: [string, Uint8Array][] = [
      ["notWorkbook", new TextEncoder().encode("indicator,answer\nPRE-01,4\n")],
      ["corrupted", good.slice(0, Math.floor(good.byteLength / 2))],
      ["tooExpanded", bomb],
      ["tooLarge", oversized],
      ["wrongTemplate", await edited((wb) => (wb.getWorksheet(META_SHEET)!.getCell(1, 2).value = "0"))],
      ["wrongTemplate", await edited((wb) => wb.removeWorksheet(wb.getWorksheet(META_SHEET)!.id))],
      ["formulas", await edited((wb) => (rowOf(wb, pre1.code).getCell(COLUMNS.justification).value = { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue))],
    ];
    for (const [reason, bytes] of cases) {
      const code = reason === "tooLarge" ? "PAYLOAD_TOO_LARGE" : "WORKBOOK_INVALID";
      expect(await refusal(previewWorkbook(focal, round.id, bytes)), reason).toEqual({ code, reason });
      expect(await refusal(applyWorkbook(focal, round.id, bytes)), reason).toEqual({ code, reason });
    }
    expect(await answersOf(round.id)).toEqual(before);

    // Another round of another country, its own focal point: the file is not that round's.
    const other = await makeOpenRound("NI");
    const otherFocal = await makeUser({ memberOf: { iso2: "NI", role: "FOCAL_POINT" } });
    expect(await refusal(previewWorkbook(otherFocal, other.id, good))).toEqual({ code: "WORKBOOK_INVALID", reason: "wrongRound" });
    // Outsiders and officers, unknown rounds, rounds no longer editable.
    expect((await refusal(downloadWorkbook(otherFocal, round.id, "en"))).code).toBe("FORBIDDEN");
    expect((await refusal(previewWorkbook(otherFocal, round.id, good))).code).toBe("FORBIDDEN");
    const officer = await makeUser({ officerOfCountry: "AF" });
    expect((await refusal(downloadWorkbook(officer, round.id, "en"))).code).toBe("FORBIDDEN");
    expect((await refusal(downloadWorkbook(focal, "0190a000-0000-7000-8000-000000000000", "en"))).code).toBe("NOT_FOUND");
    await getDb().assessmentRound.update({ where: { id: round.id }, data: { status: "SUBMITTED" } });
    expect((await refusal(applyWorkbook(focal, round.id, await edited(() => undefined)))).code).toBe("ROUND_NOT_EDITABLE");
    expect(await answersOf(round.id)).toEqual(before);
  });
});
