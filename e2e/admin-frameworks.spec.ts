import { expect, test } from "@playwright/test";
import { createTeam, createUser, db } from "./db";
import { expectAccessible, signIn } from "./fixtures";

// The framework versions in the administration: a fresh administrator (made for this test, never
// the demo one) downloads framework 1.0 through the API, changes one indicator's English title and
// the label, imports the file through the form, reads the diff that names exactly that indicator,
// and deletes the draft. Nothing is published here: other specs rely on 1.0 being the published
// version. An invalid file shows the document's problems; a focal point is refused the pages.

test("an administrator imports an edited framework 1.0 as a draft, reads its diff and deletes it", async ({ page }) => {
  test.setTimeout(90_000);
  const adminUser = await createUser({ prefix: "frameworks-pages" });
  await (await db()).query("UPDATE users SET is_admin = true WHERE id = $1", [adminUser.id]);
  await signIn(page, adminUser.email, adminUser.password);

  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Frameworks" }).click();
  await expect(page).toHaveURL(/\/admin\/frameworks$/);
  const v1Row = page.locator('[data-testid="framework-row"][data-label="1.0"]');
  await expect(v1Row.getByTestId("framework-status")).toHaveText("Published");
  await expect(v1Row.getByRole("link", { name: "Download 1.0" })).toHaveAttribute("href", /\/api\/v1\/frameworks\/[0-9a-f-]+\/document$/);
  await expectAccessible(page);

  // The document, as anyone would download it, with one English title and the label changed.
  const href = (await v1Row.getByRole("link", { name: "Download 1.0" }).getAttribute("href"))!;
  const download = await page.request.get(href);
  expect(download.status()).toBe(200);
  const document = await download.json();
  const label = `e2e-pages-${Date.now().toString(36)}`;
  const indicator = document.pillars[2].indicators[1];
  document.version = label;
  indicator.title.en = `${indicator.title.en} (revised)`;

  const form = page.getByTestId("framework-import-form");
  const fileInput = form.getByLabel("Framework document (.json)");

  // A file that is not JSON: said at the field, which takes the focus.
  await fileInput.setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from("{ not json") });
  await form.getByRole("button", { name: "Import as a draft" }).click();
  await expect(page.getByTestId("framework-file-error")).toContainText("This file is not valid JSON");
  await expect(fileInput).toBeFocused();
  await expect(fileInput).toHaveAttribute("aria-invalid", "true");

  // A document that breaks the format: each problem listed with its path.
  const invalid = structuredClone(document);
  invalid.pillars[0].indicators[0].title.fr = "";
  invalid.pillars[1].indicators[0].weight = 7;
  await fileInput.setInputFiles({ name: "invalid.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(invalid)) });
  await form.getByRole("button", { name: "Import as a draft" }).click();
  const failure = page.getByTestId("framework-import-failure");
  await expect(failure.getByRole("alert")).toHaveText("This file is not a valid framework document.");
  const issues = page.getByTestId("framework-issues");
  await expect(issues).toContainText("pillars.0.indicators.0.title.fr");
  await expect(issues).toContainText("pillars.1.indicators.0.weight");
  await expect(page.getByTestId("framework-file-error")).toHaveCount(0);
  await expectAccessible(page);

  // A label in use: said at the field.
  await fileInput.setInputFiles({ name: "same-label.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ ...document, version: "1.0" })) });
  await form.getByRole("button", { name: "Import as a draft" }).click();
  await expect(page.getByTestId("framework-file-error")).toHaveText(`A framework version labelled 1.0 already exists. Change the document's "version" and import it again.`);

  // The edited document: the draft's page opens with its diff.
  await fileInput.setInputFiles({ name: `framework-${label}.json`, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(document)) });
  await form.getByRole("button", { name: "Import as a draft" }).click();
  await expect(page).toHaveURL(/\/admin\/frameworks\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Framework ${label}`);
  await expect(page.getByTestId("framework-summary").getByTestId("framework-status")).toHaveText("Draft");
  const diff = page.getByTestId("framework-diff");
  await expect(diff.getByRole("heading", { level: 2 })).toHaveText("Changes from the published version 1.0");
  await expect(diff).toContainText("No pillar changed.");
  const rows = diff.getByTestId("framework-diff-indicator");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute("data-code", indicator.code);
  await expect(rows.first().getByRole("cell")).toHaveText([document.pillars[2].code, "Changed", "title", "English", "Wording only"]);
  await expectAccessible(page);

  // Publishing asks first, naming what it does; cancelled here, with the focus back on the button.
  await page.getByTestId("framework-publish").click();
  await expect(page.getByText(`Publish ${label}? The version published now (1.0) will be retired and new rounds will use ${label}. Existing rounds keep the version they were opened on.`)).toBeVisible();
  await expect(page.getByTestId("framework-publish-confirm")).toBeFocused();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("framework-publish")).toBeFocused();

  // Deleting, by keyboard: asks, then deletes and opens the list, which says so.
  await page.getByTestId("framework-delete").focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(`Delete the draft ${label}? This cannot be undone.`)).toBeVisible();
  await expect(page.getByTestId("framework-delete-confirm")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/admin\/frameworks\?deleted=/);
  await expect(page.getByTestId("framework-deleted")).toHaveText(`The draft ${label} was deleted.`);
  await expect(page.getByTestId("framework-deleted")).toBeFocused();
  await expect(page.locator(`[data-testid="framework-row"][data-label="${label}"]`)).toHaveCount(0);
  await expectAccessible(page);
  const left = await (await db()).query("SELECT count(*)::int AS n FROM framework_versions WHERE version = $1", [label]);
  expect(left.rows[0].n).toBe(0);
  const published = await (await db()).query("SELECT version FROM framework_versions WHERE status = 'PUBLISHED'");
  expect(published.rows.map((r: { version: string }) => r.version)).toEqual(["1.0"]);
});

test("a focal point is refused the framework versions' pages", async ({ page }) => {
  const team = await createTeam();
  await signIn(page, team.focal.email, team.focal.password);
  expect((await page.goto("/admin/frameworks"))?.status()).toBe(403);
  await expectAccessible(page);
  const list = await page.request.get("/api/v1/frameworks");
  const v1 = (await list.json()).versions.find((v: { label: string }) => v.label === "1.0");
  expect((await page.goto(`/admin/frameworks/${v1.id}`))?.status()).toBe(403);
  expect((await page.request.post(`/api/v1/frameworks/${v1.id}/publish`)).status()).toBe(403);
});
