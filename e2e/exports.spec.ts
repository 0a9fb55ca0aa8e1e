// Data exports: the focal point of a country made for this spec downloads the round's XLSX from the
// dashboard's "Download" block and finds their answer and the scoring module's pillar score in it;
// another country's focal point is refused (403) on every export URL of that round and on the
// portfolio's.
import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { uuidv7 } from "../lib/ids";
import { scoreRound } from "../lib/scoring/score";
import { createCountryTeam, createTeam, db, indicatorId } from "./db";
import { signIn } from "./fixtures";

const LEVELS: Record<string, number> = { "PRE-01": 2, "PRE-02": 3, "PRE-03": 1 };

test("the focal point downloads the round's XLSX from the dashboard; another country's focal point gets 403", async ({ browser }) => {
  // Two people sign in, a workbook is downloaded and read: more than the default 30 s on a busy machine.
  test.setTimeout(90_000);
  const team = await createCountryTeam();
  const pool = await db();
  for (const [code, level] of Object.entries(LEVELS)) {
    await pool.query(
      `INSERT INTO answers (id, round_id, indicator_id, kind, level, justification, updated_at) VALUES ($1, $2, $3, 'LEVEL', $4, $5, now())`,
      [uuidv7(), team.roundId, await indicatorId(code), level, `Answer to ${code}`],
    );
  }
  const prePillar = scoreRound({
    pillars: [{ code: "PRE", target: 3 }],
    indicators: Object.keys(LEVELS).map((code) => ({ code, pillarCode: "PRE", weight: 1, uncacArticles: [], budapestArticles: [] })),
    answers: new Map(Object.entries(LEVELS).map(([code, level]) => [code, { kind: "LEVEL" as const, level, targetOverride: null }])),
    services: [],
  }).pillars[0];

  const own = await browser.newContext({ acceptDownloads: true });
  const page = await own.newPage();
  await signIn(page, team.focal.email, team.focal.password);
  await page.goto(`/rounds/${team.roundId}/dashboard`);
  const block = page.getByTestId("export-links");
  await block.locator("summary").click();
  const [download] = await Promise.all([page.waitForEvent("download"), block.getByTestId("export-xlsx").click()]);
  expect(download.suggestedFilename()).toBe(`cybercap-${team.iso2}-2026-answers.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const answers = wb.getWorksheet("Answers");
  if (!answers) throw new Error("no Answers sheet");
  const head = answers.getRow(1).values as unknown[];
  const row = answers.getRow(2).values as unknown[];
  expect(row[head.indexOf("Indicator")]).toBe("PRE-01");
  expect(row[head.indexOf("Level")]).toBe(2);
  expect(row[head.indexOf("Justification")]).toBe("Answer to PRE-01");
  const scores = wb.getWorksheet("Scores");
  if (!scores) throw new Error("no Scores sheet");
  const scoreHead = scores.getRow(1).values as unknown[];
  const pre = scores.getRow(2).values as unknown[];
  expect(pre[1]).toBe("PRE");
  expect(pre[scoreHead.indexOf("Score (0-4)")]).toBe(prePillar.score);
  await own.close();

  const other = await createTeam();
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await signIn(strangerPage, other.focal.email, other.focal.password);
  for (const format of ["xlsx", "csv", "json"]) {
    const response = await strangerPage.request.get(`/api/v1/rounds/${team.roundId}/export?format=${format}&lang=en`);
    expect(response.status(), format).toBe(403);
    expect((await response.json()).error.code).toBe("FORBIDDEN");
  }
  for (const format of ["xlsx", "csv"]) {
    expect((await strangerPage.request.get(`/api/v1/portfolio/export?format=${format}`)).status(), `portfolio ${format}`).toBe(403);
  }
  // Unknown rounds and unreadable queries are refused too, with the same JSON errors.
  expect((await strangerPage.request.get(`/api/v1/rounds/${uuidv7()}/export?format=xlsx`)).status()).toBe(404);
  const bad = await strangerPage.request.get(`/api/v1/rounds/${team.roundId}/export?format=exe`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatchObject({ code: "INVALID_QUERY", fields: { format: "invalid" } });
  await stranger.close();
});
