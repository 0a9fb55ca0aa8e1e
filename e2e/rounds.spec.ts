import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn } from "./fixtures";
import { createTeam } from "./db";

async function openRound(page: Page, iso2: string, cycle: string) {
  await page.goto(`/countries/${iso2}/rounds/new`);
  await page.getByLabel("Cycle").fill(cycle);
  await page.getByRole("button", { name: "Open the round" }).click();
}

// A team of its own (a country nobody else uses): the focal point manages a round's life, a
// respondent follows their tasks.
test("a focal point opens, retargets, cancels and deletes rounds; a respondent follows their tasks", async ({ browser }) => {
  test.setTimeout(120_000);
  const team = await createTeam({ respondents: [["INV"]] });
  const focalContext = await browser.newContext();
  const focal = await focalContext.newPage();
  await signIn(focal, team.focal.email, team.focal.password);

  // 1. A cycle that is not a year or a range of years is refused, saying what is expected.
  await openRound(focal, team.iso2, "2026-journey");
  await expect(focal.getByTestId("cycle-error")).toHaveText("Enter a year (2026) or a range of years (2026-2027).");
  await expect(focal.getByLabel("Cycle")).toHaveValue("2026-journey");
  await expect(focal.getByLabel("Cycle")).toHaveAttribute("aria-invalid", "true");
  await expect(focal.getByLabel("Cycle")).toBeFocused();
  await expect(focal.getByTestId("open-round-error")).toHaveCount(0);
  await expectAccessible(focal);

  // 2. A range of years opens the round.
  await openRound(focal, team.iso2, "2026-2027");
  await expect(focal).toHaveURL(/\/rounds\/[0-9a-f-]{36}$/);
  const roundId = focal.url().split("/").pop()!;
  await expect(focal.getByTestId("status-badge")).toHaveText("Draft");
  await expect(focal.getByTestId("status-note")).toContainText("you submit the round for review");
  // The submit section lists what is missing as links, and its button waits.
  const submit = focal.getByTestId("submit-section");
  await expect(submit.getByTestId("submit-missing").getByRole("link", { name: "INV-01" })).toHaveAttribute("href", `/rounds/${roundId}/pillars/INV#INV-01`);
  await expect(submit.getByRole("button", { name: "Submit the round" })).toBeDisabled();
  await expectAccessible(focal);

  // 3. A target changes while the round is a draft.
  await focal.getByTestId("targets-form").getByLabel("Investigation").selectOption("4");
  await focal.getByRole("button", { name: "Save the targets" }).click();
  await expect(focal.getByTestId("targets-saved")).toBeVisible();
  await expect(focal.getByTestId("target-INV")).toHaveText("4");
  await expect(focal.getByTestId("targets-form").getByLabel("Investigation")).toHaveValue("4");

  // 4. Another round cannot be opened while this one is: the page says which one is open.
  await focal.goto(`/countries/${team.iso2}/rounds/new`);
  await expect(focal.getByTestId("round-still-open")).toContainText("The round 2026-2027 (Draft) is still open.");
  await expect(focal.getByTestId("round-still-open").getByRole("link")).toHaveAttribute("href", `/rounds/${roundId}`);

  // 5. The respondent's home lists their pillar and leads to its first unanswered indicator.
  const respondentContext = await browser.newContext();
  const respondent = await respondentContext.newPage();
  await signIn(respondent, team.respondents[0].email, team.respondents[0].password);
  const task = respondent.getByTestId("my-tasks").getByTestId("task-INV");
  await expect(task).toContainText("0 of");
  await expectAccessible(respondent);
  await task.getByRole("link", { name: "Continue with INV-01" }).click();
  await expect(respondent).toHaveURL(new RegExp(`/rounds/${roundId}/pillars/INV#INV-01$`));
  await expect(respondent.getByTestId("pillar-index")).toContainText("This pillar is assigned to you.");
  await expect(respondent.getByTestId("index-state-INV-01")).toHaveText("unanswered");
  await expect(respondent.getByTestId("pillar-pager").first().getByRole("link", { name: /Next pillar/ })).toHaveAttribute("href", `/rounds/${roundId}/pillars/FOR`);
  await expectAccessible(respondent);
  const card = respondent.getByTestId("indicator-INV-01");
  await card.getByRole("radio", { name: /^2 – Developing/ }).check();
  await expect(card.getByTestId("save-state")).toHaveAttribute("data-status", "saved");
  await respondent.goto("/");
  await expect(task).toContainText("1 of");
  await expect(task.getByRole("link")).toHaveText("Continue with INV-02");
  // The round's missing list shows the respondent's own pillar first.
  await respondent.goto(`/rounds/${roundId}`);
  await expect(respondent.getByTestId("missing-filter").getByRole("link", { name: /My pillars/ })).toHaveAttribute("aria-current", "true");
  const codes = await respondent.getByTestId("missing-list").getByRole("link").allTextContents();
  expect(codes.length).toBeGreaterThan(0);
  expect(codes.every((c) => c.startsWith("INV-"))).toBe(true);
  await expect(respondent.getByTestId("targets-form")).toHaveCount(0);
  await expectAccessible(respondent);

  // 6. The round has an answer now: it is cancelled (not deleted), with a reason, after confirming.
  await focal.goto(`/rounds/${roundId}`);
  await focal.getByTestId("close-round").click();
  await expect(focal.getByRole("heading", { level: 1 })).toHaveText("Cancel the round 2026-2027?");
  await expectAccessible(focal);
  await focal.getByLabel("Why is the round cancelled?").fill("Opened for the wrong cycle");
  await focal.getByRole("button", { name: "Cancel the round" }).click();
  await expect(focal).toHaveURL(new RegExp(`/rounds/${roundId}\\?done=cancelled$`));
  await expect(focal.getByTestId("status-badge")).toHaveText("Cancelled");
  await expect(focal.getByTestId("status-note")).toContainText("Reason: Opened for the wrong cycle");
  await expectAccessible(focal);

  // 7. The cancelled round frees its cycle: the same cycle opens again, as a new round.
  await openRound(focal, team.iso2, "2026-2027");
  await expect(focal).toHaveURL(/\/rounds\/[0-9a-f-]{36}$/);
  const second = focal.url().split("/").pop()!;
  expect(second).not.toBe(roundId);

  // 8. Nobody has answered in it: it can be deleted, after confirming.
  await focal.getByTestId("close-round").click();
  await expect(focal.getByRole("heading", { level: 1 })).toHaveText("Delete the round 2026-2027?");
  await expectAccessible(focal);
  await focal.getByRole("button", { name: "Delete the round" }).click();
  await expect(focal).toHaveURL(new RegExp(`/countries/${team.iso2}$`));
  const rounds = focal.getByTestId("rounds-table");
  await expect(rounds.locator(`a[href="/rounds/${second}"]`)).toHaveCount(0);
  await expect(rounds.locator(`a[href="/rounds/${roundId}"]`)).toHaveCount(1);
  await expect(rounds.getByTestId("cancel-reason")).toHaveText("Reason: Opened for the wrong cycle");
  await expectAccessible(focal);

  // The respondent's task is gone with the cancelled round.
  await respondent.goto("/");
  await expect(respondent.getByTestId("my-tasks")).toHaveCount(0);

  await focalContext.close();
  await respondentContext.close();
});

