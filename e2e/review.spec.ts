// The officer review, end to end, on a round of its own (e2e/review-data.ts): the officer starts
// the review, comments on two indicators (one visible to the country, one internal), marks one as
// needing change and requests changes; the focal point sees only the visible comment, answers it,
// changes the accepted answer and resubmits; the officer sees the stale acceptance and validates;
// the history shows each step and verifies, and each person's inbox shows their notifications.
// Another country's focal point is refused both pages.
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { createTeam, storedAnswer } from "./db";
import { DEMO_PASSWORD, expectAccessible, signIn } from "./fixtures";
import { createSubmittedRound, roundVersion } from "./review-data";

const VISIBLE = "Please attach the decree that set up the unit.";
const INTERNAL = "Internal note: the level looks generous for a unit without staff.";
const REPLY = "The decree is attached as evidence.";

async function personPage(browser: Browser, email: string, password: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, password);
  return { context, page };
}

async function inArabic(context: BrowserContext, page: Page, run: () => Promise<void>): Promise<void> {
  await context.addCookies([{ name: "cybercap-locale", value: "ar", url: test.info().project.use.baseURL! }]);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await run();
  await context.addCookies([{ name: "cybercap-locale", value: "en", url: test.info().project.use.baseURL! }]);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
}

test.describe("the officer review", () => {
  test("runs from submission through changes requested to validation, and the country never sees the internal comment", async ({ browser }) => {
    test.setTimeout(240_000);
    const round = await createSubmittedRound();
    const [a, b] = round.indicators;
    const reviewUrl = `/rounds/${round.roundId}/review`;
    const historyUrl = `/rounds/${round.roundId}/history`;

    // --- The officer starts the review, comments, decides, requests changes.
    const officer = await personPage(browser, round.officer.email, round.officer.password);
    await officer.page.goto(`/rounds/${round.roundId}`);
    await officer.page.getByTestId("review-link").click();
    await expect(officer.page).toHaveURL(new RegExp(`${reviewUrl}$`));
    await officer.page.getByTestId("start-review").click();
    await expect(officer.page.getByTestId("status-badge")).toHaveText("In review");

    const cardA = officer.page.getByTestId(`indicator-${a.code}`);
    const cardB = officer.page.getByTestId(`indicator-${b.code}`);
    await expect(cardA.getByText("Decree 12/2024")).toHaveAttribute("href", "https://www.example.org/decree-12-2024");
    await expect(cardA.getByTestId(`self-${a.code}`)).toHaveText("Level 2");

    // An empty comment is refused at the field, in words of the validation catalogue.
    await cardA.getByTestId(`add-comment-${a.code}`).click();
    await expect(cardA.getByText("Write a comment.")).toBeVisible();
    await cardA.getByLabel("New comment").fill(VISIBLE);
    await cardA.getByTestId(`add-comment-${a.code}`).click();
    await expect(cardA.getByTestId("thread")).toContainText(VISIBLE);
    await expect(cardA.getByTestId("draft-badge")).toBeVisible();

    await cardB.getByLabel("New comment").fill(INTERNAL);
    await cardB.getByTestId(`visibility-internal-${b.code}`).check();
    await cardB.getByTestId(`add-comment-${b.code}`).click();
    await expect(cardB.getByTestId("thread")).toContainText(INTERNAL);
    await expect(cardB.getByTestId("internal-badge")).toHaveText("Internal: officers only");

    await cardA.getByTestId(`needs-change-${a.code}`).click();
    await expect(cardA.getByTestId(`needs-change-${a.code}`)).toHaveAttribute("aria-pressed", "true");
    await cardB.getByTestId(`accept-${b.code}`).click();
    await expect(cardB.getByTestId(`accept-${b.code}`)).toHaveAttribute("aria-pressed", "true");
    // A validated level needs its reason (the schema's message, at the field), then is saved.
    await cardB.getByLabel("Validated level", { exact: true }).selectOption("1");
    await cardB.getByTestId(`save-decision-${b.code}`).click();
    await expect(cardB.getByTestId(`reason-error-${b.code}`)).toHaveText("Say why the validated level differs from the self-assessed one.");
    await cardB.getByLabel("Reason for the validated level (the country sees it)").fill("The unit has no staff yet.");
    await cardB.getByTestId(`save-decision-${b.code}`).click();
    await expect(cardB.getByText("Decision saved.")).toBeVisible();

    await expect(officer.page.getByTestId("send-counts")).toHaveText("1 accepted, 1 needing change, 2 draft comments to publish.");
    await expectAccessible(officer.page);
    await inArabic(officer.context, officer.page, () => expectAccessible(officer.page));

    await expect(officer.page.getByTestId("outcome-REQUEST_CHANGES")).toBeChecked();
    await expect(officer.page.getByTestId("send-confirm")).toContainText("returns to the country team");
    await officer.page.getByLabel("Message to the country (optional)").fill("Two points to look at.");
    await officer.page.getByTestId("send-review-button").click();
    await expect(officer.page.getByTestId("review-result")).toContainText("Your review was sent: Request changes. The round is now: Changes requested.");

    // --- The focal point reads the review: the visible comment only, and answers it.
    const focal = await personPage(browser, round.focal.email, round.focal.password);
    await focal.page.goto(`/rounds/${round.roundId}`);
    await expect(focal.page.getByTestId("review-link")).toHaveText("Review and comments");
    await focal.page.goto(reviewUrl);
    await expect(focal.page.getByTestId("sent-reviews")).toContainText("Two points to look at.");
    await expect(focal.page.getByTestId("revisit-list").getByRole("link", { name: a.code })).toHaveAttribute("href", `/rounds/${round.roundId}/pillars/${a.pillarCode}#${a.code}`);
    await expect(focal.page.getByTestId("validated-list")).toContainText("The unit has no staff yet.");
    await expect(focal.page.getByTestId("thread")).toHaveCount(1);
    await expect(focal.page.getByTestId("thread")).toContainText(VISIBLE);
    const html = await focal.page.content();
    expect(html).not.toContain(INTERNAL);
    expect(html).not.toContain("Internal: officers only");
    await focal.page.getByLabel("Your reply").fill(REPLY);
    await focal.page.getByRole("button", { name: "Reply" }).click();
    await expect(focal.page.getByTestId("reply")).toContainText(REPLY);
    await expectAccessible(focal.page);
    await inArabic(focal.context, focal.page, () => expectAccessible(focal.page));

    // It changes the accepted answer through the questionnaire's route, then resubmits.
    const before = await storedAnswer(round.roundId, b.id);
    const save = await focal.page.request.put(`/api/v1/rounds/${round.roundId}/answers/${b.id}`, {
      data: { version: before?.version ?? 0, answer: { kind: "LEVEL", level: 3, notApplicableReason: null, justification: "Staff were hired in June.", targetOverride: null } },
    });
    expect(save.status()).toBe(200);
    const submit = await focal.page.request.post(`/api/v1/rounds/${round.roundId}/submit`, { data: { version: await roundVersion(round.roundId) } });
    expect(submit.status()).toBe(200);

    // --- The officer sees the stale acceptance and validates.
    await officer.page.goto(reviewUrl);
    await expect(officer.page.getByTestId("thread").filter({ hasText: VISIBLE }).getByTestId("reply")).toContainText(REPLY);
    await officer.page.getByTestId("start-review").click();
    await expect(officer.page.getByTestId("status-badge")).toHaveText("In review");
    await expect(officer.page.getByTestId(`stale-${b.code}`)).toBeVisible();
    await expect(officer.page.getByTestId(`stale-${a.code}`)).toHaveCount(0);
    await officer.page.getByTestId(`indicator-${a.code}`).getByTestId(`accept-${a.code}`).click();
    await expect(officer.page.getByTestId(`accept-${a.code}`)).toHaveAttribute("aria-pressed", "true");
    // Accepting a stale acceptance again confirms it on the answer as it is now.
    await expect(officer.page.getByTestId(`accept-${b.code}`)).toHaveAttribute("aria-pressed", "true");
    await officer.page.getByTestId(`indicator-${b.code}`).getByTestId(`accept-${b.code}`).click();
    await expect(officer.page.getByTestId(`accept-${b.code}`)).toHaveAttribute("aria-pressed", "true");
    await expect(officer.page.getByTestId(`stale-${b.code}`)).toHaveCount(0);
    await officer.page.getByTestId(`resolve-${await officer.page.getByTestId("thread").filter({ hasText: VISIBLE }).getAttribute("data-thread-id")}`).click();
    await expect(officer.page.getByTestId("thread").filter({ hasText: VISIBLE })).toContainText("Resolved");
    await officer.page.getByTestId("outcome-VALIDATE").check();
    await expect(officer.page.getByTestId("send-confirm")).toContainText("validated and locked");
    await officer.page.getByTestId("send-review-button").click();
    await expect(officer.page.getByTestId("review-result")).toContainText("The round is now: Validated.");

    // --- The history: each step, and the audit chain verifies.
    await officer.page.goto(historyUrl);
    const history = officer.page.getByTestId("history");
    const statuses = (await history.getByTestId("history-status").allInnerTexts()).filter((s) => s.includes("→"));
    const steps = ["Draft → Submitted", "Submitted → In review", "In review → Changes requested", "Changes requested → Submitted", "Submitted → In review", "In review → Validated"];
    expect(statuses.map((s) => steps.find((step) => s.includes(step)) ?? s)).toEqual(steps);
    await expect(history.getByTestId("history-review")).toHaveCount(2);
    await expect(history.getByTestId("history-review").first()).toContainText("Review sent: Request changes");
    await expect(history.getByTestId("history-answer")).toContainText(`Answer to ${b.code}: level 2 → level 3`);
    await expect(history.getByTestId("history-comment").filter({ hasText: "Internal to officers" })).toHaveCount(1);
    await expect(officer.page.getByTestId("chain-status")).toHaveAttribute("data-ok", "true");
    await expect(officer.page.getByTestId("chain-status")).toContainText("The audit trail of these events verifies");
    await expectAccessible(officer.page);
    await inArabic(officer.context, officer.page, () => expectAccessible(officer.page));

    // The country's history has the visible comment and its reply, never the internal one.
    await focal.page.goto(historyUrl);
    await expect(focal.page.getByTestId("history-comment")).toHaveCount(2);
    await expect(focal.page.getByTestId("history")).not.toContainText("Internal to officers");
    await expect(focal.page.getByTestId("chain-status")).toHaveAttribute("data-ok", "true");

    // --- Each person's inbox: the officer heard of the resubmission and of the reply; the focal point
    // of the changes requested and of the validation, never of the internal comment.
    await officer.page.goto("/notifications");
    const officerInbox = officer.page.getByTestId("inbox");
    await expect(officerInbox.locator('[data-kind="ROUND_SUBMITTED"]')).toHaveCount(1);
    await expect(officerInbox.locator('[data-kind="COMMENT_REPLIED"]')).toHaveCount(1);
    await expectAccessible(officer.page);
    await focal.page.goto("/notifications");
    const focalInbox = focal.page.getByTestId("inbox");
    await expect(focalInbox.locator('[data-kind="CHANGES_REQUESTED"]')).toHaveCount(1);
    await expect(focalInbox.locator('[data-kind="ROUND_VALIDATED"]')).toHaveCount(1);
    await expect(focalInbox.locator("li")).toHaveCount(2);
    expect(await focal.page.content()).not.toContain(INTERNAL);
    await expect(focal.page.getByTestId("unread-count")).toHaveText("2");
    await focalInbox.locator('[data-kind="ROUND_VALIDATED"] a').click();
    await expect(focal.page).toHaveURL(new RegExp(`/rounds/${round.roundId}$`));
    await focal.page.goto("/notifications");
    await focal.page.getByTestId("mark-all-read").click();
    await expect(focal.page.getByRole("main").getByRole("status")).toHaveText("All notifications marked as read.");
    await expect(focal.page.getByTestId("unread-count")).toHaveCount(0);
    await inArabic(focal.context, focal.page, () => expectAccessible(focal.page));

    // --- Another country's focal point: refused.
    const other = await createTeam();
    const outsider = await personPage(browser, other.focal.email, other.focal.password);
    for (const url of [reviewUrl, historyUrl]) {
      const response = await outsider.page.goto(url);
      expect(response?.status()).toBe(403);
      expect(await outsider.page.content()).not.toContain(VISIBLE);
    }
    await Promise.all([officer.context.close(), focal.context.close(), outsider.context.close()]);
  });

  test("lets an administrator reopen a validated round with a reason, by keyboard, and the history records it", async ({ browser }) => {
    const round = await createSubmittedRound();
    const officer = await personPage(browser, round.officer.email, round.officer.password);
    expect((await officer.page.request.post(`/api/v1/rounds/${round.roundId}/review`)).status()).toBe(200);
    expect((await officer.page.request.post(`/api/v1/rounds/${round.roundId}/review/send`, { data: { outcome: "VALIDATE", summary: null } })).status()).toBe(200);
    // The officer gets no administrator actions.
    await officer.page.goto(`/rounds/${round.roundId}/review`);
    await expect(officer.page.getByTestId("status-badge")).toHaveText("Validated");
    await expect(officer.page.getByTestId("admin-round-actions")).toHaveCount(0);

    const admin = await personPage(browser, "admin@example.org", DEMO_PASSWORD);
    await admin.page.goto(`/rounds/${round.roundId}/review`);
    const panel = admin.page.getByTestId("admin-round-actions");
    await panel.getByTestId("admin-reopen").click();
    await expect(panel.getByText("Give a reason.")).toBeVisible();
    await panel.getByLabel("Reason").focus();
    await admin.page.keyboard.type("The ministry sent corrections.");
    await admin.page.keyboard.press("Tab");
    await expect(panel.getByTestId("admin-reopen")).toBeFocused();
    await admin.page.keyboard.press("Enter");
    await expect(admin.page.getByTestId("status-badge")).toHaveText("Changes requested");

    await admin.page.goto(`/rounds/${round.roundId}/history`);
    await expect(admin.page.getByTestId("history-status").last()).toContainText("Validated → Changes requested");
    await expect(admin.page.getByTestId("history-status").last()).toContainText("The ministry sent corrections.");
    await expect(admin.page.getByTestId("chain-status")).toHaveAttribute("data-ok", "true");
    await Promise.all([officer.context.close(), admin.context.close()]);
  });
});
