// The gap report (PDF and DOCX): a focal point downloads the PDF from the dashboard, and the DOCX in
// French from the round page; the PDF's text layer, read back with pdfjs-dist, holds the scoring
// module's pillar scores, and the Arabic and Chinese reports hold the framework's pillar names as
// whole words in logical order (which catches letters swapped or split by the text layer); the DOCX
// read back holds the same; another country's focal point gets 403 on both, an unknown round 404.
import { readFileSync } from "node:fs";
import { expect, request as apiRequest, test, type APIRequestContext, type Browser } from "@playwright/test";
import { formatPercent, formatScore } from "../components/dashboard/format";
import type { LocalizedText } from "../lib/i18n/config";
import { scoreRound } from "../lib/scoring";
import { createDashboardFixture, type DashboardFixture } from "./dashboard-data";
import { db } from "./db";
import { signIn } from "./fixtures";
import { docxContent, hasWholeWords, pdfText } from "./report-read";

test.describe.configure({ mode: "serial" });

const arNoScore = (JSON.parse(readFileSync("messages/ar.json", "utf8")) as { dashboard: { noScore: string } }).dashboard.noScore;

let fx: DashboardFixture;
let names: { code: string; name: LocalizedText }[];

async function signedIn(browser: Browser, email: string, password: string): Promise<APIRequestContext> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, password);
  return context.request;
}

async function download(request: APIRequestContext, format: "pdf" | "docx", lang: string, roundId = fx.team.roundId) {
  const response = await request.get(`/api/v1/rounds/${roundId}/export?format=${format}&lang=${lang}`);
  return { status: response.status(), headers: response.headers(), body: new Uint8Array(await response.body()) };
}

test.beforeAll(async () => {
  fx = await createDashboardFixture();
  const { rows } = await (await db()).query<{ code: string; name: LocalizedText }>(
    "SELECT p.code, p.name FROM pillars p JOIN assessment_rounds r ON r.framework_version_id = p.framework_version_id WHERE r.id = $1 ORDER BY p.position",
    [fx.team.roundId],
  );
  names = rows;
});

test("a focal point downloads the gap report as PDF from the dashboard", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, fx.team.focal.email, fx.team.focal.password);
  await page.goto(`/rounds/${fx.team.roundId}/dashboard`);
  await expect(page.getByTestId("report-lang")).toHaveValue("en");
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId("report-pdf").click()]);
  expect(file.suggestedFilename()).toMatch(/^cybercap-gap-report-[A-Z]{2}-2026-en\.pdf$/);
  const bytes = new Uint8Array(await (await import("node:fs/promises")).readFile(await file.path()));
  expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
  expect((await pdfText(bytes)).pages).toBeGreaterThan(5);
});

test("the round page offers the report too, in the language chosen there", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, fx.team.focal.email, fx.team.focal.password);
  await page.goto(`/rounds/${fx.team.roundId}`);
  await page.getByTestId("report-lang").selectOption("fr");
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId("report-docx").click()]);
  expect(file.suggestedFilename()).toMatch(/^cybercap-gap-report-[A-Z]{2}-2026-fr\.docx$/);
  const bytes = new Uint8Array(await (await import("node:fs/promises")).readFile(await file.path()));
  // A DOCX is a zip: it starts with the local file header's signature.
  expect(Buffer.from(bytes.subarray(0, 2)).toString("latin1")).toBe("PK");
});

test("the PDF's text layer holds the scoring module's figures, and the pillar names in Arabic and Chinese", async ({ browser }) => {
  test.setTimeout(120_000);
  const request = await signedIn(browser, fx.team.focal.email, fx.team.focal.password);
  const scores = scoreRound(fx.current);

  const en = await download(request, "pdf", "en");
  expect(en.status).toBe(200);
  expect(en.headers["content-type"]).toBe("application/pdf");
  const enText = await pdfText(en.body);
  for (const p of scores.pillars) {
    const name = names.find((n) => n.code === p.code)?.name.en ?? p.code;
    // The pillar table's row: name, score, percent of 4, target.
    const row = p.score === null ? `${name} no score no score ${formatScore("en", p.target)}` : `${name} ${formatScore("en", p.score)} ${formatPercent("en", p.percent ?? 0)} ${formatScore("en", p.target)}`;
    expect(enText.spaced, p.code).toContain(row);
  }
  // Convention coverage names each article with its title (convention_articles).
  expect(enText.spaced).toContain("Art. 7 — Illegal access");

  const ar = await download(request, "pdf", "ar");
  expect(ar.status).toBe(200);
  const arText = await pdfText(ar.body);
  for (const n of names) {
    expect(n.name.ar, n.code).toBeTruthy();
    expect(hasWholeWords(arText.spaced, n.name.ar ?? ""), `${n.code}: ${n.name.ar}`).toBe(true);
  }
  for (const p of scores.pillars) if (p.score !== null) expect(arText.spaced).toContain(formatScore("ar", p.score));

  const zh = await download(request, "pdf", "zh");
  expect(zh.status).toBe(200);
  const zhText = await pdfText(zh.body);
  for (const n of names) expect(zhText.joined.replace(/ /g, ""), n.code).toContain((n.name.zh ?? "").replace(/ /g, ""));
});

