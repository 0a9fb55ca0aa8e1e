import { expect, test, type Page } from "@playwright/test";
import { acceptWithNewAccount } from "./admin-steps";
import { expectAccessible, signIn } from "./fixtures";

// One's own account, with a fresh person of their own (never a shared demo account): the demo
// administrator invites them as a respondent of Kenya, and they accept.
async function freshPerson(page: Page, name: string, password: string): Promise<string> {
  const email = `account.${Date.now()}.${Math.random().toString(36).slice(2, 7)}@example.org`;
  const admin = await page.context().browser()!.newContext();
  const adminPage = await admin.newPage();
  await signIn(adminPage, "admin@example.org");
  await adminPage.goto("/admin/invitations/new?kind=COUNTRY&country=KE&role=RESPONDENT");
  const form = adminPage.getByTestId("admin-invite-form");
  await form.getByLabel("Email address").fill(email);
  await form.getByRole("checkbox", { name: /^INV / }).check();
  await form.getByRole("button", { name: "Send the invitation" }).click();
  const link = new URL(await adminPage.getByTestId("invite-link").inputValue()).pathname;
  await admin.close();
  await acceptWithNewAccount(page, link, name, password);
  return email;
}

test("changing the password keeps this browser signed in and signs the others out", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const email = await freshPerson(page, "Wanjiru Kamau", "wanjiru-first-password");
  const other = await (await browser.newContext()).newPage();
  await signIn(other, email, "wanjiru-first-password");

  await page.getByTestId("my-account").click();
  await expect(page).toHaveURL(/\/account$/);
  await expectAccessible(page);
  await page.getByLabel("Current password").fill("not the password");
  await page.getByLabel("New password", { exact: true }).fill("wanjiru-second-password");
  await page.getByLabel("Confirm the new password").fill("wanjiru-second-password");
  await page.getByRole("button", { name: "Change the password" }).click();
  await expect(page.getByText("This is not your current password.")).toBeVisible();
  await page.getByLabel("Current password").fill("wanjiru-first-password");
  await page.getByRole("button", { name: "Change the password" }).click();
  await expect(page.getByTestId("password-changed")).toContainText("You stay signed in here");
  await page.reload();
  await expect(page.getByTestId("signed-in-as")).toContainText("Wanjiru Kamau");

  await other.goto("/");
  await expect(other).toHaveURL(/\/sign-in/);
  await signIn(other, email, "wanjiru-second-password");
});

test("the preferred language applies at once; sign out everywhere ends every session", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const email = await freshPerson(page, "Baraka Otieno", "baraka-first-password");
  await page.goto("/account");
  await page.getByLabel("Language of the pages and of the emails we send you").selectOption("fr");
  await page.getByRole("button", { name: "Save the language" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mon compte");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expectAccessible(page);

  const other = await (await browser.newContext()).newPage();
  await signIn(other, email, "baraka-first-password");
  await page.getByTestId("sign-out-everywhere").click();
  await expect(page).toHaveURL(/\/sign-in/);
  await other.goto("/");
  await expect(other).toHaveURL(/\/sign-in/);
});

test("a password-reset link that is unknown says so", async ({ page }) => {
  await page.goto(`/reset-password/${"x".repeat(43)}`);
  await expect(page.getByTestId("reset-invalid")).toHaveAttribute("data-reason", "UNKNOWN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link is not valid");
  await expectAccessible(page);
});
