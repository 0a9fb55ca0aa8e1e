import { expect, request as apiRequest, test } from "@playwright/test";
import { createUser } from "./db";
import { expectAccessible, signIn } from "./fixtures";

// Personal API tokens on the account page, with a fresh account of the spec's own (never a shared
// demo account): create one, see it once, find it listed, use it, revoke it.
test("an API token is created, shown once, listed, used and revoked", async ({ page, baseURL }) => {
  test.setTimeout(60_000);
  const user = await createUser({ prefix: "tokens" });
  await signIn(page, user.email, user.password);
  await page.goto("/account");
  const section = page.getByRole("region", { name: "API tokens" });
  await expect(section.getByText("You have no API tokens.")).toBeVisible();

  const form = page.getByTestId("api-token-form");
  // The shared schema's messages, in the reader's language, before anything is sent.
  await form.getByLabel("Expires after (days)").fill("400");
  await form.getByRole("button", { name: "Create the token" }).click();
  await expect(form.getByText("This field is required.")).toBeVisible();
  await expect(form.getByText("Enter a whole number of days from 1 to 365.")).toBeVisible();

  await form.getByLabel("Token name").fill("Ministry dashboard");
  await form.getByLabel("Access").selectOption("read");
  await form.getByLabel("Expires after (days)").fill("30");
  await form.getByRole("button", { name: "Create the token" }).click();

  const shown = page.getByTestId("api-token-new");
  await expect(shown).toHaveValue(/^cc_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
  await expect(shown).toBeFocused();
  await expect(page.getByTestId("api-token-new-panel")).toContainText("it is shown only this once");
  const token = await shown.inputValue();
  const row = page.getByTestId("api-token-row").filter({ hasText: "Ministry dashboard" });
  await expect(row).toContainText(token.slice(0, 11));
  await expect(row).toContainText("Read only");
  await expect(row).toContainText("Never");
  await expectAccessible(page);

  // The token works without any cookie, and the page never shows it again.
  const client = await apiRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const listed = await client.get("/api/v1/tokens");
  expect(listed.status()).toBe(200);
  expect(JSON.stringify(await listed.json())).not.toContain(token.slice(12));
  await page.reload();
  await expect(page.getByTestId("api-token-new")).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText(token);
  await expect(row).toContainText("Read only");
  await expect(row).not.toContainText("Never"); // its last use is recorded

  // Revoking asks first; keyboard focus moves to the answer.
  await row.getByRole("button", { name: "Revoke the token Ministry dashboard" }).click();
  await expect(row.getByRole("button", { name: "Yes, revoke it" })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press("Enter");
  await expect(row.getByTestId("api-token-status")).toHaveText("Revoked");
  await expect(page.getByTestId("api-token-status-message")).toHaveText("The token Ministry dashboard was revoked.");
  const refused = await client.get("/api/v1/tokens");
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe("TOKEN_INVALID");
  await client.dispose();
});
