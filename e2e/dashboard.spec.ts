// The country dashboard: what the focal point and an assigned officer see matches lib/scoring
// computed here from the same answers; each chart's table is one click away; the charts mirror in
// Arabic; the page is accessible and fits 390 px; another country's team gets the 403/404 page; the
// questionnaire does not load recharts; and without JavaScript the tables stand in for the charts.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { conventionArticle } from "../lib/conventions/articles";
import { benchmarkOf, progressBetween, scoreRound, SCORING_METHOD_VERSION } from "../lib/scoring";
import { createDashboardFixture, VALIDATED_LEVEL, type DashboardFixture } from "./dashboard-data";
import { expectAccessible, signIn } from "./fixtures";

const en = (n: number) => new Intl.NumberFormat("en", { maximumFractionDigits: 2 }).format(n);

/** The category labels (pillar codes) of a chart's axis, ordered by position from left to right. */
async function categoriesLeftToRight(chart: Locator, codes: string[]): Promise<string[]> {
  // recharts 3 draws tick labels in a layer of their own, not inside the axis' group: take them all
  // and keep the category ones.
  const ticks = await chart.locator(".recharts-cartesian-axis-tick-value").evaluateAll((nodes) =>
    nodes.map((n) => ({ text: (n.textContent ?? "").trim(), x: n.getBoundingClientRect().x })),
  );
  return ticks.filter((t) => codes.includes(t.text)).sort((a, b) => a.x - b.x).map((t) => t.text);
}

/** Where a radar label sits relative to the chart's centre: 1 right of it, -1 left, 0 on the axis. */
async function radarSide(page: Page, code: string): Promise<number> {
  const chart = await page.getByTestId("radar-chart").locator("svg.recharts-surface").boundingBox();
  const label = await page.getByTestId("radar-chart").locator(".recharts-polar-angle-axis-tick-value", { hasText: code }).boundingBox();
  if (!chart || !label) throw new Error(`no radar label ${code}`);
  const offset = label.x + label.width / 2 - (chart.x + chart.width / 2);
  return Math.abs(offset) < 5 ? 0 : Math.sign(offset);
}

/** The bodies of the scripts a page loads (every response of type script), to look for recharts. */
function collectScripts(page: Page): () => Promise<string[]> {
  const bodies: Promise<string>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") bodies.push(response.text().catch(() => ""));
  });
  return () => Promise.all(bodies);
}

async function expectFigures(page: Page, fx: DashboardFixture): Promise<void> {
  const scores = scoreRound(fx.current);
  for (const p of scores.pillars) {
    await expect(page.getByTestId(`score-${p.code}`)).toHaveText(p.score === null ? "no score" : en(p.score));
    await expect(page.getByTestId(`gap-${p.code}`)).toHaveText(p.gap === null ? "no score" : en(p.gap));
    await expect(page.getByTestId(`target-${p.code}`)).toHaveText(en(p.target));
  }
  const top = scores.priorities[0];
  const first = page.getByTestId("priority-1");
  await expect(first.getByTestId("priority-code")).toHaveText(top.code);
  await expect(first.getByTestId("priority-level")).toHaveText(en(top.level ?? -1));
  await expect(first.getByTestId("priority-gap")).toHaveText(en(top.gap ?? -1));
  await expect(page.getByTestId("priority-table").locator("tbody tr")).toHaveCount(scores.priorities.length);
  // The self-assessed level is scored; the officer's validated level is shown beside it.
  const reviewed = page.getByTestId("priority-table").locator("tbody tr").filter({ has: page.getByTestId("priority-code").getByText(VALIDATED_LEVEL.code, { exact: true }) });
  await expect(reviewed.getByTestId("priority-validated")).toHaveText(`validated by the reviewing officer: ${VALIDATED_LEVEL.level}`);
}

