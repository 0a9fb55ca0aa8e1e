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