test("the DOCX holds the same content, right to left in Arabic, with the charts as images", async ({ browser }) => {
  test.setTimeout(90_000);
  const request = await signedIn(browser, fx.team.focal.email, fx.team.focal.password);
  const scores = scoreRound(fx.current);
  const ar = await download(request, "docx", "ar");
  expect(ar.status).toBe(200);
  expect(ar.headers["content-disposition"]).toMatch(/filename="cybercap-gap-report-[A-Z]{2}-2026-ar\.docx"/);
  const doc = docxContent(ar.body);
  expect(doc.xml).toContain("<w:bidi/>");
  expect(doc.xml).toContain("<w:rtl/>");
  for (const n of names) expect(doc.paragraphs, n.code).toContain(n.name.ar);
  // The pillar table's row: the name, then the score in the next cell, the target two further.
  for (const p of scores.pillars) {
    const name = names.find((n) => n.code === p.code)?.name.ar ?? "";
    const score = p.score === null ? arNoScore : formatScore("ar", p.score);
    const rows = doc.paragraphs.flatMap((text, i) => (text === name ? [doc.paragraphs.slice(i, i + 4)] : []));
    expect(rows, p.code).toContainEqual([name, score, expect.any(String), formatScore("ar", p.target)]);
  }
  expect(doc.paragraphs).not.toContain("no score");
  // Convention coverage names each article with its Arabic title.
  const illegalAccess = (await (await db()).query<{ ar: string }>(`SELECT title->>'ar' AS ar FROM convention_articles WHERE convention = 'UNCC' AND number = 7`)).rows[0].ar;
  expect(doc.paragraphs).toContain(`المادة 7 — ${illegalAccess}`);
  // The radar, the gap bars and one chart per pillar.
  expect(doc.xml.match(/<w:drawing>/g)?.length ?? 0).toBe(2 + names.length);
  expect(doc.images.length).toBeGreaterThanOrEqual(2);
});

test("another country's focal point gets 403 on the PDF and the DOCX, and an unknown round is 404", async ({ browser }) => {
  const outsider = await signedIn(browser, fx.outsider.email, fx.outsider.password);
  for (const format of ["pdf", "docx"] as const) {
    const refused = await download(outsider, format, "en");
    expect(refused.status, format).toBe(403);
    expect(JSON.parse(Buffer.from(refused.body).toString("utf8")).error.code).toBe("FORBIDDEN");
    expect((await download(outsider, format, "en", "01900000-0000-7000-8000-000000000000")).status, format).toBe(404);
  }
  expect((await outsider.get(`/print/rounds/${fx.team.roundId}/report`)).status()).toBe(403);
  const focal = await signedIn(browser, fx.team.focal.email, fx.team.focal.password);
  expect((await focal.get(`/api/v1/rounds/${fx.team.roundId}/export?format=rtf`)).status()).toBe(400);
});

test("a personal API token downloads the report too, with no session; the print page refuses a forged grant", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const focal = await signedIn(browser, fx.team.focal.email, fx.team.focal.password);
  const created = await focal.post("/api/v1/tokens", { data: { name: "Report robot", scope: "read", expiresInDays: 1 } });
  expect(created.status()).toBe(201);
  const { token } = (await created.json()) as { token: string };
  const robot = await apiRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const pdf = await download(robot, "pdf", "ar");
  expect(pdf.status).toBe(200);
  const text = await pdfText(pdf.body);
  for (const n of names) expect(hasWholeWords(text.spaced, n.name.ar ?? ""), n.code).toBe(true);
  const outsiderRound = await download(robot, "pdf", "en", "01900000-0000-7000-8000-000000000000");
  expect(outsiderRound.status).toBe(404);
  await robot.dispose();
  // The grant header alone gets past the proxy, but the page checks its signature: no report.
  const forger = await apiRequest.newContext({ baseURL, extraHTTPHeaders: { "x-cybercap-print-grant": "pg1.e30.AAAA" } });
  const forged = await forger.get(`/print/rounds/${fx.team.roundId}/report`, { maxRedirects: 0 });
  expect(forged.status()).toBe(307);
  expect(forged.headers().location).toContain("/sign-in");
  await forger.dispose();
});
