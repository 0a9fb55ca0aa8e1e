// The offline questionnaire in the browser: the focal point of a country made for this spec follows
// the round page's link, downloads the workbook, fills two rows offline (one of them invalid),
// uploads it, sees the preview (the error and the change), saves, and the answer is stored. A file
// that is not a workbook is refused with its reason; another country's focal point gets 403.
import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { createCountryTeam, createTeam, indicatorId, storedAnswer } from "./db";
import { signIn } from "./fixtures";

test("the focal point fills the questionnaire offline, previews the upload and saves it", async ({ browser }) => {
  // Two people sign in, a workbook goes down and up twice: more than the default 30 s on a busy machine.
  test.setTimeout(90_000);
  const team = await createCountryTeam();
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, team.focal.email, team.focal.password);
  await page.goto(`/rounds/${team.roundId}`);
  await page.getByTestId("workbook-link").click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("workbook-download").click()]);
  expect(download.suggestedFilename()).toBe(`cybercap-${team.iso2}-2026-questionnaire.xlsx`);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const pre = wb.getWorksheet("PRE");
  if (!pre) throw new Error("no PRE sheet");
  expect(pre.getRow(2).getCell(1).value).toBe("PRE-01");
  pre.getRow(2).getCell(5).value = "3 – Established";
  pre.getRow(2).getCell(7).value = "Unit set up by decree in 2024.";
  pre.getRow(3).getCell(5).value = "Not applicable";
  const filled = Buffer.from(await wb.xlsx.writeBuffer());

  await page.getByTestId("workbook-file").setInputFiles({ name: "filled.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: filled });
  await page.getByTestId("workbook-check").click();
  await expect(page.getByTestId("workbook-row-PRE-01")).toHaveAttribute("data-status", "change");
  await expect(page.getByTestId("workbook-row-PRE-02")).toHaveAttribute("data-status", "invalid");
  await expect(page.getByTestId("workbook-row-PRE-02")).toContainText("Say why this is not applicable.");
  expect(await storedAnswer(team.roundId, await indicatorId("PRE-01"))).toBeNull();

  await page.getByTestId("workbook-apply").click();
  await expect(page.getByTestId("workbook-applied")).toHaveText("1 change saved.");
  expect(await storedAnswer(team.roundId, await indicatorId("PRE-01"))).toMatchObject({ kind: "LEVEL", justification: "Unit set up by decree in 2024." });

  // Not a workbook: refused, with the reason.
  await page.getByTestId("workbook-file").setInputFiles({ name: "answers.csv", mimeType: "text/csv", buffer: Buffer.from("PRE-01,4\n") });
  await page.getByTestId("workbook-check").click();
  await expect(page.getByTestId("workbook-error")).toHaveText("This is not an Excel workbook (XLSX).");
  await context.close();

  const other = await createTeam();
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await signIn(strangerPage, other.focal.email, other.focal.password);
  expect((await strangerPage.request.get(`/api/v1/rounds/${team.roundId}/workbook`)).status()).toBe(403);
  expect((await strangerPage.request.post(`/api/v1/rounds/${team.roundId}/workbook/preview`, { data: filled, headers: { "content-type": "application/octet-stream" } })).status()).toBe(403);
  await stranger.close();
});
