import { expect, test, type Browser, type Page } from "@playwright/test";
import { createUser, programmeRegionOf } from "./db";
import { expectAccessible, signIn } from "./fixtures";

// Administration of countries and officers. Only non-demo countries are moved (Chile) and only
// fresh users are assigned, so the demo officers' and teams' specs see the data they expect.

async function signedIn(browser: Browser, email: string, password?: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  return page;
}

test("the administrator searches and filters the countries, from the keyboard", async ({ browser }) => {
  test.setTimeout(90_000);
  const admin = await signedIn(browser, "admin@example.org");
  await admin.goto("/countries");
  await expect(admin.getByTestId("countries-table").locator("tbody tr")).toHaveCount(193);
  await expectAccessible(admin);

  // Keyboard: type into the search and submit with Enter (a GET form: the filter is in the URL).
  await admin.locator("#country-q").focus();
  await admin.keyboard.type("Fran");
  await admin.keyboard.press("Enter");
  await expect(admin).toHaveURL(/[?&]q=Fran/);
  await expect(admin.getByTestId("countries-table").locator("tbody tr")).toHaveCount(1);
  await expect(admin.getByTestId("country-row-FR")).toContainText("France");
  await expect(admin.getByTestId("country-row-FR")).toContainText("Western, Northern and Southern Europe");
  await expectAccessible(admin);

  await admin.goto("/countries");
  await admin.getByLabel("Programme region").selectOption("CAM");
  await admin.getByTestId("apply-filters").click();
  await expect(admin).toHaveURL(/programmeRegion=CAM/);
  const rows = admin.getByTestId("countries-table").locator("tbody tr");
  await expect(admin.getByTestId("country-row-GT")).toBeVisible();
  await expect(admin.getByTestId("country-row-FR")).toHaveCount(0);
  for (const region of await rows.getByTestId("programme-region").allTextContents()) expect(region).toBe("Central America");

  await admin.goto("/countries?region=Europe&subRegion=Western+Europe");
  await expect(admin.getByTestId("country-row-FR")).toBeVisible();
  await expect(admin.getByTestId("country-row-IT")).toHaveCount(0);
});

test("the country list in Arabic shows translated region names", async ({ browser }) => {
  const admin = await signedIn(browser, "admin@example.org");
  // Arabic: region names translated (M49 and programme regions), the page mirrored.
  await admin.context().addCookies([{ name: "cybercap-locale", value: "ar", url: test.info().project.use.baseURL! }]);
  await admin.goto("/countries?q=FRA");
  await expect(admin.locator("html")).toHaveAttribute("dir", "rtl");
  const france = admin.getByTestId("country-row-FR");
  await expect(france).toContainText("فرنسا");
  await expect(france).toContainText("أوروبا · أوروبا الغربية");
  await expect(france).toContainText("غرب وشمال وجنوب أوروبا");
  await expect(admin.locator("#country-region option[value=Africa]")).toHaveText("أفريقيا");
  await expectAccessible(admin);
});

test("a country without a focal point offers the administrator to appoint one", async ({ browser }) => {
  const admin = await signedIn(browser, "admin@example.org");
  await admin.goto("/countries/FR");
  await expect(admin.getByTestId("no-focal-point")).toHaveText("No focal point yet.");
  await expect(admin.getByRole("link", { name: "Appoint a focal point" })).toHaveAttribute("href", "/admin/invitations/new?kind=COUNTRY&country=FR&role=FOCAL_POINT");
  await expect(admin.getByTestId("country-officers")).toBeVisible();
  await expectAccessible(admin);

  // A demo country with a team lists it, with no appoint action.
  await admin.goto("/countries/KE");
  await expect(admin.getByTestId("country-team")).toContainText("Focal Point KE");
  await expect(admin.getByTestId("no-focal-point")).toHaveCount(0);
  await expect(admin.getByTestId("country-officers")).toContainText("Omar Officer");
});

