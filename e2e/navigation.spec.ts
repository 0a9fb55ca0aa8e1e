import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

// Links fetch nothing before they are followed (components/ui/link.tsx): a page view costs the page
// alone, not one request more per link in view. Following a link still swaps the page in place,
// without a full load.

test("a page view prefetches none of its links, and following one navigates without reloading the page", async ({ page }) => {
  const prefetches: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.searchParams.has("_rsc") && request.headers()["next-router-prefetch"]) prefetches.push(url.pathname);
  });
  await signIn(page, "focal.ke@example.org");
  const rounds = (await (await page.request.get("/api/v1/countries/KE")).json()) as { rounds: { id: string; status: string }[] };
  const roundId = rounds.rounds.find((r) => r.status === "DRAFT")!.id;
  await page.goto(`/rounds/${roundId}`);
  await page.waitForLoadState("networkidle");
  // Scrolling brings the rest of the links into view, where a prefetching link would fetch its page.
  await page.mouse.wheel(0, 4000);
  await page.getByRole("link", { name: /Team \(KE\)/ }).hover();
  await page.waitForTimeout(500);
  expect(prefetches).toEqual([]);

  // A marker on the window survives a client-side navigation and not a full page load.
  await page.evaluate(() => Object.assign(window, { __stillHere: true }));
  const navigation = page.waitForRequest((request) => new URL(request.url()).searchParams.has("_rsc"));
  await page.getByTestId("inbox-link").click();
  await navigation;
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page).toHaveTitle("Notifications · Cybercap");
  expect(await page.evaluate(() => (window as unknown as { __stillHere?: boolean }).__stillHere)).toBe(true);
  expect(prefetches).toEqual([]);
});

test("while a followed link is on its way the page says so, and stops saying it once the next page is shown", async ({ page }) => {
  await signIn(page, "focal.ke@example.org");
  // Until the page has hydrated a click on a link is a full page load, with no bar to show.
  await page.waitForLoadState("networkidle");
  const progress = page.getByTestId("navigation-progress");
  const status = page.getByRole("status").filter({ hasText: "Opening the page…" });
  // A link within the page (the skip link) does not navigate.
  await page.getByRole("link", { name: "Skip to content" }).focus();
  await page.keyboard.press("Enter");
  await expect(progress).toHaveCount(0);

  // A slow connection: the inbox's data is held back until the test lets it go.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === "/notifications" && url.searchParams.has("_rsc"),
    async (route) => {
      await held;
      await route.continue();
    },
  );
  await page.getByTestId("inbox-link").click();
  await expect(progress).toBeVisible();
  await expect(status).toHaveCount(1);
  await expect(page).not.toHaveURL(/\/notifications$/);
  release();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(progress).toHaveCount(0);
  await expect(status).toHaveCount(0);

  // Back to the page the click was made from: no bar there either.
  await page.goBack();
  await expect(page).not.toHaveURL(/\/notifications$/);
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  await expect(progress).toHaveCount(0);
});

// Long lists of links are plain anchors in markup (components/layout/in-place-links.tsx): inside an
// element marked data-in-place they navigate in place like next/link, and a modified click is still
// the browser's (a new tab), not the router's.
test("a plain link in a list built as markup navigates in place, to the indicator it names", async ({ page, context, browser }) => {
  await signIn(page, "focal.ke@example.org");
  const rounds = (await (await page.request.get("/api/v1/countries/KE")).json()) as { rounds: { id: string; status: string }[] };
  const roundId = rounds.rounds.find((r) => r.status === "DRAFT")!.id;
  await page.goto(`/rounds/${roundId}`);
  // The router takes over the page's links once it has hydrated.
  await page.waitForLoadState("networkidle");
  const link = page.getByTestId("missing-list").getByRole("link").first();
  const code = (await link.textContent())!.trim();
  const href = (await link.getAttribute("href"))!;
  expect(href).toMatch(new RegExp(`/rounds/${roundId}/pillars/[A-Z]+#${code}$`));

  // Ctrl+click opens a new tab, as on any link, and leaves this page where it is.
  const opened = context.waitForEvent("page");
  await link.click({ modifiers: ["ControlOrMeta"] });
  await (await opened).close();
  await expect(page).toHaveURL(new RegExp(`/rounds/${roundId}$`));

  await page.evaluate(() => Object.assign(window, { __stillHere: true }));
  const navigation = page.waitForRequest((request) => new URL(request.url()).searchParams.has("_rsc"));
  await link.click();
  await navigation;
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  await expect(page.getByTestId(`indicator-${code}`)).toBeInViewport();
  expect(await page.evaluate(() => (window as unknown as { __stillHere?: boolean }).__stillHere)).toBe(true);

  // The same from the keyboard, on the officer's portfolio table at home.
  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signIn(officer, "officer.eaf@example.org");
  await officer.waitForLoadState("networkidle");
  await officer.evaluate(() => Object.assign(window, { __stillHere: true }));
  await officer.getByTestId("portfolio").getByRole("link", { name: "Kenya" }).focus();
  await officer.keyboard.press("Enter");
  await expect(officer).toHaveURL(/\/countries\/KE$/);
  await expect(officer.getByRole("heading", { level: 1 })).toContainText("Kenya");
  expect(await officer.evaluate(() => (window as unknown as { __stillHere?: boolean }).__stillHere)).toBe(true);
  await officerContext.close();
});
