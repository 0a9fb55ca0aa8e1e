import { expect, test, type Page } from "@playwright/test";
import { createCountryTeam, db, indicatorId } from "./db";
import { expectAccessible, signIn } from "./fixtures";

/** The id of a country's open round, read from its country page. */
async function openRoundId(page: Page, iso2: string): Promise<string> {
  await page.goto(`/countries/${iso2}`);
  const api = await page.request.get(`/api/v1/countries/${iso2}`);
  const body = (await api.json()) as { rounds: { id: string; status: string }[] };
  const open = body.rounds.find((r) => ["DRAFT", "CHANGES_REQUESTED"].includes(r.status));
  if (!open) throw new Error(`no editable round for ${iso2}`);
  return open.id;
}

test.describe("questionnaire", () => {
  test("a respondent answers their pillar with autosave; the answer survives a reload", async ({ page }) => {
    await signIn(page, "respondent1.ke@example.org");
    const roundId = await openRoundId(page, "KE");
    await page.goto(`/rounds/${roundId}/pillars/FOR`);
    const card = page.getByTestId("indicator-FOR-03");
    await card.getByRole("radio", { name: /^3 – Established/ }).check();
    await card.getByLabel("Justification").fill("Accredited laboratory since 2024; <b>not bold</b>");
    await expect(card.getByTestId("save-state")).toHaveAttribute("data-status", "saved");
    await expect(page.getByTestId("save-summary")).toHaveText("All changes saved.");
    await expectAccessible(page);
    // The Convention articles the indicator refers to, with their titles, under its guidance.
    await card.getByText("Guidance and references").click();
    const articles = card.getByTestId("indicator-articles");
    await expect(articles).toBeVisible();
    const { rows: refs } = await (await db()).query<{ convention: string; number: number; title: string }>(
      `SELECT ia.convention::text AS convention, ia.number, ca.title->>'en' AS title
       FROM indicator_articles ia JOIN convention_articles ca USING (convention, number) JOIN indicators i ON i.id = ia.indicator_id
       WHERE i.id = $1 ORDER BY ia.convention, ia.number`,
      [await card.getAttribute("data-indicator-id")],
    );
    expect(refs.length).toBeGreaterThan(0);
    for (const convention of ["UNCC", "BUDAPEST"]) {
      const expected = refs.filter((r) => r.convention === convention).map((r) => `Art. ${r.number} — ${r.title}`);
      await expect(articles.getByTestId(`indicator-articles-${convention}`).getByRole("listitem")).toHaveText(expected.length > 0 ? expected : []);
    }
    await page.reload();
    await expect(card.getByRole("radio", { name: /^3 – Established/ })).toBeChecked();
    await expect(card.getByLabel("Justification")).toHaveValue("Accredited laboratory since 2024; <b>not bold</b>");
    // "Not applicable" needs a reason: the error shows at the field and nothing is sent until given.
    const na = page.getByTestId("indicator-FOR-04");
    await na.getByRole("radio", { name: "Not applicable" }).check();
    await expect(na.getByText("Say why this is not applicable.")).toBeVisible();
    await expect(na.getByTestId("save-state")).not.toHaveAttribute("data-status", "saved");
    await na.getByLabel("Why is this not applicable?").fill("No forensic mandate in this country.");
    await expect(na.getByTestId("save-state")).toHaveAttribute("data-status", "saved");
    await expect(na.getByText("Say why this is not applicable.")).toHaveCount(0);
    // A pillar not assigned to this respondent is read-only, and the server refuses a direct write.
    await page.goto(`/rounds/${roundId}/pillars/LEG`);
    await expect(page.getByTestId("read-only-note")).toBeVisible();
    await expect(page.getByTestId("indicator-LEG-01").getByRole("radio").first()).toBeDisabled();
  });

  test("the server refuses bad input, unassigned pillars and other countries' users by direct request", async ({ page, browser }) => {
    await signIn(page, "respondent2.ke@example.org");
    const roundId = await openRoundId(page, "KE");
    await page.goto(`/rounds/${roundId}/pillars/EVI`);
    const evi = await page.getByTestId("indicator-EVI-01").getAttribute("data-indicator-id");
    const url = `/api/v1/rounds/${roundId}/answers/${evi}`;
    const bad = await page.request.put(url, {
      data: { version: 0, answer: { kind: "LEVEL", level: 9, notApplicableReason: null, justification: "x".repeat(5001), targetOverride: null } },
    });
    expect(bad.status()).toBe(422);
    const badBody = await bad.json();
    expect(badBody.error.code).toBe("INVALID_INPUT");
    expect(badBody.error.fields).toMatchObject({ "answer.level": "level", "answer.justification": "justificationTooLong" });
    const notJson = await page.request.put(url, { data: "not json", headers: { "content-type": "application/json" } });
    expect(notJson.status()).toBe(422);

    await page.goto(`/rounds/${roundId}/pillars/PRE`);
    const pre = await page.getByTestId("indicator-PRE-01").getAttribute("data-indicator-id");
    const unassigned = await page.request.put(`/api/v1/rounds/${roundId}/answers/${pre}`, {
      data: { version: 0, answer: { kind: "DONT_KNOW", level: null, notApplicableReason: null, justification: null, targetOverride: null } },
    });
    expect(unassigned.status()).toBe(403);
    expect((await unassigned.json()).error.code).toBe("PILLAR_NOT_ASSIGNED");

    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signIn(otherPage, "focal.ug@example.org");
    const refused = await otherPage.request.put(url, { data: { version: 0, answer: { kind: "LEVEL", level: 1, notApplicableReason: null, justification: null, targetOverride: null } } });
    expect(refused.status()).toBe(403);
    expect((await otherPage.goto(`/rounds/${roundId}`))?.status()).toBe(403);
    expect((await otherPage.goto(`/rounds/${roundId}/pillars/EVI`))?.status()).toBe(403);
    await other.close();
  });

  test("a second browser editing the same indicator gets the conflict screen and chooses", async ({ browser }) => {
    const a = await browser.newContext();
    const b = await browser.newContext();
    const pageA = await a.newPage();
    const pageB = await b.newPage();
    await signIn(pageA, "focal.gt@example.org");
    await signIn(pageB, "respondent2.gt@example.org");
    const roundId = await openRoundId(pageA, "GT");
    await pageA.goto(`/rounds/${roundId}/pillars/PRO`);
    await pageB.goto(`/rounds/${roundId}/pillars/PRO`);
    const cardA = pageA.getByTestId("indicator-PRO-02");
    const cardB = pageB.getByTestId("indicator-PRO-02");
    await cardA.getByLabel("Justification").fill("Specialised prosecutors in the capital only.");
    await expect(cardA.getByTestId("save-state")).toHaveAttribute("data-status", "saved");
    // B still holds the version it loaded: its save is refused and it sees both answers.
    await cardB.getByLabel("Justification").fill("Two specialised prosecutors, trained in 2025.");
    await expect(cardB.getByTestId("conflict")).toBeVisible();
    await expect(cardB.getByTestId("conflict")).toContainText("Specialised prosecutors in the capital only.");
    await expect(pageB.getByTestId("save-summary")).toHaveText(/changed by someone else/);
    await expectAccessible(pageB);
    await cardB.getByRole("button", { name: "Keep my answer" }).click();
    await expect(cardB.getByTestId("save-state")).toHaveAttribute("data-status", "saved");
    await pageA.reload();
    await expect(pageA.getByTestId("indicator-PRO-02").getByLabel("Justification")).toHaveValue("Two specialised prosecutors, trained in 2025.");
    await a.close();
    await b.close();
  });

  test("an autosave made while the server cannot be reached is delivered when it returns, even after a reload", async ({ page }) => {
    await signIn(page, "focal.cr@example.org");
    const roundId = await openRoundId(page, "CR");
    await page.goto(`/rounds/${roundId}/pillars/LEG`);
    const card = page.getByTestId("indicator-LEG-02");
    // The server is unreachable: every save fails at the network level.
    await page.route("**/api/v1/rounds/*/answers/*", (route) => route.abort("connectionrefused"));
    await card.getByRole("radio", { name: /^2 – Developing/ }).check();
    await card.getByLabel("Justification").fill("Draft law before parliament.");
    await expect(card.getByTestId("save-state")).toHaveAttribute("data-status", "offline");
    await expect(page.getByTestId("save-summary")).toContainText("kept on this device");
    // Reload while still unreachable: the unsent answer is restored from the browser.
    await page.reload();
    await expect(card.getByLabel("Justification")).toHaveValue("Draft law before parliament.");
    await expect(card.getByTestId("save-state")).toHaveAttribute("data-status", "offline");
    // The server is back: the retry delivers it.
    await page.unroute("**/api/v1/rounds/*/answers/*");
    await expect(card.getByTestId("save-state")).toHaveAttribute("data-status", "saved", { timeout: 20_000 });
    await page.reload();
    await expect(card.getByRole("radio", { name: /^2 – Developing/ })).toBeChecked();
    await expect(card.getByLabel("Justification")).toHaveValue("Draft law before parliament.");
  });
});