test("the dashboard shows the scoring module's figures to the focal point and an officer, mirrors in Arabic, and stays private", async ({ browser }) => {
  test.setTimeout(120_000);
  const fx = await createDashboardFixture();
  const scores = scoreRound(fx.current);
  const previous = scoreRound(fx.previous);
  const progress = progressBetween(scores, previous);
  const neighbours = fx.neighbours.map((n) => scoreRound(n));
  const url = `/rounds/${fx.team.roundId}/dashboard`;

  // --- The focal point, from the round page.
  const focalContext = await browser.newContext();
  const focal = await focalContext.newPage();
  await signIn(focal, fx.team.focal.email, fx.team.focal.password);
  await focal.goto(`/rounds/${fx.team.roundId}`);
  await focal.getByTestId("dashboard-link").click();
  await expect(focal).toHaveURL(new RegExp(`${url}$`));
  await expect(focal.getByRole("heading", { level: 1 })).toHaveText(`${fx.team.countryName}: 2026, dashboard`);
  await expect(focal.getByTestId("status-badge")).toHaveText("Draft");
  await expect(focal.getByTestId("provisional")).toBeVisible();
  await expect(focal.getByTestId("versions")).toContainText(`Scoring method ${SCORING_METHOD_VERSION}, framework ${fx.frameworkVersion}.`);
  await expect(focal.getByTestId("versions")).toContainText(`Programme region: ${fx.region.name}.`);

  await expectFigures(focal, fx);

  // PRO is all "not applicable": no score, and the radar says how it draws that.
  await expect(focal.getByTestId("radar-no-score")).toHaveText("Pillars without a score yet (Prosecution and adjudication) are drawn at the centre, without a marker.");

  // Regional median: each country's latest validated round (this one's is 2025), shown where three
  // countries contribute, otherwise a sentence with the count.
  for (const p of scores.pillars) {
    const values = [previous, ...neighbours].flatMap((s) => s.pillars.filter((x) => x.code === p.code && x.score !== null).map((x) => x.score as number));
    const benchmark = benchmarkOf(p.code, values, true);
    if (benchmark.median !== null) await expect(focal.getByTestId(`median-${p.code}`)).toHaveText(en(benchmark.median));
    else await expect(focal.getByTestId(`median-${p.code}`)).toHaveText("hidden");
  }
  expect(benchmarkOf("PRE", [1, 3, 1.5], true).median).toBe(1.5); // PRE: (0+2+1)/3, (3+3)/2, (1+2)/2
  await expect(focal.getByTestId(`median-PRE`)).toHaveText("1.5");
  await expect(focal.getByTestId("median-hidden")).toContainText("Regional median of Legal framework hidden: only 1 country of the region contributes, at least three are needed.");
  await expect(focal.getByTestId("median-hidden")).toContainText("Regional median of Prosecution and adjudication hidden: no country of the region contributes");

  // Progress against 2025, pillar by pillar (like with like).
  for (const p of progress.pillars) {
    await expect(focal.getByTestId(`delta-${p.code}`)).toHaveText(p.delta === null ? "–" : new Intl.NumberFormat("en", { maximumFractionDigits: 2, signDisplay: "exceptZero" }).format(p.delta));
  }
  // PRE: PRE-01 0→1, PRE-02 2→2, PRE-03 1→3: mean change (1 + 0 + 2) / 3 = 1.
  await expect(focal.getByTestId("delta-PRE")).toHaveText("+1");

  // The package: the first service of each delivery mode, with its weighted gap.
  for (const mode of scores.package) {
    const section = focal.getByTestId(`mode-${mode.mode}`);
    if (mode.services.length === 0) continue;
    const top = mode.services[0];
    await expect(section.getByTestId(`service-${top.code}`).getByTestId("weighted-gap")).toHaveText(`Weighted gap closed: ${en(top.weightedGap)}`);
  }

  // Convention coverage: every article the scoring module reports, with its status.
  const labels = { inPlace: "In place", partly: "Partly in place", missing: "Missing", notApplicable: "Not applicable" } as const;
  for (const convention of scores.coverage) {
    for (const chapter of convention.chapters) {
      for (const article of chapter.articles) {
        const cell = focal.getByTestId(`article-${convention.convention}-${article.article}`);
        await expect(cell.locator("[data-status]")).toHaveText(labels[article.status]);
        // Each article with its title, from the Conventions' data (the table the page reads is its copy).
        await expect(cell.getByRole("rowheader")).toHaveText(`Art. ${article.article} — ${conventionArticle(convention.convention, article.article)?.title.en}`);
      }
    }
  }

  // Each chart draws, and its table is one click away (a real button with aria-expanded).
  for (const [chart, table] of [
    ["radar-chart", "radar-table"],
    ["gap-chart", "gap-table"],
    ["trend-chart", "trend-table"],
  ] as const) {
    await expect(focal.getByTestId(chart).locator("svg.recharts-surface")).toBeVisible();
    const toggle = focal.getByTestId(`toggle-${table}`);
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(toggle).toHaveAttribute("aria-controls", table);
    await expect(focal.locator(`#${table}`)).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await expect(toggle).toHaveText("Hide table");
    await expect(focal.locator(`#${table} table caption`)).toBeVisible();
  }
  await expect(focal.getByTestId("trend-table").locator("tbody tr")).toHaveCount(2);
  // The radar and the bars label their axes with pillar codes; a key under each names them.
  for (const key of ["radar-key", "gap-key"]) {
    await expect(focal.getByTestId(key).locator("li")).toHaveText(fx.pillarCodes.map((code) => new RegExp(`^${code} \\S`)));
    await expect(focal.getByTestId(`${key}-PRO`)).toHaveText("PRO Prosecution and adjudication");
  }
  await expectAccessible(focal);

  // Left to right in English: the first pillar on the left of the bar chart, the second on the
  // right of the radar's top.
  await expect.poll(() => categoriesLeftToRight(focal.getByTestId("gap-chart"), fx.pillarCodes)).toEqual(fx.pillarCodes);
  await expect.poll(() => radarSide(focal, fx.pillarCodes[1])).toBe(1);
  expect(await radarSide(focal, fx.pillarCodes[0])).toBe(0);

  // Arabic: right to left, and the charts mirror (the category axis and the radar reversed).
  await focal.locator("#locale-select").selectOption("ar");
  await expect(focal.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(focal.getByRole("heading", { level: 1 })).toContainText("لوحة المؤشرات");
  await expect(focal.getByTestId("gap-chart").locator("svg.recharts-surface")).toBeVisible();
  await expect.poll(() => categoriesLeftToRight(focal.getByTestId("gap-chart"), fx.pillarCodes)).toEqual([...fx.pillarCodes].reverse());
  await expect.poll(() => radarSide(focal, fx.pillarCodes[1])).toBe(-1);
  expect(await radarSide(focal, fx.pillarCodes[0])).toBe(0);
  const arabic = new Intl.NumberFormat("ar", { maximumFractionDigits: 2 });
  const pre = scores.pillars.find((p) => p.code === "PRE");
  await expect(focal.getByTestId("score-PRE")).toHaveText(arabic.format(pre?.score ?? -1));
  await expect(focal.getByTestId("radar-key").locator("p")).toHaveText("الركائز في الرسم البياني");
  await expect(focal.getByTestId("radar-key-PRO")).toContainText("PRO");
  await expect(focal.getByTestId("radar-key-PRO")).not.toContainText("Prosecution");
  await expectAccessible(focal);
  await focal.locator("#locale-select").selectOption("en");
  await expect(focal.locator("html")).toHaveAttribute("dir", "ltr");

  // 390 px wide: no horizontal scroll of the page.
  await focal.setViewportSize({ width: 390, height: 800 });
  await focal.reload();
  await expect(focal.getByTestId("radar-chart").locator("svg.recharts-surface")).toBeVisible();
  expect(await focal.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await focalContext.close();

  // --- An officer assigned to the country sees the same figures.
  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signIn(officer, fx.officer.email, fx.officer.password);
  await officer.goto(url);
  await expectFigures(officer, fx);
  await expectAccessible(officer);
  await officerContext.close();

  // --- Another country's focal point gets the 403/404 page, and no figure.
  const outsiderContext = await browser.newContext();
  const outsider = await outsiderContext.newPage();
  await signIn(outsider, fx.outsider.email, fx.outsider.password);
  const response = await outsider.goto(url);
  expect([403, 404]).toContain(response?.status());
  await expect(outsider.getByTestId("pillar-table")).toHaveCount(0);
  await outsiderContext.close();
});

test("recharts loads on the dashboard only, not with the questionnaire", async ({ page }) => {
  const fx = await createDashboardFixture();
  await signIn(page, fx.team.focal.email, fx.team.focal.password);

  // The dashboard loads it (the check below would be empty without this positive control).
  const dashboardScripts = collectScripts(page);
  await page.goto(`/rounds/${fx.team.roundId}/dashboard`);
  await expect(page.getByTestId("radar-chart").locator("svg.recharts-surface")).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect((await dashboardScripts()).some((body) => body.includes("recharts-"))).toBe(true);

  // A fresh page (empty memory cache) on the questionnaire: no script mentions recharts.
  const questionnaire = await page.context().newPage();
  const questionnaireScripts = collectScripts(questionnaire);
  await questionnaire.goto(`/rounds/${fx.team.roundId}/pillars/${fx.pillarCodes[0]}`);
  await expect(questionnaire.getByRole("heading", { level: 1 })).toBeVisible();
  await questionnaire.waitForLoadState("networkidle");
  const loaded = await questionnaireScripts();
  expect(loaded.length).toBeGreaterThan(0);
  expect(loaded.filter((body) => body.includes("recharts")).length).toBe(0);
});

test("without JavaScript the charts' tables are shown instead", async ({ browser }) => {
  const fx = await createDashboardFixture();
  const scores = scoreRound(fx.current);
  const signedIn = await browser.newContext();
  const page = await signedIn.newPage();
  await signIn(page, fx.team.focal.email, fx.team.focal.password);
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await signedIn.storageState() });
  const noScript = await context.newPage();
  await noScript.goto(`/rounds/${fx.team.roundId}/dashboard`);
  for (const table of ["radar-table", "gap-table", "trend-table"]) {
    await expect(noScript.locator(`#${table} table`)).toBeVisible();
    await expect(noScript.getByTestId(`toggle-${table}`)).toBeHidden();
  }
  const pre = scores.pillars.find((p) => p.code === "PRE");
  await expect(noScript.getByTestId("score-PRE")).toHaveText(en(pre?.score ?? -1));
  await context.close();
  await signedIn.close();
});
