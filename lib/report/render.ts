import "server-only";
// Renders a round's gap report: PDF by Chromium's own print of the print page
// (app/print/rounds/[roundId]/report), DOCX by lib/report/docx.ts with the charts screenshotted from
// that same page. The reader is authorized first, with the dashboard's loader (so an unknown round is
// a 404 and a stranger a 403 before any browser work); the browser then opens the print page with the
// reader's own session cookie, where the page authorizes again like the dashboard. Nothing of a
// reader is shared between renders or kept in memory: each has its own page, and the session goes as
// that page's Cookie header (lib/report/browser.ts).
import type { Page } from "playwright-core";
import type { Actor } from "../authz";
import { env, listeningPort } from "../env";
import { AppError } from "../errors";
import { LOCALE_COOKIE, type Locale } from "../i18n/config";
import { logger } from "../logger";
import { withPrintPage } from "./browser";
import { printGrantHeaders } from "./print-access";
import { reportFilename } from "./content";
import { buildReportDocx, type ChartImage } from "./docx";
import { getRoundReport } from "./service";
import { reportTranslators } from "./translators";
import type { RenderedReport } from "./types";

const PAGE_TIMEOUT_MS = 30_000;

/** Where this instance serves its own pages: REPORT_RENDER_URL, else its loopback address. */
function ownOrigin(): string {
  return (env().REPORT_RENDER_URL ?? `http://127.0.0.1:${listeningPort()}`).replace(/\/+$/, "");
}

/**
 * The headers of the print page's requests: a grant naming the reader and the round (whatever the
 * reader signed in with: session or API token; ./print-grant.ts), and the report's language.
 */
function printHeaders(actor: Actor, roundId: string, lang: Locale): Record<string, string> {
  return { ...printGrantHeaders(actor, roundId), cookie: `${LOCALE_COOKIE}=${lang}` };
}

/**
 * Opens the print page (no script runs: it is complete as the server sends it) and waits for its
 * fonts. Returns when the page's HTML had arrived whole, in ms after the request started (the
 * server's render and the transfer), for the debug log.
 */
async function openPrintPage(page: Page, roundId: string): Promise<number> {
  page.setDefaultTimeout(PAGE_TIMEOUT_MS);
  const url = `${ownOrigin()}/print/rounds/${roundId}/report`;
  const response = await page.goto(url, { waitUntil: "load" });
  const status = response?.status() ?? 0;
  if (status === 404) throw new AppError("NOT_FOUND", "round");
  if (status === 403) throw new AppError("FORBIDDEN");
  if (status !== 200 || !(await page.locator('[data-testid="report"]').count())) throw new Error(`report print page answered ${status}`);
  // Every chart is SVG in the HTML; only the web fonts the text uses may still be arriving.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const timing = response?.request().timing();
  return timing ? Math.round(timing.responseEnd) : -1;
}

export async function renderRoundPdf(actor: Actor, roundId: string, lang: Locale): Promise<RenderedReport> {
  const report = await getRoundReport(actor, roundId);
  const body = await withPrintPage(printHeaders(actor, roundId, lang), async (page) => {
    const started = performance.now();
    const htmlMs = await openPrintPage(page, roundId);
    const opened = performance.now();
    // The footer is drawn by Chromium outside the page, without its web fonts: digits only.
    const footer = '<div style="width:100%;font-size:8px;color:#52606d;text-align:center;font-family:sans-serif"><span class="pageNumber"></span> / <span class="totalPages"></span></div>';
    const pdf = await page.pdf({
      format: "A4",
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: footer,
      // A tagged PDF with bookmarks from the headings: readable by screen readers, navigable.
      tagged: true,
      outline: true,
    });
    logger.debug({ roundId, lang, htmlMs, openMs: Math.round(opened - started), printMs: Math.round(performance.now() - opened) }, "report pdf rendered");
    return pdf;
  });
  return { body: new Uint8Array(body), filename: reportFilename(report.dashboard, lang, "pdf"), contentType: "application/pdf" };
}

export async function renderRoundDocx(actor: Actor, roundId: string, lang: Locale): Promise<RenderedReport> {
  const report = await getRoundReport(actor, roundId);
  const charts = await withPrintPage(printHeaders(actor, roundId, lang), async (page) => {
    await openPrintPage(page, roundId);
    const images: ChartImage[] = [];
    for (const figure of await page.locator("[data-report-chart]").all()) {
      const key = (await figure.getAttribute("data-report-chart")) ?? "";
      const box = await figure.boundingBox();
      if (!box) continue;
      images.push({ key, png: new Uint8Array(await figure.screenshot({ type: "png", animations: "disabled" })), width: box.width, height: box.height });
    }
    return images;
  }, { deviceScaleFactor: 2 });
  const body = await buildReportDocx({ report, lang, t: await reportTranslators(lang), charts });
  return { body, filename: reportFilename(report.dashboard, lang, "docx"), contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" };
}