test("the language applies when chosen, and after arrow-key steps only on Enter", async ({ page }) => {
  const team = await createTeam();
  await signIn(page, team.focal.email, team.focal.password);
  // The "Change" button is there for browsers without JavaScript: hidden here until focused.
  await expect(page.getByTestId("language-apply")).toHaveClass(/sr-only/);
  await page.getByLabel("Language").selectOption("fr");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  // Arrow keys step through the languages without reloading the page at each step. Chrome changes
  // a closed menu's value on each arrow key (and fires "change"); headless Chromium opens its list
  // instead, so the step is reproduced as Chrome does it: the key, then the change.
  const select = page.locator("#locale-select");
  await select.focus();
  await select.dispatchEvent("keydown", { key: "ArrowDown" });
  await select.selectOption("es");
  await page.waitForTimeout(1_000);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await select.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expectAccessible(page);
});

test("the icon is served before signing in, and pages link to it", async ({ page, request }) => {
  const svg = await request.get("/icon.svg", { maxRedirects: 0 });
  expect(svg.status()).toBe(200);
  expect(svg.headers()["content-type"]).toContain("image/svg+xml");
  const ico = await request.get("/favicon.ico", { maxRedirects: 0 });
  expect(ico.status()).toBe(200);
  await page.goto("/sign-in");
  await expect(page.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveAttribute("href", /^\/icon\.svg/);
});

// Demo accounts and rounds are only read here.
test("status notes speak to their reader: an officer reviews, a respondent is told who can change a submitted round", async ({ page, browser }) => {
  await signIn(page, "officer.eaf@example.org");
  await page.goto("/countries/UG");
  await page.getByTestId("rounds-table").getByRole("link", { name: "2026", exact: true }).click();
  await expect(page.getByTestId("status-note")).toHaveText("The country submitted this round: it is waiting for review by the programme officers.");
  await expectAccessible(page);

  const context = await browser.newContext();
  const respondent = await context.newPage();
  await signIn(respondent, "respondent1.ug@example.org");
  await respondent.goto(page.url());
  await expect(respondent.getByTestId("status-note")).toContainText("Only the programme officers reviewing it can now change its status");
  await respondent.getByRole("link", { name: /Investigation/ }).first().click();
  await expect(respondent.getByTestId("read-only-note")).toContainText("Your focal point submitted this round");
  await expectAccessible(respondent);
  await context.close();
});
