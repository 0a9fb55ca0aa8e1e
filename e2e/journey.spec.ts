import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./fixtures";

// The country self-assessment from end to end, as the people involved would do it.
test("focal point opens a round, invites a respondent who answers with evidence; a conflict is resolved; the round is submitted and locked", async ({ browser }) => {
  test.setTimeout(120_000);
  const focalContext = await browser.newContext();
  const focal = await focalContext.newPage();
  await signIn(focal, "focal.hn@example.org");

  // 1. Open a round.
  await focal.goto("/countries/HN");
  await focal.getByTestId("open-round").click();
  await expect(focal.getByLabel("Cycle")).toBeVisible();
  await expectAccessible(focal);
  await focal.getByLabel("Cycle").fill("2026");
  // The demo country's validated round of 2025 is offered to start from; this journey starts empty
  // (e2e/carry-over.spec.ts follows the carry-over).
  await focal.getByLabel("Carry over the answers of 2025").uncheck();
  await focal.getByRole("button", { name: "Open the round" }).click();
  await expect(focal).toHaveURL(/\/rounds\/[0-9a-f-]{36}$/);
  const roundId = focal.url().split("/").pop()!;
  await expect(focal.getByText("Draft", { exact: true })).toBeVisible();
  await expectAccessible(focal);

  // 2. Invite a respondent for the Investigation pillar; without SMTP the link is shown once.
  const email = `new.respondent.${Date.now()}@example.org`;
  await focal.goto("/countries/HN/team");
  await focal.getByTestId("invite-form").getByLabel("Email address").fill(email);
  await focal.getByTestId("invite-form").getByRole("checkbox", { name: /^INV Investigation/ }).check();
  await focal.getByRole("button", { name: "Send the invitation" }).click();
  const link = await focal.getByTestId("invite-link").inputValue();
  expect(link).toMatch(/\/invitations\/[A-Za-z0-9_-]{40,}$/);
  await expectAccessible(focal);

  // 3. The respondent accepts and creates an account.
  const respondentContext = await browser.newContext();
  const respondent = await respondentContext.newPage();
  await respondent.goto(new URL(link).pathname);
  await expectAccessible(respondent);
  await respondent.getByLabel("Full name").fill("Nuevo Respondiente");
  await respondent.getByLabel("Password", { exact: true }).fill("a-long-password-2026");
  await respondent.getByLabel("Confirm the password").fill("a-long-password-2026");
  await respondent.getByRole("button", { name: "Accept and create my account" }).click();
  await expect(respondent.getByTestId("signed-in-as")).toContainText("Nuevo Respondiente");

  // The focal point has the Investigation pillar open before the respondent saves.
  await focal.goto(`/rounds/${roundId}/pillars/INV`);

  // 4. The respondent answers INV-01 with a level, a justification, a link and a file.
  await respondent.goto(`/rounds/${roundId}/pillars/INV`);
  const card = respondent.getByTestId("indicator-INV-01");
  await card.getByRole("radio", { name: /^2 – Developing/ }).check();
  await card.getByLabel("Justification").fill("A unit of six investigators in the national police.");
  await expect(card.getByTestId("save-state")).toHaveAttribute("data-status", "saved");
  await card.getByLabel("Link (URL)").fill("https://police.example.org/cyber-unit");
  await card.getByLabel("Title (optional)").fill("Decree creating the unit");
  await card.getByRole("button", { name: "Add link" }).click();
  await expect(card.getByTestId("evidence-list")).toContainText("Decree creating the unit");
  await card.getByLabel("Upload a file").setInputFiles({ name: "organigram.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n") });
  await expect(card.getByTestId("evidence-list")).toContainText("organigram.pdf");
  const download = await respondent.request.get(await card.getByRole("link", { name: "organigram.pdf" }).getAttribute("href").then((h) => h!));
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toContain("attachment");
  // A forbidden type is refused with a clear message, nothing added.
  await card.getByLabel("Upload a file").setInputFiles({ name: "tool.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff") });
  await expect(card.getByRole("alert")).toBeVisible();
  await expect(card.getByTestId("evidence-list").getByRole("listitem")).toHaveCount(2);

  // 5. The focal point, still on the version they loaded, edits the same indicator: conflict.
  const focalCard = focal.getByTestId("indicator-INV-01");
  await focalCard.getByLabel("Justification").fill("No specialised unit yet.");
  await expect(focalCard.getByTestId("conflict")).toBeVisible();
  await expect(focalCard.getByTestId("conflict")).toContainText("A unit of six investigators");
  await focalCard.getByRole("button", { name: "Use the saved answer" }).click();
  await expect(focalCard.getByLabel("Justification")).toHaveValue("A unit of six investigators in the national police.");

  // 6. The focal point answers the remaining indicators (through the same API the page uses) and submits.
  for (const pillar of ["PRE", "INV", "FOR", "EVI", "PRO", "LEG"]) {
    await focal.goto(`/rounds/${roundId}/pillars/${pillar}`);
    for (const article of await focal.locator("article[data-indicator-id]").all()) {
      if ((await article.getAttribute("id")) === "INV-01") continue;
      const response = await focal.request.put(`/api/v1/rounds/${roundId}/answers/${await article.getAttribute("data-indicator-id")}`, {
        data: { version: 0, answer: { kind: "LEVEL", level: 2, notApplicableReason: null, justification: null, targetOverride: null } },
      });
      expect(response.status()).toBe(200);
    }
  }
  await focal.goto(`/rounds/${roundId}`);
  await expect(focal.getByText("Every indicator is answered.", { exact: true })).toBeVisible();
  focal.once("dialog", (dialog) => void dialog.accept());
  await focal.getByRole("button", { name: "Submit the round" }).click();
  await expect(focal.getByText("Submitted", { exact: true }).first()).toBeVisible();
  await expect(focal.getByTestId("status-note")).toContainText("read-only for your team");

  // 7. Read-only for the country: the page and the server both refuse changes.
  await respondent.goto(`/rounds/${roundId}/pillars/INV`);
  await expect(respondent.getByTestId("read-only-note")).toBeVisible();
  await expect(respondent.getByTestId("indicator-INV-01").getByRole("radio").first()).toBeDisabled();
  const indicatorId = await respondent.getByTestId("indicator-INV-01").getAttribute("data-indicator-id");
  const late = await respondent.request.put(`/api/v1/rounds/${roundId}/answers/${indicatorId}`, {
    data: { version: 99, answer: { kind: "LEVEL", level: 4, notApplicableReason: null, justification: null, targetOverride: null } },
  });
  expect(late.status()).toBe(409);
  expect((await late.json()).error.code).toBe("ROUND_NOT_EDITABLE");

  await focalContext.close();
  await respondentContext.close();
});
