import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./fixtures";

test.describe("languages", () => {
  test("Arabic is right to left, remembered, and accessible", async ({ page }) => {
    await signIn(page, "officer.eaf@example.org");
    // With JavaScript, choosing a language applies it: no second click on "Change". Until the page
    // has hydrated the menu is the plain form (choose, then "Change"), so wait for its script first:
    // on a server just started, a choice made earlier did nothing.
    await page.waitForLoadState("networkidle");
    await page.getByLabel("Language").selectOption("ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.getByTestId("portfolio").getByRole("link", { name: "كينيا" })).toBeVisible();
    await expectAccessible(page);
    // The header starts on the right in a right-to-left layout.
    const brand = await page.getByRole("link", { name: "Cybercap" }).boundingBox();
    const viewport = page.viewportSize();
    expect(brand && viewport && brand.x > viewport.width / 2).toBe(true);
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await page.goto("/countries/KE");
    await expect(page.getByTestId("country-name")).toHaveText("كينيا");
    await expectAccessible(page);
  });

  test("every language renders the sign-in page in that language", async ({ page, context }) => {
    const expected: Record<string, { title: RegExp; dir: string }> = {
      fr: { title: /Se connecter|Connexion/, dir: "ltr" },
      es: { title: /Iniciar sesión/, dir: "ltr" },
      ru: { title: /Вход|Войти/, dir: "ltr" },
      zh: { title: /登录/, dir: "ltr" },
      ar: { title: /تسجيل الدخول/, dir: "rtl" },
    };
    for (const [locale, { title, dir }] of Object.entries(expected)) {
      await context.addCookies([{ name: "cybercap-locale", value: locale, url: test.info().project.use.baseURL! }]);
      await page.goto("/sign-in");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.locator("html")).toHaveAttribute("dir", dir);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    }
  });

  test("the browser's language is used until one is chosen", async ({ browser }) => {
    const context = await browser.newContext({ locale: "es-ES" });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await context.close();
  });
});
