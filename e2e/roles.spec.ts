import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./fixtures";

test.describe("each role signs in and sees its home page", () => {
  test("focal point: their country's rounds", async ({ page }) => {
    await signIn(page, "focal.ke@example.org");
    const own = page.getByTestId("own-country");
    await expect(own.getByRole("heading", { name: /Kenya/ })).toBeVisible();
    await expect(own.getByTestId("rounds-table").getByRole("row")).toHaveCount(3); // header + 2025 + 2026
    await expect(own.getByText("Validated")).toBeVisible();
    await expect(page.getByTestId("signed-in-as")).toContainText("Focal point");
    await expectAccessible(page);
  });

  test("respondent: their country's rounds", async ({ page }) => {
    await signIn(page, "respondent1.ug@example.org");
    await expect(page.getByTestId("own-country").getByRole("heading", { name: /Uganda/ })).toBeVisible();
    await expect(page.getByTestId("own-country").getByRole("row", { name: /2026/ })).toContainText("Submitted");
    await expect(page.getByTestId("signed-in-as")).toContainText("Respondent");
  });

  test("officer: the assigned countries and their latest round", async ({ page }) => {
    await signIn(page, "officer.eaf@example.org");
    const portfolio = page.getByTestId("portfolio");
    await expect(portfolio.getByRole("link", { name: "Kenya" })).toBeVisible();
    await expect(portfolio.getByRole("link", { name: "United Republic of Tanzania" })).toBeVisible();
    await expect(portfolio.getByRole("link", { name: "Guatemala" })).toHaveCount(0);
    await expect(portfolio.getByRole("row", { name: /Uganda/ })).toContainText("Submitted");
    await expectAccessible(page);
    await portfolio.getByRole("link", { name: "Kenya" }).click();
    await expect(page.getByTestId("country-name")).toHaveText("Kenya");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Countries" }).click();
    await expect(page.getByTestId("countries-table").getByRole("row")).toHaveCount(19); // header + 18 EAF countries
    await expectAccessible(page);
  });

  test("administrator: counts of users, countries and rounds", async ({ page }) => {
    await signIn(page, "admin@example.org");
    const overview = page.getByTestId("admin-overview");
    await expect(overview.getByTestId("count-countries")).toHaveText("193");
    await expect(overview.getByTestId("count-users")).toHaveText(/^\d+$/);
    expect(Number(await overview.getByTestId("count-users").textContent())).toBeGreaterThanOrEqual(21);
    expect(Number(await overview.getByTestId("count-rounds").textContent())).toBeGreaterThanOrEqual(9);
    await expectAccessible(page);
  });

  test("sign-out ends the session", async ({ page }) => {
    await signIn(page, "respondent2.tz@example.org");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
