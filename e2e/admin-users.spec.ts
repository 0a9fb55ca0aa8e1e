import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./fixtures";

// The administration against the demo installation: read-only checks with the demo administrator,
// and refusals for everyone else.

test("a focal point, an officer and a respondent get 403 from the administration", async ({ page }) => {
  test.setTimeout(60_000);
  for (const email of ["focal.ke@example.org", "officer.eaf@example.org", "respondent1.ke@example.org"]) {
    await signIn(page, email);
    await expect(page.getByRole("link", { name: "Administration" })).toHaveCount(0);
    for (const path of ["/admin", "/admin/users", "/admin/invitations/new"]) {
      const response = await page.goto(path);
      expect(response?.status(), `${email} ${path}`).toBe(403);
      await expect(page.getByTestId("forbidden")).toBeVisible();
    }
    await page.context().clearCookies();
  }
});

test("the administrator searches the users and opens one", async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, "admin@example.org");
  await page.getByRole("link", { name: "Administration" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expectAccessible(page);
  // Paging through more than one page is covered by lib/admin/users/service.integration.test.ts:
  // the demo has fewer accounts than a page holds.
  await page.goto("/admin/users");
  await expect(page.getByTestId("users-table")).toContainText("admin@example.org");
  await page.getByLabel("Search by name or email address").fill("FOCAL.KE@");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("user-row")).toHaveCount(1);
  await expect(page.getByTestId("user-row")).toContainText("Focal point (KE)");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Focal Point KE" }).click();
  await expect(page.getByTestId("user-memberships")).toContainText("Kenya");
  await expect(page.getByRole("link", { name: "Manage officer assignments" })).toHaveAttribute("href", /\/admin\/officers\/[0-9a-f-]{36}$/);
  await expectAccessible(page);
  // Arabic mirrors and keeps emails left to right.
  await page.getByTestId("language-switcher").locator("select").selectOption("ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expectAccessible(page);
});
