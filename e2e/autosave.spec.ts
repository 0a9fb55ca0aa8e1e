import { expect, test, type Locator, type Page } from "@playwright/test";
import { createCountryTeam, db, indicatorId, storedAnswer, type CountryTeam } from "./db";
import { expectAccessible, signIn } from "./fixtures";

// Autosave never misleads: "saved" only when the server holds what is on the screen; whatever is
// not saved stays on the device and the page warns before it is left. Each test answers a round
// of a country it makes for itself.

async function openPillar(page: Page, pillar = "INV"): Promise<CountryTeam> {
  const team = await createCountryTeam();
  await signIn(page, team.focal.email, team.focal.password);
  await page.goto(`/rounds/${team.roundId}/pillars/${pillar}`);
  return team;
}

/** The justification box of a card, by id (its label is in the page's language). */
const justification = (card: Locator) => card.locator('textarea[id$="-justification"]');

/** Whether leaving the page now asks first (the browser's "leave site?" dialog). */
async function warnsOnLeaving(page: Page): Promise<boolean> {
  const dialog = page.waitForEvent("dialog", { timeout: 3000 }).then(
    async (d) => {
      const type = d.type();
      await d.dismiss();
      return type === "beforeunload";
    },
    () => false,
  );
  await page.close({ runBeforeUnload: true });
  return dialog;
}

test.describe("autosave", () => {
  test("a justification over the limit shows the error at the field, is not sent, and the page warns on leaving", async ({ page }) => {
    const team = await openPillar(page);
    const card = page.getByTestId("indicator-INV-01");
    await card.getByRole("radio", { name: /^2 – Developing/ }).check();
    await expect(card.getByTestId("save-state")).toHaveAttribute("data-status", "saved");
    await justification(card).fill(`Six investigators. ${"a".repeat(5000)}`);
    await expect(card.getByText("The justification is limited to 5,000 characters.")).toBeVisible();
    await expect(card.getByTestId("save-state")).toHaveAttribute("data-status", "invalid");
    await expect(justification(card)).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("save-summary")).not.toHaveText("All changes saved.");
    await expectAccessible(page);
    // The server has only the level.
    expect(await storedAnswer(team.roundId, await indicatorId("INV-01"))).toMatchObject({ version: 1, justification: null });
    expect(await warnsOnLeaving(page)).toBe(true);
  });

  test("a justification over the limit stays on the device across a reload; shortened, it is saved and the warning goes", async ({ page }) => {
    const team = await openPillar(page);
    const card = page.getByTestId("indicator-INV-05");
    const tooLong = `Two units. ${"b".repeat(5000)}`;
    await justification(card).fill(tooLong);
    await expect(card.getByTestId("save-state")).toHaveAttribute("data-status", "invalid");
    await page.reload();
    await expect(justification(card)).toHaveValue(tooLong);
    await expect(card.getByTestId("save-state")).toHaveAttribute("data-status", "invalid");
    expect(await storedAnswer(team.roundId, await indicatorId("INV-05"))).toBeNull();
    await justification(card).fill("Two units.");
    await expect(card.getByTestId("save-state")).toHaveAttribute("data-status", "saved");
    expect(await storedAnswer(team.roundId, await indicatorId("INV-05"))).toMatchObject({ version: 1, justification: "Two units." });
    // The card's own state says "saved" a render before the page's status line does.
    await expect(page.getByTestId("save-summary")).toHaveText("All changes saved.");
    expect(await warnsOnLeaving(page)).toBe(false);
  });

  test("what is typed before the page's script has run is kept and saved once it runs", async ({ page }) => {
    const team = await openPillar(page);
    // A saved justification: the page's HTML has it, and the page puts it back as it comes alive.
    const card = page.getByTestId("indicator-INV-04");
    await justification(card).fill("Saved before.");
    await expect(card.getByTestId("save-state")).toHaveAttribute("data-status", "saved");
    // The page's scripts are held back, as on a slow connection: the fields are there, not yet live.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/_next/static/chunks/**", async (route) => {
      if (route.request().resourceType() === "script") await held;
      await route.continue();
    });
    await page.goto(`/rounds/${team.roundId}/pillars/INV`, { waitUntil: "commit" });
    await expect(justification(card)).toHaveValue("Saved before.");
    await justification(card).fill("Typed while the page was loading.");
    await card.locator('select[id$="-target"]').selectOption("4");
    const other = page.getByTestId("indicator-INV-05");
    await other.getByRole("radio", { name: /^3 – Established/ }).check();
    expect(await page.evaluate(() => "next" in window)).toBe(false);
    release();
    await expect(card.getByTestId("save-state")).toHaveAttribute("data-status", "saved");
    await expect(other.getByTestId("save-state")).toHaveAttribute("data-status", "saved");
    await expect(justification(card)).toHaveValue("Typed while the page was loading.");
    await expect(card.locator('select[id$="-target"]')).toHaveValue("4");
    await expect(other.getByRole("radio", { name: /^3 – Established/ })).toBeChecked();
    expect(await storedAnswer(team.roundId, await indicatorId("INV-04"))).toMatchObject({ version: 2, justification: "Typed while the page was loading." });
    expect(await storedAnswer(team.roundId, await indicatorId("INV-05"))).toMatchObject({ version: 1, kind: "LEVEL" });
    const { rows } = await (await db()).query<{ code: string; level: number | null; target_override: number | null }>(
      `SELECT i.code, a.level, a.target_override FROM answers a JOIN indicators i ON i.id = a.indicator_id WHERE a.round_id = $1 ORDER BY i.code`,
      [team.roundId],
    );
    expect(rows).toEqual([
      { code: "INV-04", level: null, target_override: 4 },
      { code: "INV-05", level: 3, target_override: null },
    ]);
    // The other cards, untouched, sent nothing.
    expect(await storedAnswer(team.roundId, await indicatorId("INV-03"))).toBeNull();
  });

  test("'not applicable' without a reason is kept on the device with the error until a reason is given", async ({ page }) => {
    const team = await openPillar(page);
    const card = page.getByTestId("indicator-INV-02");
    await card.getByRole("radio", { name: "Not applicable" }).check();
    await expect(card.getByText("Say why this is not applicable.")).toBeVisible();
    await expect(card.getByTestId("save-state")).toHaveAttribute("data-status", "invalid");
    await page.reload();
    await expect(card.getByRole("radio", { name: "Not applicable" })).toBeChecked();
    await expect(card.getByText("Say why this is not applicable.")).toBeVisible();
    expect(await storedAnswer(team.roundId, await indicatorId("INV-02"))).toBeNull();
    await card.getByLabel("Why is this not applicable?").fill("No cybercrime unit is foreseen.");
    await expect(card.getByTestId("save-state")).toHaveAttribute("data-status", "saved");
    await expect(card.getByText("Say why this is not applicable.")).toHaveCount(0);
    expect(await storedAnswer(team.roundId, await indicatorId("INV-02"))).toMatchObject({ kind: "NOT_APPLICABLE", version: 1 });
  });

  test("a control character shows its error at the field, in the person's language, and so does the server's refusal", async ({ browser }) => {
    const context = await browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    const team = await openPillar(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    const card = page.getByTestId("indicator-INV-03");
    await justification(card).fill("Unité créée\u0000 en 2024.");
    const message = "Ce texte contient des caractères de contrôle invisibles. Supprimez-les, puis réessayez.";
    await expect(card.getByText(message)).toBeVisible();
    await expect(card.getByTestId("save-state")).toHaveAttribute("data-status", "invalid");
    expect(await storedAnswer(team.roundId, await indicatorId("INV-03"))).toBeNull();
    // The server's 422 (here for a character the browser's check missed) shows at the field too,
    // never as "no connection".
    await page.route("**/api/v1/rounds/*/answers/*", (route) =>
      route.fulfill({ status: 422, contentType: "application/json", body: JSON.stringify({ error: { code: "INVALID_INPUT", message: "…", fields: { "answer.justification": "controlCharacters" } } }) }),
    );
    await justification(card).fill("Unité créée en 2024.");
    await expect(card.getByTestId("save-state")).toHaveAttribute("data-status", "invalid");
    await expect(card.getByText(message)).toBeVisible();
    await expect(page.getByTestId("save-summary")).not.toContainText("connexion");
    await context.close();
  });

  test("a save whose reply is cut off is sent again, and counts as saved when the server already has it", async ({ page }) => {
    const team = await openPillar(page);
    const card = page.getByTestId("indicator-INV-04");
    const puts: number[] = [];
    let first = true;
    await page.route("**/api/v1/rounds/*/answers/*", async (route) => {
      const response = await route.fetch();
      puts.push(response.status());
      if (first) {
        first = false;
        // The server saved it; the reply is lost halfway.
        return route.fulfill({ response, body: '{"answer":{"kind":"LEV' });
      }
      return route.fulfill({ response });
    });
    await card.getByRole("radio", { name: /^3 – Established/ }).check();
    await justification(card).fill("Laboratory accredited in 2024.");
    await expect(card.getByTestId("save-state")).toHaveAttribute("data-status", "saved", { timeout: 20_000 });
    // The resend met the answer it had already saved: no conflict shown, nothing saved twice.
    await expect(card.getByTestId("conflict")).toHaveCount(0);
    expect(puts).toContain(409);
    expect(await storedAnswer(team.roundId, await indicatorId("INV-04"))).toEqual({ version: 1, kind: "LEVEL", justification: "Laboratory accredited in 2024." });
    // And it goes on saving on the server's version.
    await justification(card).fill("Laboratory accredited in 2024, renewed in 2026.");
    await expect(card.getByTestId("save-state")).toHaveAttribute("data-status", "saved");
    expect(await storedAnswer(team.roundId, await indicatorId("INV-04"))).toMatchObject({ version: 2 });
  });
});

