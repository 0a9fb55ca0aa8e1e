import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible, signIn } from "./fixtures";

// Single sign-on through the test identity provider that scripts/e2e-server.ts runs beside the app
// (scripts/lib/mock-oidc.ts): next-auth's real OpenID Connect exchange, in a real browser.
// Tanzania's team is used only here.

/** The focal point of Tanzania invites a new respondent; returns the invitation's path. */
async function inviteToTanzania(browser: Browser, email: string): Promise<string> {
  const context = await browser.newContext();
  const focal = await context.newPage();
  await signIn(focal, "focal.tz@example.org");
  await focal.goto("/countries/TZ/team");
  await focal.getByTestId("invite-form").getByLabel("Email address").fill(email);
  await focal.getByTestId("invite-form").getByRole("checkbox", { name: /^FOR / }).check();
  await focal.getByRole("button", { name: "Send the invitation" }).click();
  const link = await focal.getByTestId("invite-link").inputValue();
  await context.close();
  return new URL(link).pathname;
}

/** On the provider's page: who the test says it is. */
async function confirmAtProvider(page: Page, email: string, options: { name?: string; unverified?: boolean } = {}): Promise<void> {
  await expect(page.getByRole("heading", { name: "Test identity provider" })).toBeVisible();
  await page.locator("#idp-email").fill(email);
  if (options.name) await page.locator("#idp-name").fill(options.name);
  if (options.unverified) await page.locator("#idp-unverified").check();
  await page.locator("#idp-submit").click();
}

test("a new person accepts an invitation through single sign-on, without a password, and joins the country", async ({ browser }) => {
  const email = `sso.new.${Date.now()}@example.org`;
  const path = await inviteToTanzania(browser, email);

  const page = await (await browser.newContext()).newPage();
  await page.goto(path);
  await expect(page.getByRole("heading", { name: "Use Test SSO" })).toBeVisible();
  await expectAccessible(page);
  await page.getByTestId("invitation-sso").click();
  await confirmAtProvider(page, email, { name: "Neema Mushi" });

  await expect(page.getByTestId("signed-in-as")).toContainText("Neema Mushi");
  await page.goto("/countries/TZ");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tanzania");
  // The link is used up.
  await page.goto(path);
  await expect(page.getByTestId("invitation-invalid")).toBeVisible();

  // Signing in again later goes through the provider to the same account.
  const later = await (await browser.newContext()).newPage();
  await later.goto("/sign-in");
  await later.getByRole("button", { name: "Sign in with Test SSO" }).click();
  await confirmAtProvider(later, email);
  await expect(later.getByTestId("signed-in-as")).toContainText("Neema Mushi");
});

test("an identity for another address, or an unverified one, is refused; the invitation stays usable", async ({ browser }) => {
  const email = `sso.invited.${Date.now()}@example.org`;
  const path = await inviteToTanzania(browser, email);
  const page = await (await browser.newContext()).newPage();

  await page.goto(path);
  await page.getByTestId("invitation-sso").click();
  await confirmAtProvider(page, `someone.else.${Date.now()}@example.org`);
  await expect(page.getByTestId("invitation-sso-refused")).toContainText(`another email address than ${email}`);
  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
  await expectAccessible(page);

  await page.getByTestId("invitation-sso").click();
  await confirmAtProvider(page, email, { unverified: true });
  await expect(page.getByTestId("invitation-sso-refused")).toBeVisible();

  await page.getByTestId("invitation-sso").click();
  await confirmAtProvider(page, email, { name: "Baraka Juma" });
  await expect(page.getByTestId("signed-in-as")).toContainText("Baraka Juma");
});

test("single sign-on signs in an existing account by its verified address, and refuses someone without one", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in with Test SSO" }).click();
  await confirmAtProvider(page, "respondent2.tz@example.org");
  await expect(page.getByTestId("signed-in-as")).toBeVisible();

  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto("/sign-in");
  await stranger.getByRole("button", { name: "Sign in with Test SSO" }).click();
  await confirmAtProvider(stranger, `stranger.${Date.now()}@example.org`);
  await expect(stranger).toHaveURL(/\/sign-in\?/);
  await expect(stranger.getByTestId("sign-in-error")).toContainText("no Cybercap account uses that address");
  await expectAccessible(stranger);
});
