import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./fixtures";

// The keyboard alone, as people who do not use a mouse (or a screen reader's users) work.

/** Presses Tab until the focused element matches the CSS selector. */
async function tabUntil(page: Page, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if ((await page.locator(`${selector}:focus`).count()) > 0) return;
  }
  throw new Error(`focus never reached ${selector}`);
}

test("a focal point signs in and answers an indicator with the keyboard alone; the answer autosaves", async ({ page }) => {
  await page.goto("/sign-in");
  await tabUntil(page, "#email");
  await page.keyboard.type("focal.ke@example.org");
  await page.keyboard.press("Tab");
  await expect(page.locator("#password")).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("signed-in-as")).toBeVisible();

  const rounds = (await (await page.request.get("/api/v1/countries/KE")).json()) as { rounds: { id: string; status: string }[] };
  const roundId = rounds.rounds.find((r) => r.status === "DRAFT")!.id;
  await page.goto(`/rounds/${roundId}/pillars/PRO`);

  // The first stop is the skip link; following it puts the next Tab inside the page's content.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);

  const card = page.getByTestId("indicator-PRO-02");
  await tabUntil(page, '[data-testid="indicator-PRO-02"] input[type=radio]');
  await page.keyboard.press("Space");
  const focusedRadio = card.locator("input[type=radio]:focus");
  await expect(focusedRadio).toBeChecked();
  // Arrow keys move the choice within the scale.
  await page.keyboard.press("ArrowDown");
  await expect(card.locator("input[type=radio]:focus")).toBeChecked();

  await tabUntil(page, '[data-testid="indicator-PRO-02"] textarea');
  await page.keyboard.type("Answered without a mouse.");
  await expect(card.getByTestId("save-state")).toHaveAttribute("data-status", "saved");
  await page.reload();
  await expect(card.getByLabel("Justification")).toHaveValue("Answered without a mouse.");
});