test.describe("evidence links and addresses", () => {
  test("a link without https:// gets it, needs no title, and URL inputs read left to right in Arabic", async ({ browser }) => {
    const context = await browser.newContext({ locale: "ar" });
    const page = await context.newPage();
    await openPillar(page);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    const card = page.getByTestId("indicator-INV-01");
    const url = card.locator('input[type="url"]');
    await expect(url).toHaveAttribute("dir", "ltr");
    await url.fill("police.example.org/unit");
    await card.locator('form:has(input[type="url"]) button[type="submit"]').click();
    const link = card.getByTestId("evidence-list").getByRole("link");
    await expect(link).toHaveAttribute("href", "https://police.example.org/unit");
    await expect(link).toHaveText("https://police.example.org/unit");
    await expect(url).toHaveValue("");
    // A scheme that is not the web is refused at the field.
    await url.fill("javascript:alert(1)");
    await card.locator('form:has(input[type="url"]) button[type="submit"]').click();
    await expect(url).toHaveAttribute("aria-invalid", "true");
    await expect(card.getByTestId("evidence-list").getByRole("link")).toHaveCount(1);
    await expectAccessible(page);
    await context.close();
  });

  test("email inputs read left to right in Arabic too", async ({ browser }) => {
    const context = await browser.newContext({ locale: "ar" });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("#email")).toHaveAttribute("dir", "ltr");
    await expect(page.locator("#password")).not.toHaveAttribute("dir", "ltr");
    await context.close();
  });
});
