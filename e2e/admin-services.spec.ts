import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createUser, db } from "./db";
import { expectAccessible, signIn } from "./fixtures";

// The service catalogue in the administration: a fresh administrator (made for this test, never the
// demo one) adds a service of its own code, edits its French name, and retires it. The service ends
// retired, so no other spec's recommended package counts it.

test("an administrator adds a service with two indicators, renames it in French and retires it", async ({ page }) => {
  test.setTimeout(90_000);
  const adminUser = await createUser({ prefix: "services-admin" });
  await (await db()).query("UPDATE users SET is_admin = true WHERE id = $1", [adminUser.id]);
  await signIn(page, adminUser.email, adminUser.password);
  const code = `E2E-${randomBytes(3).toString("hex").toUpperCase()}`;

  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Services" }).click();
  await expect(page).toHaveURL(/\/admin\/services$/);
  await expect(page.getByTestId("services-table")).toContainText("CI-CB");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Add a service" }).click();
  await expect(page).toHaveURL(/\/admin\/services\/new$/);
  const form = page.getByTestId("service-form");
  // Submitting it empty: every missing text is named at its field, in the reader's language.
  await form.getByRole("button", { name: "Add the service" }).click();
  await expect(page.locator("#service-name-ar-error")).toHaveText("This field is required.");
  await expect(page.getByTestId("service-indicators-error")).toHaveText("Choose at least one indicator.");
  await expectAccessible(page);

  await form.getByLabel("Code", { exact: true }).fill(code);
  await form.getByLabel("Area").selectOption("DIGITAL_EVIDENCE");
  await form.getByLabel("Delivery mode").selectOption("COOPERATION");
  const texts: Record<string, [string, string]> = {
    en: ["E2E evidence exchange", "Support for exchanging electronic evidence across borders."],
    fr: ["Échange de preuves E2E", "Appui à l’échange transfrontalier de preuves électroniques."],
    es: ["Intercambio de pruebas E2E", "Apoyo al intercambio transfronterizo de pruebas electrónicas."],
    ru: ["Обмен доказательствами E2E", "Содействие трансграничному обмену электронными доказательствами."],
    zh: ["E2E 证据交换", "支持跨境交换电子证据。"],
    ar: ["تبادل الأدلة E2E", "دعم تبادل الأدلة الإلكترونية عبر الحدود."],
  };
  for (const [locale, [name, description]] of Object.entries(texts)) {
    const group = page.getByTestId(`service-texts-${locale}`);
    await group.getByLabel("Name").fill(name);
    await group.getByLabel("Description").fill(description);
  }
  // Each language's fields are marked with it; Arabic reads right to left.
  await expect(page.locator("#service-name-ar")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("#service-name-ar")).toHaveAttribute("lang", "ar");
  await expect(page.locator("#service-description-fr")).toHaveAttribute("lang", "fr");
  await form.getByRole("checkbox", { name: /^EVI-01 / }).check();
  await form.getByRole("checkbox", { name: /^EVI-06 / }).check();
  await form.getByRole("button", { name: "Add the service" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/services/${code}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("E2E evidence exchange");
  await expect(page.getByTestId("service-state")).toContainText("Active");
  await expect(page.getByRole("checkbox", { name: /^EVI-01 / })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /^EVI-06 / })).toBeChecked();
  await expectAccessible(page);

  // The French name changes; nothing else does.
  await page.locator("#service-name-fr").fill("Échange transfrontalier de preuves E2E");
  await page.getByRole("button", { name: "Save the changes" }).click();
  await expect(page.getByTestId("service-form-status")).toHaveText("The changes are saved.");
  await page.reload();
  await expect(page.locator("#service-name-fr")).toHaveValue("Échange transfrontalier de preuves E2E");
  await expect(page.locator("#service-name-en")).toHaveValue("E2E evidence exchange");

  // Retiring asks first.
  await page.getByTestId("retire-service").click();
  await expect(page.getByText("Retire this service?")).toBeVisible();
  await expectAccessible(page);
  await page.getByTestId("retire-confirm").click();
  await expect(page.getByTestId("service-state")).toContainText("Retired");
  await expect(page.getByTestId("reactivate-service")).toBeVisible();

  const { rows } = await (await db()).query<{ is_active: boolean; name: { fr: string }; codes: string[]; actions: string[] }>(
    `SELECT s.is_active, s.name,
            (SELECT array_agg(indicator_code ORDER BY indicator_code) FROM service_indicators WHERE service_id = s.id) AS codes,
            (SELECT array_agg(action ORDER BY id) FROM audit_events WHERE entity_type = 'service' AND entity_id = s.id::text) AS actions
       FROM services s WHERE s.code = $1`,
    [code],
  );
  expect(rows).toEqual([{ is_active: false, name: expect.objectContaining({ fr: "Échange transfrontalier de preuves E2E" }), codes: ["EVI-01", "EVI-06"], actions: ["service.create", "service.update", "service.retire"] }]);

  // The list flags it retired; in French its name is the French one.
  await page.goto("/admin/services");
  const row = page.locator(`[data-testid=service-row][data-code="${code}"]`);
  await expect(row.getByTestId("service-status")).toHaveText("Retired");
  await page.getByTestId("language-switcher").locator("select").selectOption("fr");
  await expect(row).toContainText("Échange transfrontalier de preuves E2E");
  await expect(row.getByTestId("service-status")).toHaveText("Retiré");
  await page.getByTestId("language-switcher").locator("select").selectOption("ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expectAccessible(page);
});

test("a focal point gets 403 from the service catalogue's pages", async ({ page }) => {
  await signIn(page, "focal.ke@example.org");
  for (const path of ["/admin/services", "/admin/services/new", "/admin/services/CI-CB"]) {
    expect((await page.goto(path))?.status(), path).toBe(403);
  }
});
