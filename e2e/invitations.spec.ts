import { expect, test } from "@playwright/test";
import { createTeam, createUser } from "./db";
import { expectAccessible, signIn } from "./fixtures";

// The shared invitations table, invite outcome and one-time link panel, in each place they are
// used: a focal point's team page, the administrators' invitations and a user's reset link. Each
// test makes its own team, invitee and user, so the demo accounts are left as they are.

test("a focal point invites a respondent, sees the link once and revokes the invitation", async ({ page }) => {
  test.setTimeout(60_000);
  const team = await createTeam();
  const email = `revoked.${Date.now()}@example.org`;
  await signIn(page, team.focal.email, team.focal.password);
  await page.goto(`/countries/${team.iso2}/team`);
  const form = page.getByTestId("invite-form");
  await form.getByLabel("Email address").fill(email);
  await form.getByRole("checkbox", { name: /^INV Investigation/ }).check();
  await form.getByRole("button", { name: "Send the invitation" }).click();
  // Without SMTP the link is shown, focused and selected, with a Copy button.
  await expect(page.getByTestId("invite-link")).toBeFocused();
  expect(await page.getByTestId("invite-link").inputValue()).toMatch(/\/invitations\/[A-Za-z0-9_-]{40,}$/);
  await expect(page.getByTestId("invite-link-panel").getByRole("button", { name: "Copy the link" })).toBeVisible();

  await page.reload();
  const row = page.getByTestId("invitation").filter({ hasText: email });
  await expect(row).toContainText("Pending");
  await expect(row).toContainText("INV");
  await expectAccessible(page);
  await row.getByRole("button", { name: `Revoke the invitation to ${email}` }).click();
  await expect(page.getByText(`The invitation to ${email} was revoked.`)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("invitation").filter({ hasText: email })).toContainText("Revoked");
  await expect(page.getByRole("button", { name: `Revoke the invitation to ${email}` })).toHaveCount(0);
});

test("the administrator withdraws an officer invitation and shows a user's reset link once", async ({ page }) => {
  test.setTimeout(60_000);
  const email = `withdrawn.${Date.now()}@example.org`;
  const person = await createUser({ prefix: "reset", name: "Reset Link Person" });
  await signIn(page, "admin@example.org");
  await page.goto("/admin/invitations/new?kind=OFFICER");
  const form = page.getByTestId("admin-invite-form");
  await form.getByLabel("Email address").fill(email);
  await form.getByRole("checkbox", { name: "Central America" }).check();
  await form.getByRole("button", { name: "Send the invitation" }).click();
  await expect(page.getByTestId("invite-link")).toBeFocused();

  await page.goto("/admin/users");
  const row = page.getByTestId("admin-invitation").filter({ hasText: email });
  await expect(row).toContainText("Programme officer");
  await expectAccessible(page);
  await row.getByRole("button", { name: `Withdraw the invitation of ${email}` }).click();
  await expect(page.getByText(`The invitation of ${email} was withdrawn.`)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("admin-invitation").filter({ hasText: email })).toHaveCount(0);

  await page.goto(`/admin/users/${person.id}`);
  await page.getByRole("button", { name: "Send a password-reset link" }).click();
  await expect(page.getByTestId("reset-link")).toBeFocused();
  expect(await page.getByTestId("reset-link").inputValue()).toMatch(/^https?:\/\/[^/]+\/.+/);
  await expect(page.getByTestId("reset-link-panel")).toContainText(`Password-reset link for ${person.email}`);
  await expectAccessible(page);
});
