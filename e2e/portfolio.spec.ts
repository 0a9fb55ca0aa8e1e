// The portfolio page, read-only on the demo data (nothing here writes): who sees which countries,
// that the heat map prints the API's figures, filters, sorting, the comparison, the charts' tables,
// accessibility in English and Arabic, the keyboard, and a phone-sized screen.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn } from "./fixtures";

interface ApiPortfolio {
  pillars: { code: string }[];
  countries: { iso2: string; round: { id: string; cycle: string; status: string } | null; scores: Record<string, number | null> }[];
  progress: { cycle: string; pillars: { code: string; median: number | null; hiddenReason: string | null }[] }[];
}

const EAF = ["KE", "UG", "TZ"];
const en = new Intl.NumberFormat("en", { maximumFractionDigits: 2 });

async function api(page: Page, query = ""): Promise<ApiPortfolio> {
  const response = await page.request.get(`/api/v1/portfolio${query}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as ApiPortfolio;
}

/** A cell's text: the score, or a dash and "No score" for screen readers. */
const NO_SCORE = "—No score";
const cellText = (score: number | null | undefined) => (score === null || score === undefined ? NO_SCORE : en.format(score));

/** The text of one heat map row's cells, per pillar. */
async function rowScores(page: Page, iso2: string, pillars: string[]): Promise<Record<string, string>> {
  const row = page.getByTestId(`heat-row-${iso2}`);
  const out: Record<string, string> = {};
  for (const p of pillars) out[p] = ((await row.getByTestId(`score-${p}`).textContent()) ?? "").trim();
  return out;
}

function expected(country: ApiPortfolio["countries"][number], pillars: string[]): Record<string, string> {
  return Object.fromEntries(pillars.map((p) => [p, cellText(country.scores[p])]));
}

test.describe("the portfolio", () => {
  test("an officer sees their region's countries, with the API's numbers and a drill-down to each dashboard", async ({ page }) => {
    await signIn(page, "officer.eaf@example.org");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Portfolio" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Portfolio" })).toBeVisible();
    for (const iso of EAF) await expect(page.getByTestId(`heat-row-${iso}`)).toBeVisible();
    await expect(page.getByTestId("heat-row-GT")).toHaveCount(0);
    await expect(page.getByTestId("heat-row-KE").getByRole("rowheader")).toHaveText("Kenya");

    const data = await api(page);
    const pillars = data.pillars.map((p) => p.code);
    expect(pillars.length).toBeGreaterThan(0);
    expect(data.countries.map((c) => c.iso2)).not.toContain("GT");
    for (const iso of EAF) {
      const country = data.countries.find((c) => c.iso2 === iso)!;
      expect(await rowScores(page, iso, pillars)).toEqual(expected(country, pillars));
      expect(Object.values(country.scores).some((s) => s !== null)).toBe(true);
      await expect(page.getByTestId(`heat-row-${iso}`).getByTestId("drill-down")).toHaveAttribute("href", `/rounds/${country.round!.id}/dashboard`);
    }
    // Uganda's latest round: 2026, submitted.
    await expect(page.getByTestId("heat-row-UG")).toContainText("2026");
    await expect(page.getByTestId("heat-row-UG").getByTestId("status-badge")).toHaveText("Submitted");
    // Three validated rounds in 2025: the medians are shown.
    const median2025 = data.progress.find((p) => p.cycle === "2025")!.pillars[0];
    expect(median2025.hiddenReason).toBeNull();
    await expect(page.getByTestId("progress-2025").getByTestId(`median-${median2025.code}`)).toContainText(en.format(median2025.median!));
    await expectAccessible(page);
    // Drill-down: Kenya's dashboard.
    await page.getByTestId("heat-row-KE").getByTestId("drill-down").click();
    await expect(page).toHaveURL(/\/rounds\/[0-9a-f-]+\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Kenya");
  });

  test("the home page of an officer links to the portfolio", async ({ page }) => {
    await signIn(page, "officer.eaf@example.org");
    await page.getByTestId("portfolio-link").click();
    await expect(page).toHaveURL(/\/portfolio$/);
  });

  test("another region's officer sees only theirs, and medians of fewer than three countries stay hidden", async ({ page }) => {
    await signIn(page, "officer.cam@example.org");
    await page.goto("/portfolio");
    for (const iso of ["GT", "CR", "HN"]) await expect(page.getByTestId(`heat-row-${iso}`)).toBeVisible();
    for (const iso of EAF) await expect(page.getByTestId(`heat-row-${iso}`)).toHaveCount(0);
    // GT and HN validated 2025: two countries.
    await expect(page.getByTestId("progress-2025").getByTestId("median-hidden").first()).toHaveText("Hidden: fewer than three countries");
    const data = await api(page);
    expect(data.progress.find((p) => p.cycle === "2025")!.pillars.every((p) => p.median === null && p.hiddenReason === "FEWER_THAN_THREE")).toBe(true);
  });

  test("the administrator sees every country, fifty a page", async ({ page }) => {
    // Eight loads of the administrator's portfolio (193 countries), on a machine running two workers.
    test.setTimeout(120_000);
    const pageOf = (url: URL) => Number(url.searchParams.get("page") ?? 1);
    await signIn(page, "admin@example.org");
    await page.goto("/portfolio");
    await expect(page.getByTestId("portfolio-count")).toContainText("Countries shown: 193");
    expect((await api(page)).countries).toHaveLength(193);
    const rows = page.getByTestId("heat-map").locator("tbody tr");
    await expect(rows).toHaveCount(50);
    await expect(page.getByTestId("heat-map-position")).toHaveText("Countries 1–50 of 193");
    const firstPage = await rows.locator("th").allInnerTexts();

    // Sorted by name over all 193, then cut: page 4 holds the last 43, none of page 1's.
    await page.getByTestId("heat-map-page-4").click();
    await page.waitForURL((url) => pageOf(url) === 4, { timeout: 30_000 });
    await expect(rows).toHaveCount(43);
    await expect(page.getByTestId("heat-map-position")).toHaveText("Countries 151–193 of 193");
    await expect(page.getByTestId("heat-map-pager").locator('[aria-current="page"]')).toHaveText("Page 4");
    const lastPage = await rows.locator("th").allInnerTexts();
    expect(lastPage.filter((name) => firstPage.includes(name))).toEqual([]);
    await expect(page.getByTestId("heat-map-next")).toHaveCount(0);

    // Two countries compared from page 3, a third added from page 1: the form carries the boxes
    // ticked on other pages along, hidden.
    await page.getByTestId("heat-map-previous").click();
    await page.waitForURL((url) => pageOf(url) === 3, { timeout: 30_000 });
    await expect(page.getByTestId("heat-map-position")).toHaveText("Countries 101–150 of 193");
    await rows.nth(0).getByRole("checkbox").check();
    await rows.nth(1).getByRole("checkbox").check();
    await page.getByTestId("compare-submit").click();
    await page.waitForURL((url) => pageOf(url) === 3 && url.searchParams.getAll("compare").length > 1, { timeout: 30_000 });
    await expect(page.getByTestId("compare-table").locator("thead th[data-testid^='compare-col-']")).toHaveCount(2);
    await page.getByTestId("heat-map-page-1").click();
    await page.waitForURL((url) => pageOf(url) === 1, { timeout: 30_000 });
    await expect(page.getByTestId("heat-map-position")).toHaveText("Countries 1–50 of 193");
    await expect(page.getByTestId("compare-table").locator("thead th[data-testid^='compare-col-']")).toHaveCount(2);
    await rows.nth(0).getByRole("checkbox").check();
    await page.getByTestId("compare-submit").click();
    await page.waitForURL((url) => url.searchParams.getAll("compare").filter(Boolean).length === 3, { timeout: 30_000 });
    expect(pageOf(new URL(page.url()))).toBe(1);
    await expect(page.getByTestId("compare-table").locator("thead th[data-testid^='compare-col-']")).toHaveCount(3);
  });

  test("a focal point is refused the page and the API", async ({ page }) => {
    await signIn(page, "focal.ke@example.org");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Portfolio" })).toHaveCount(0);
    const response = await page.goto("/portfolio");
    expect(response?.status()).toBe(403);
    await expect(page.getByTestId("forbidden")).toBeVisible();
    expect((await page.request.get("/api/v1/portfolio")).status()).toBe(403);
  });

  test("filtering by status keeps the countries whose round has it, with the API's numbers", async ({ page }) => {
    await signIn(page, "officer.eaf@example.org");
    await page.goto("/portfolio");
    await page.locator("#portfolio-status").selectOption("VALIDATED");
    await page.getByTestId("apply-portfolio-filters").click();
    await expect(page).toHaveURL(/status=VALIDATED/);
    const rows = page.getByTestId("heat-map").locator("tbody tr");
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < count; i++) await expect(rows.nth(i).getByTestId("status-badge")).toHaveText("Validated");
    await expect(page.getByTestId("heat-row-KE")).toContainText("2025");
    await expect(page.locator("#portfolio-status")).toHaveValue("VALIDATED");

    const data = await api(page, "?status=VALIDATED");
    const pillars = data.pillars.map((p) => p.code);
    for (const iso of EAF) {
      const country = data.countries.find((c) => c.iso2 === iso)!;
      expect(country.round).toMatchObject({ cycle: "2025", status: "VALIDATED" });
      expect(await rowScores(page, iso, pillars)).toEqual(expected(country, pillars));
    }
  });

  test("sorting by a pillar: ascending then descending, countries without a score last", async ({ page }) => {
    await signIn(page, "officer.eaf@example.org");
    await page.goto("/portfolio?status=VALIDATED");
    const pillar = (await api(page)).pillars[0].code;
    const heading = page.getByTestId("heat-map").getByRole("columnheader").filter({ has: page.getByTestId(`sort-${pillar}`) });
    await expect(heading).not.toHaveAttribute("aria-sort");
    await page.getByTestId(`sort-${pillar}`).click();
    await expect(page).toHaveURL(new RegExp(`sort=${pillar}&dir=asc`));
    await expect(heading).toHaveAttribute("aria-sort", "ascending");
    // The filter is kept.
    await expect(page.locator("#portfolio-status")).toHaveValue("VALIDATED");
    const column = async () => (await page.getByTestId("heat-map").locator(`tbody td[data-testid=score-${pillar}]`).allTextContents()).map((s) => s.trim());
    const numbers = (values: string[]) => values.filter((v) => v !== NO_SCORE).map(Number);
    const asc = await column();
    expect(numbers(asc).length).toBeGreaterThanOrEqual(3);
    expect(numbers(asc)).toEqual([...numbers(asc)].sort((a, b) => a - b));
    const firstMissing = asc.indexOf(NO_SCORE);
    expect(firstMissing === -1 || asc.slice(firstMissing).every((v) => v === NO_SCORE)).toBe(true);
    await page.getByTestId(`sort-${pillar}`).click();
    await expect(heading).toHaveAttribute("aria-sort", "descending");
    const desc = await column();
    expect(numbers(desc)).toEqual([...numbers(asc)].sort((a, b) => b - a));
  });

  test("comparing two countries side by side, and the refusals", async ({ page }) => {
    await signIn(page, "officer.eaf@example.org");
    await page.goto("/portfolio");
    await page.getByTestId("compare-KE").check();
    await page.getByTestId("compare-UG").check();
    await page.getByTestId("compare-submit").click();
    await expect(page).toHaveURL(/compare=KE&compare=UG/);
    const table = page.getByTestId("compare-table");
    await expect(table.getByRole("columnheader")).toHaveText(["Pillar", "Kenya", "Uganda"]);
    const data = await api(page);
    for (const c of data.countries.filter((c) => c.iso2 === "KE" || c.iso2 === "UG")) {
      for (const p of data.pillars) {
        const value = c.scores[p.code];
        await expect(table.getByTestId(`compare-${c.iso2}-${p.code}`)).toHaveText(cellText(value));
      }
    }
    // The grouped bars repeat the table, one pattern per country, named in the legend.
    await expect(page.getByTestId("compare-chart").locator("svg.recharts-surface")).toBeVisible();
    await expect(page.getByTestId("series-legend").getByRole("listitem")).toHaveText(["Kenya", "Uganda"]);
    await expect(page.getByTestId("compare-KE")).toBeChecked();

    await page.goto("/portfolio?compare=KE,GT");
    await expect(page.getByTestId("compare-error")).toHaveText(/GT/);
    await expect(page.getByTestId("compare-table")).toHaveCount(0);
    await page.goto("/portfolio?compare=KE,UG,TZ,ET,RW,SO");
    await expect(page.getByTestId("compare-error")).toHaveText("Choose at most five countries to compare.");
    await page.goto("/portfolio?compare=KE");
    await expect(page.getByTestId("compare-error")).toHaveText("Choose at least two countries to compare.");
  });

  test("a chart's table toggles with a button that says whether it is open", async ({ page }) => {
    await signIn(page, "officer.eaf@example.org");
    await page.goto("/portfolio");
    const toggle = page.getByTestId("toggle-status-data");
    await expect(page.getByTestId("status-chart").locator("svg.recharts-surface")).toBeVisible();
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByTestId("status-table")).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByTestId("status-table")).toBeVisible();
    await expect(page.getByTestId("status-table").getByTestId("status-VALIDATED")).toBeVisible();
    await expect(toggle).toHaveText("Hide the table");
    await toggle.click();
    await expect(page.getByTestId("status-table")).toBeHidden();
    await page.getByTestId("toggle-demand-data").click();
    await expect(page.getByTestId("demand-table")).toBeVisible();
    await expectAccessible(page);
  });

  test("without JavaScript the filters and the comparison work, and the charts' tables show in their place", async ({ page, browser }) => {
    await signIn(page, "officer.eaf@example.org");
    const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState(), baseURL: test.info().project.use.baseURL });
    try {
      const plain = await context.newPage();
      await plain.goto("/portfolio");
      await expect(plain.getByTestId("status-table")).toBeVisible();
      await expect(plain.getByTestId("demand-table")).toBeVisible();
      await expect(plain.getByTestId("toggle-status-data")).toBeHidden();
      await plain.locator("#portfolio-status").selectOption("VALIDATED");
      await plain.getByTestId("apply-portfolio-filters").click();
      await expect(plain).toHaveURL(/status=VALIDATED/);
      await expect(plain.getByTestId("heat-row-KE")).toContainText("2025");
      // One box ticked: refused with a message, not ignored.
      await plain.getByTestId("compare-KE").check();
      await plain.getByTestId("compare-submit").click();
      await expect(plain.getByTestId("compare-error")).toHaveText("Choose at least two countries to compare.");
      await expect(plain.getByTestId("compare-KE")).toBeChecked();
      await plain.getByTestId("compare-UG").check();
      await plain.getByTestId("compare-submit").click();
      await expect(plain.getByTestId("compare-table").getByRole("columnheader")).toHaveText(["Pillar", "Kenya", "Uganda"]);
      await expect(plain).toHaveURL(/status=VALIDATED/);
    } finally {
      await context.close();
    }
  });

  test("in Arabic the page runs right to left and passes axe", async ({ page, context }) => {
    await signIn(page, "officer.eaf@example.org");
    await context.addCookies([{ name: "cybercap-locale", value: "ar", url: test.info().project.use.baseURL! }]);
    await page.goto("/portfolio?compare=KE,UG");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("الحافظة");
    await expect(page.getByTestId("compare-table")).toBeAttached();
    await page.getByTestId("toggle-status-data").click();
    await expectAccessible(page);
  });

  test("the filters and the sort links are reachable with the keyboard", async ({ page }) => {
    await signIn(page, "officer.eaf@example.org");
    await page.goto("/portfolio");
    const pillar = (await api(page)).pillars[0].code;
    await page.locator("#portfolio-region").focus();
    const reached: string[] = [];
    for (let i = 0; i < 12; i++) {
      reached.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute("data-testid") || ""));
      await page.keyboard.press("Tab");
    }
    expect(reached.slice(0, 4)).toEqual(["portfolio-region", "portfolio-status", "portfolio-cycle", "apply-portfolio-filters"]);
    expect(reached).toContain("sort-name");
    expect(reached).toContain(`sort-${pillar}`);
    // Enter on a sort link sorts.
    await page.getByTestId(`sort-${pillar}`).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`sort=${pillar}`));
  });

  test("on a 390 px screen the heat map scrolls inside its container, not the page", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, "officer.eaf@example.org");
    await page.goto("/portfolio");
    await expect(page.getByTestId("heat-map")).toBeVisible();
    const scroll = page.getByTestId("heat-map-scroll");
    expect(await scroll.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    // Nothing outside a scrolling container reaches past the screen's edge.
    const overflowing = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll("body *")]
        .filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest(".overflow-x-auto"))
        .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${el.className}`.slice(0, 120));
    });
    expect(overflowing).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await expect(page.getByTestId("heat-map").locator("caption")).toBeVisible();
  });
});
