import { expect, test } from "@playwright/test";
import { createTeam, createUser, db } from "./db";
import { expectAccessible, signIn } from "./fixtures";

// The framework versions in the administration: a fresh administrator (made for this test, never
// the demo one) downloads framework 1.0 through the API, changes one indicator's English title and
// the label, imports the file through the form, reads the diff that names exactly that indicator,
// and deletes the draft. Nothing is published here: other specs rely on 1.0 being the published
// version. An invalid file shows the document's problems; a focal point is refused the pages.

// In order, in one worker: the editor's test corrects a text of 1.0 for a moment, which the import
// test's diff against 1.0 must not see.
test.describe.configure({ mode: "default" });

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
  expect((await page.goto(`/admin/frameworks/${v1.id}/edit`))?.status()).toBe(403);
  expect((await page.goto(`/admin/frameworks/${v1.id}/revisions`))?.status()).toBe(403);
  expect((await page.request.post(`/api/v1/frameworks/${v1.id}/publish`)).status()).toBe(403);
});

// The editor: a fresh administrator imports a draft of its own (through the API, as the test above
// does through the form), changes one indicator's French title in the editor and reads the change
// in the draft's diff; then corrects a French text of the published 1.0 with a reason, reads it on
// the revisions page, and puts it back at once through the API (other specs compare 1.0 with its
// file: e2e/frameworks-api.spec.ts waits for the text to be back).
test("an administrator edits a draft in French and corrects a text of the published version", async ({ page }) => {
  test.setTimeout(120_000);
  const adminUser = await createUser({ prefix: "frameworks-editor" });
  await (await db()).query("UPDATE users SET is_admin = true WHERE id = $1", [adminUser.id]);
  await signIn(page, adminUser.email, adminUser.password);
  const v1 = (await (await page.request.get("/api/v1/frameworks")).json()).versions.find((v: { label: string }) => v.label === "1.0");
  const original = await (await page.request.get(`/api/v1/frameworks/${v1.id}/document`)).json();
  const document = structuredClone(original);
  const label = `e2e-editor-${Date.now().toString(36)}`;
  document.version = label;
  const imported = await page.request.post("/api/v1/frameworks", { data: document });
  expect(imported.status()).toBe(200);
  const draftId: string = (await imported.json()).id;

  // The draft's page links to its editor; the editor opens on the first pillar.
  await page.goto(`/admin/frameworks/${draftId}`);
  await page.getByRole("link", { name: "Edit this draft" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/frameworks/${draftId}/edit$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit framework ${label}`);

  // Pillar FOR in French, by keyboard: the English text is shown beside each field.
  const pillar = document.pillars[2];
  const indicator = pillar.indicators[1];
  const choose = page.getByTestId("framework-editor-choose");
  await choose.getByLabel("Pillar", { exact: true }).selectOption(pillar.code);
  await choose.getByLabel("Language", { exact: true }).selectOption("fr");
  await choose.getByRole("button", { name: "Show" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/pillar=FOR&lang=fr/);
  await expect(page.getByTestId("framework-editor-heading")).toHaveText("Pillar FOR, in Français");
  const title = page.locator("#edit-pillar-indicators-1-title");
  await expect(title).toHaveValue(indicator.title.fr);
  await expect(title).toHaveAttribute("lang", "fr");
  await expect(page.locator("#edit-pillar-indicators-1-title-reference")).toContainText(indicator.title.en);
  await expect(page.getByTestId("framework-editor-indicator")).toHaveCount(pillar.indicators.length);
  await expectAccessible(page);

  // An empty text is said at its field by the form; another pillar's code, by the server's check of
  // the whole document, at its field too, which takes the focus.
  await title.fill(" ");
  const code = page.getByTestId("framework-editor-indicator").nth(0).getByLabel("Code");
  await code.fill("INV-01");
  await page.getByRole("button", { name: "Save the draft" }).click();
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#edit-pillar-indicators-1-title-error")).toHaveText("Write this text: it may not be empty.");
  await title.fill(`${indicator.title.fr} (révisé)`);
  await expect(page.getByTestId("framework-editor-dirty")).toHaveText("You have unsaved changes.");
  // Leaving by a link asks first; staying keeps the changes.
  page.once("dialog", (dialog) => {
    expect(dialog.message()).toBe("You have unsaved changes. Leave this page and lose them?");
    void dialog.dismiss();
  });
  await page.getByRole("link", { name: `Back to framework ${label}` }).click();
  await expect(page).toHaveURL(/\/edit\?pillar=FOR&lang=fr$/);
  await expect(title).toHaveValue(`${indicator.title.fr} (révisé)`);
  await page.getByRole("button", { name: "Save the draft" }).click();
  // INV-01 passes the form's own check; the whole document's (the pillar's prefix) is the server's.
  await expect(page.locator("#edit-0-code-error")).toHaveText("Use the pillar's code, a dash and two digits (such as INV-03), not used by another indicator.");
  await expect(code).toBeFocused();
  await code.fill(pillar.indicators[0].code);
  await page.getByRole("button", { name: "Save the draft" }).click();
  const saved = page.getByTestId("framework-editor-saved");
  await expect(saved).toContainText(`The draft ${label} was saved.`);
  await expect(saved).toBeFocused();
  await expect(title).toHaveValue(`${indicator.title.fr} (révisé)`);
  await expect(page.getByTestId("framework-editor-dirty")).toHaveText("");
  await expectAccessible(page);

  // The draft's diff names exactly that change.
  await saved.getByRole("link", { name: "See its differences from the published version" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/frameworks/${draftId}$`));
  const rows = page.getByTestId("framework-diff").getByTestId("framework-diff-indicator");
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByRole("cell")).toHaveText([pillar.code, "Changed", "title", "Français", "Wording only"]);

  // The same through the API: PUT a whole document on the draft; the published version refuses it.
  const edited = await (await page.request.get(`/api/v1/frameworks/${draftId}/document`)).json();
  expect(edited.pillars[2].indicators[1].title.fr).toBe(`${indicator.title.fr} (révisé)`);
  edited.pillars[0].indicators[0].weight = edited.pillars[0].indicators[0].weight === 3 ? 2 : 3;
  const put = await page.request.put(`/api/v1/frameworks/${draftId}/document`, { data: edited });
  expect(put.status()).toBe(200);
  expect((await put.json()).diff.indicators.changed.map((c: { code: string }) => c.code)).toEqual([edited.pillars[0].indicators[0].code, indicator.code]);
  const refused = await page.request.put(`/api/v1/frameworks/${v1.id}/document`, { data: { ...edited, version: "1.0" } });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).error.code).toBe("CONFLICT");
  expect((await page.request.delete(`/api/v1/frameworks/${draftId}`)).status()).toBe(204);

  // The published 1.0: "Correct texts" opens the editor for a text revision, which needs a reason.
  await page.goto(`/admin/frameworks/${v1.id}`);
  await page.getByRole("link", { name: "Correct texts" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Correct the texts of framework 1.0");
  await page.goto(`/admin/frameworks/${v1.id}/edit?pillar=LEG&lang=fr`);
  const last = original.pillars[5].indicators.length - 1;
  const lastIndicator = original.pillars[5].indicators[last];
  const descriptor = page.locator(`#edit-pillar-indicators-${last}-levels-4`);
  await expect(descriptor).toHaveValue(lastIndicator.levels[4].fr);
  // Structure is read-only here: no code or weight field.
  await expect(page.getByTestId("framework-editor-indicator").first().getByLabel("Code")).toHaveCount(0);
  await expectAccessible(page);
  const corrected = `${lastIndicator.levels[4].fr} (corrigé)`;
  await descriptor.fill(corrected);
  await page.getByRole("button", { name: "Save the correction" }).click();
  await expect(page.locator("#edit-reason-error")).toHaveText("Give the reason for the correction.");
  await expect(page.locator("#edit-reason")).toBeFocused();
  await page.locator("#edit-reason").fill("e2e: a typo in French");
  await page.getByRole("button", { name: "Save the correction" }).click();
  await expect(page.getByTestId("framework-editor-saved")).toContainText("The correction was saved: 1 text changed.");
  // Put 1.0 back at once, as a second revision.
  const back = await page.request.post(`/api/v1/frameworks/${v1.id}/revisions`, { data: { reason: "e2e: put back", document: original } });
  expect(back.status()).toBe(200);
  await expectAccessible(page);

  // The revisions page: newest first, who, why, and each text before and after.
  await page.getByTestId("framework-editor-saved").getByRole("link", { name: "See the text revisions" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/frameworks/${v1.id}/revisions$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Text revisions of framework 1.0");
  const revisions = page.getByTestId("framework-revision");
  await expect(revisions.nth(0).getByTestId("framework-revision-reason")).toHaveText("e2e: put back");
  await expect(revisions.nth(1).getByTestId("framework-revision-reason")).toHaveText("e2e: a typo in French");
  await expect(revisions.nth(1)).toContainText(adminUser.name);
  const change = revisions.nth(1).getByTestId("framework-revision-change");
  await expect(change).toHaveCount(1);
  await expect(change.getByRole("rowheader")).toHaveText(`Indicator ${lastIndicator.code}: level 4 descriptor`);
  await expect(change.getByRole("cell")).toHaveText(["Français", lastIndicator.levels[4].fr, corrected]);
  await expectAccessible(page);
  expect(await (await page.request.get(`/api/v1/frameworks/${v1.id}/document`)).json()).toEqual(original);
});
