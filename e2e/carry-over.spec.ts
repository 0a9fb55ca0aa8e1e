import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./fixtures";
import { createTeam, indicatorId } from "./db";
import { createValidatedRound, roundAnswers } from "./carry-over-data";

// A new round starts from the last one (issue 12 item 6), in a country of its own: the focal point
// opens a round carrying over the validated round's answers, confirms one, changes another, and
// the submit form lists the rest. Evidence stays the previous round's, linked and downloadable.
test("a focal point opens a round from the last validated one, confirms and changes carried-over answers", async ({ browser }) => {
  test.setTimeout(120_000);
  const team = await createTeam({ respondents: [["INV"]] });
  const stranger = await createTeam();
  await createValidatedRound(team, "2025", [
    { code: "INV-01", level: 3, justification: "Unit set up in 2023.", link: { url: "https://example.org/unit-decree", title: "Decree creating the unit" }, file: { fileName: "unit-report.txt", text: "Annual report of the unit" } },
    { code: "INV-02", level: 2 },
    { code: "INV-03", level: 1 },
  ]);

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, team.focal.email, team.focal.password);

  // 1. The opening form offers the carry-over, ticked, naming the cycle.
  await page.goto(`/countries/${team.iso2}/rounds/new`);
  const carry = page.getByLabel("Carry over the answers of 2025");
  await expect(carry).toBeChecked();
  await expectAccessible(page);
  await page.getByLabel("Cycle").fill("2026");
  await page.getByRole("button", { name: "Open the round" }).click();
  await expect(page).toHaveURL(/\/rounds\/[0-9a-f-]{36}$/);
  const roundId = page.url().split("/").pop()!;

  // 2. The round page counts what is still to confirm; the submit form lists it, without blocking on it.
  await expect(page.getByTestId("carried-section").getByRole("heading")).toHaveText("3 carried-over answers to confirm");
  const carriedList = page.getByTestId("submit-section").getByTestId("submit-carried");
  await expect(carriedList.getByRole("link")).toHaveText(["INV-01", "INV-02", "INV-03"]);
  await expect(carriedList.getByRole("link", { name: "INV-03" })).toHaveAttribute("href", `/rounds/${roundId}/pillars/INV#INV-03`);

  // 3. The questionnaire shows the carried answers with their badge, and the previous round's evidence.
  await page.goto(`/rounds/${roundId}/pillars/INV`);
  const first = page.getByTestId("indicator-INV-01");
  await expect(first.getByTestId("carried-badge")).toHaveText("Carried over from 2025");
  await expect(first.getByRole("radio", { name: /^3 – Established/ })).toBeChecked();
  await expect(first.getByLabel("Justification")).toHaveValue("Unit set up in 2023.");
  const evidence = first.getByTestId("carried-evidence");
  await expect(evidence.getByRole("heading")).toHaveText("Evidence from 2025");
  await expect(evidence.getByRole("link", { name: "Decree creating the unit" })).toHaveAttribute("href", "https://example.org/unit-decree");
  // The file downloads through the evidence route, under its authorization.
  const fileHref = await evidence.getByRole("link", { name: "unit-report.txt" }).getAttribute("href");
  const download = await page.request.get(fileHref!);
  expect(download.status()).toBe(200);
  expect(await download.text()).toBe("Annual report of the unit");
  // The new round's own evidence list is empty: nothing was copied.
  await expect(first.getByTestId("evidence-list")).toHaveCount(0);
  // The services that help close a gap on the indicator, from the catalogue.
  const services = first.getByTestId("indicator-services");
  await services.getByText(/Services that help close a gap/).click();
  await expect(services.getByRole("listitem").first()).toBeVisible();
  await expectAccessible(page);

  // 4. Confirm one; change another (a save ends the carried-over state too).
  await first.getByRole("button", { name: "Confirm INV-01" }).click();
  await expect(first.getByTestId("carry-confirmed")).toBeFocused();
  await expect(first.getByTestId("carried-badge")).toHaveCount(0);
  const second = page.getByTestId("indicator-INV-02");
  await second.getByRole("radio", { name: /^4 – Advanced/ }).check();
  await expect(second.getByTestId("save-state")).toHaveAttribute("data-status", "saved");
  await expect(second.getByTestId("carried-badge")).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("indicator-INV-01").getByTestId("carried-badge")).toHaveCount(0);
  await expect(page.getByTestId("indicator-INV-02").getByTestId("carried-badge")).toHaveCount(0);
  await expect(page.getByTestId("indicator-INV-03").getByTestId("carried-badge")).toHaveText("Carried over from 2025");
  // Still linked after confirmation: the evidence of 2025 stays shown.
  await expect(page.getByTestId("indicator-INV-01").getByTestId("carried-evidence")).toBeVisible();
  expect(await roundAnswers(roundId)).toEqual([
    { code: "INV-01", level: 3, carryPending: false, ownEvidence: 0 },
    { code: "INV-02", level: 4, carryPending: false, ownEvidence: 0 },
    { code: "INV-03", level: 1, carryPending: true, ownEvidence: 0 },
  ]);

  // 5. The submit form lists the one left.
  await page.goto(`/rounds/${roundId}`);
  await expect(page.getByTestId("carried-section").getByRole("heading")).toHaveText("1 carried-over answer to confirm");
  await expect(page.getByTestId("submit-carried").getByRole("link")).toHaveText(["INV-03"]);
  await expectAccessible(page);

  // 6. A respondent, who has no submit form, finds the list on the round page; in Arabic at phone
  // width the badge reads right to left and nothing overflows.
  const respondentContext = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "ar" });
  const respondent = await respondentContext.newPage();
  await signIn(respondent, team.respondents[0].email, team.respondents[0].password);
  await respondent.goto(`/rounds/${roundId}`);
  await expect(respondent.getByTestId("carried-list").getByRole("link")).toHaveText(["INV-03"]);
  await expect(respondent.getByTestId("submit-section")).toHaveCount(0);
  await respondent.getByTestId("carried-list").getByRole("link", { name: "INV-03" }).click();
  await expect(respondent.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(respondent.getByTestId("indicator-INV-03").getByTestId("carried-badge")).toHaveText("مرحَّلة من 2025");
  await expect(respondent.getByTestId("indicator-INV-03").getByTestId("confirm-carried")).toBeVisible();
  expect(await respondent.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
  await expectAccessible(respondent);
  await respondentContext.close();

  // 7. Another country's focal point cannot confirm it.
  const strangerContext = await browser.newContext();
  const strangerPage = await strangerContext.newPage();
  await signIn(strangerPage, stranger.focal.email, stranger.focal.password);
  const refused = await strangerPage.request.post(`/api/v1/rounds/${roundId}/answers/${await indicatorId("INV-03")}/confirm`, { data: { version: 1 } });
  expect(refused.status()).toBe(403);
  expect((await roundAnswers(roundId))[2]).toMatchObject({ code: "INV-03", carryPending: true });
  await strangerContext.close();
  await context.close();
});
