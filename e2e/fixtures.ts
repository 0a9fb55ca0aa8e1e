import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "cybercap-demo-2026";

/** Signs in through the sign-in form, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  // By id, not by label: the page may be in any of the six languages.
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator("form:has(#email) button[type=submit]").click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
}

/** No serious or critical accessibility violation on the current page. */
export async function expectAccessible(page: Page): Promise<void> {
  // A link navigates in place, and while the new page's metadata arrives the document has no <title>
  // for a few milliseconds: wait for it (a page without one still fails, here or in axe).
  await expect(page.locator("head > title")).toBeAttached();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`)).toEqual([]);
}
