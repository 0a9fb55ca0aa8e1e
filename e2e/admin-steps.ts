import { expect, type Page } from "@playwright/test";

/** Sets the password through a one-time link (/reset-password/…), as the person would; they are then signed in. */
export async function setPasswordThroughLink(page: Page, linkPath: string, password: string): Promise<void> {
  await page.goto(linkPath);
  await page.locator("#reset-password").fill(password);
  await page.locator("#reset-confirmPassword").fill(password);
  await page.getByTestId("reset-password-form").locator("button[type=submit]").click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
}

/** Accepts an invitation link by creating an account, as a new person would; they are then signed in. */
export async function acceptWithNewAccount(page: Page, linkPath: string, name: string, password: string): Promise<void> {
  await page.goto(linkPath);
  await page.locator("#accept-name").fill(name);
  await page.locator("#accept-password").fill(password);
  await page.locator("#accept-confirmPassword").fill(password);
  await page.getByTestId("accept-invitation-form").locator("button[type=submit]").click();
  await expect(page.getByTestId("signed-in-as")).toContainText(name);
}
