import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./fixtures";

test.describe("another country's data is refused", () => {
  test("by page URL and by direct request, for a country team member", async ({ page }) => {
    await signIn(page, "focal.ke@example.org");

    const own = await page.goto("/countries/KE");
    expect(own?.status()).toBe(200);
    await expect(page.getByTestId("country-name")).toHaveText("Kenya");

    const other = await page.goto("/countries/UG");
    expect(other?.status()).toBe(403);
    await expect(page.getByTestId("forbidden")).toBeVisible();
    await expect(page.getByText("Uganda")).toHaveCount(0);
    await expectAccessible(page);

    const api = await page.request.get("/api/v1/countries/UG");
    expect(api.status()).toBe(403);
    const body = await api.json();
    expect(body).toEqual({ error: { code: "FORBIDDEN", message: "You do not have access to this." } });

    const ownApi = await page.request.get("/api/v1/countries/KE");
    expect(ownApi.status()).toBe(200);
    expect((await ownApi.json()).rounds.length).toBe(2);
  });

  test("for an officer outside their portfolio", async ({ page }) => {
    await signIn(page, "officer.cam@example.org");
    expect((await page.goto("/countries/KE"))?.status()).toBe(403);
    expect((await page.request.get("/api/v1/countries/KE")).status()).toBe(403);
    expect((await page.request.get("/api/v1/countries/GT")).status()).toBe(200);
  });

  test("for a visitor who is not signed in", async ({ page, request }) => {
    await page.goto("/countries/KE");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fcountries%2FKE/);
    const api = await request.get("/api/v1/countries/KE");
    expect(api.status()).toBe(401);
  });

  test("an unknown country is 404, not an error", async ({ page }) => {
    await signIn(page, "admin@example.org");
    expect((await page.goto("/countries/XX"))?.status()).toBe(404);
    await expectAccessible(page);
  });
});