test("the administrator assigns a fresh officer to a country, who then sees it, and unassigns them", async ({ browser }) => {
  test.setTimeout(90_000);
  const person = await createUser({ prefix: "officer", name: "Fresh Officer" });
  const admin = await signedIn(browser, "admin@example.org");
  await admin.goto("/admin/officers");
  await expect(admin.getByTestId("officers-table")).toContainText("Omar Officer");
  await expectAccessible(admin);

  await admin.getByLabel("Name or email address").fill(person.email);
  await admin.getByRole("button", { name: "Search" }).click();
  await admin.getByTestId("user-matches").getByRole("link", { name: "Fresh Officer" }).click();
  await expect(admin.getByTestId("officer-name")).toHaveText("Fresh Officer");
  await expectAccessible(admin);

  await admin.getByLabel("Assign a country").selectOption("CL");
  await admin.getByTestId("assign-country").click();
  await expect(admin.getByTestId("officer-country-list")).toContainText("Chile");
  await expectAccessible(admin);

  const officer = await signedIn(browser, person.email, person.password);
  await officer.goto("/countries");
  await expect(officer.getByTestId("countries-table").locator("tbody tr")).toHaveCount(1);
  await expect(officer.getByTestId("country-row-CL")).toBeVisible();
  expect((await officer.goto("/countries/CL"))?.status()).toBe(200);
  expect((await officer.goto("/countries/FR"))?.status()).toBe(403);

  // Unassigned: the very next request no longer shows it.
  await admin.getByTestId("unassign-country-CL").click();
  await expect(admin.getByTestId("officer-country-list")).toHaveCount(0);
  expect((await officer.goto("/countries/CL"))?.status()).toBe(403);
});

test("the administrator moves Chile to another programme region and back", async ({ browser }) => {
  test.setTimeout(60_000);
  const admin = await signedIn(browser, "admin@example.org");
  const original = await programmeRegionOf("CL");
  expect(original).toBe("SAM");
  try {
    await admin.goto("/countries/CL");
    await expect(admin.getByTestId("country-programme-region")).toContainText("South America");
    await admin.getByLabel("Move the country to").selectOption("CAM");
    await admin.getByTestId("move-region").click();
    await expect(admin.getByTestId("region-done")).toHaveText("The country was moved.");
    await expect(admin.getByTestId("country-programme-region")).toContainText("Central America");
    expect(await programmeRegionOf("CL")).toBe("CAM");
    await expectAccessible(admin);

    // Keyboard: choose with the arrow keys isn't reliable across platforms; select, then press Enter on the button.
    await admin.getByLabel("Move the country to").selectOption("SAM");
    await admin.getByTestId("move-region").focus();
    await admin.keyboard.press("Enter");
    await expect(admin.getByTestId("country-programme-region")).toContainText("South America");
    expect(await programmeRegionOf("CL")).toBe("SAM");
  } finally {
    await admin.request.put("/api/v1/countries/CL/programme-region", { data: { programmeRegion: original } });
  }
});

test("a focal point is refused the officers' pages and the region move", async ({ browser }) => {
  const focal = await signedIn(browser, "focal.hn@example.org");
  expect((await focal.goto("/admin/officers"))?.status()).toBe(403);
  await expectAccessible(focal);
  expect((await focal.goto("/admin/officers/00000000-0000-4000-8000-000000000000"))?.status()).toBe(403);
  const move = await focal.request.put("/api/v1/countries/HN/programme-region", { data: { programmeRegion: "EAF" } });
  expect(move.status()).toBe(403);
  const assign = await focal.request.post("/api/v1/admin/officers/00000000-0000-4000-8000-000000000000/assignments", { data: { kind: "country", code: "HN" } });
  expect(assign.status()).toBe(403);
  expect(await programmeRegionOf("HN")).toBe("CAM");
  // Their own country's page has no move form.
  await focal.goto("/countries/HN");
  await expect(focal.getByTestId("region-form")).toHaveCount(0);
});
