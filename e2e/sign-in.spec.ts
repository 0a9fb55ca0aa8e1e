import { expect, test } from "@playwright/test";
import { expectAccessible } from "./fixtures";

test.describe("sign-in page", () => {
  test("is accessible, lists the demo accounts, and validates at the field", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.getByTestId("demo-accounts")).toContainText("admin@example.org");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("This field is required.").first()).toBeVisible();
    await page.getByLabel(/email/i).fill("not-an-email");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("Enter a valid email address.")).toBeVisible();
    await expect(page.getByLabel(/email/i)).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);
  });

  test("gives one generic message for a wrong password, then throttles", async ({ page }) => {
    const email = `nobody.${Date.now()}@example.org`;
    await page.goto("/sign-in");
    for (let i = 0; i < 5; i++) {
      await page.getByLabel(/email/i).fill(email);
      await page.getByLabel(/password/i).fill(`wrong-${i}`);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(page.getByTestId("sign-in-error")).toHaveText("The email address or password is not correct.");
      await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
    }
    await page.getByLabel(/password/i).fill("wrong-again");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByTestId("sign-in-error")).toHaveText(/Too many failed attempts/);
  });

  test("sends security headers", async ({ request }) => {
    const response = await request.get("/sign-in");
    const headers = response.headers();
    expect(headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-/);
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["strict-transport-security"]).toBeUndefined();
    const overTls = await request.get("/sign-in", { headers: { "x-forwarded-proto": "https" } });
    expect(overTls.headers()["strict-transport-security"]).toMatch(/max-age=\d+/);
  });

  test("health check reports the database", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: { ok: true } });
  });
});