test("the questionnaire works right to left in Arabic at phone width", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "ar" });
  const page = await context.newPage();
  await signIn(page, "respondent1.cr@example.org");
  const roundId = await openRoundId(page, "CR");
  await page.goto(`/rounds/${roundId}/pillars/INV`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const card = page.getByTestId("indicator-INV-02");
  await card.getByRole("radio").nth(1).check();
  await expect(card.getByTestId("save-state")).toHaveAttribute("data-status", "saved");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await expectAccessible(page);
  await context.close();
});

// On a slow connection the page is read for seconds before its script runs: the saved answers must
// be in the HTML itself, not filled in by the form once it starts.
test("the saved answers are in the page before its script runs", async ({ page, browser }) => {
  const team = await createCountryTeam();
  const [levelId, naId] = [await indicatorId("INV-01"), await indicatorId("INV-02")];
  await (await db()).query(
    `INSERT INTO answers (id, round_id, indicator_id, kind, level, not_applicable_reason, target_override, justification, updated_at)
     VALUES (gen_random_uuid(), $1, $2, 'LEVEL', 2, NULL, 4, 'Unit set up in 2023 & staffed', now()),
            (gen_random_uuid(), $1, $3, 'NOT_APPLICABLE', NULL, 'No such mandate here', NULL, NULL, now())`,
    [team.roundId, levelId, naId],
  );
  await signIn(page, team.focal.email, team.focal.password);
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const noScript = await context.newPage();
  await noScript.goto(`/rounds/${team.roundId}/pillars/INV`);
  const answered = noScript.getByTestId("indicator-INV-01");
  await expect(answered.getByRole("radio", { name: /^2 – / })).toBeChecked();
  await expect(answered.getByLabel("Justification")).toHaveValue("Unit set up in 2023 & staffed");
  await expect(answered.getByLabel("Target")).toHaveValue("4");
  const notApplicable = noScript.getByTestId("indicator-INV-02");
  await expect(notApplicable.getByRole("radio", { name: "Not applicable" })).toBeChecked();
  await expect(notApplicable.getByLabel("Why is this not applicable?")).toHaveValue("No such mandate here");
  await expect(noScript.getByTestId("indicator-INV-03").getByLabel("Justification")).toHaveValue("");
  await context.close();
  // Once the script runs, the form holds the same values (it takes them over from the HTML).
  await page.goto(`/rounds/${team.roundId}/pillars/INV`);
  await expect(page.getByTestId("indicator-INV-01").getByLabel("Justification")).toHaveValue("Unit set up in 2023 & staffed");
  await expect(page.getByTestId("indicator-INV-01").getByLabel("Target")).toHaveValue("4");
});
