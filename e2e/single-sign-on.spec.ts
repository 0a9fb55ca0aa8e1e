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

/** On the provider's page: who the test says it is, and what it says of the address (`email_verified`). */
async function confirmAtProvider(page: Page, email: string, options: { name?: string; emailVerified?: "true" | "false" | "missing" } = {}): Promise<void> {
  await expect(page.getByRole("heading", { name: "Test identity provider" })).toBeVisible();
  await page.locator("#idp-email").fill(email);
  if (options.name) await page.locator("#idp-name").fill(options.name);
  await page.locator("#idp-email-verified").selectOption(options.emailVerified ?? "true");
  await page.locator("#idp-submit").click();
}

/** A person of Tanzania's team with a password (invited and accepted): an account of this test's own. */
async function makePasswordAccount(browser: Browser, name: string): Promise<{ email: string; password: string }> {
  const email = `sso.owner.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@example.org`;
  const password = "a-long-password-2026";
  const path = await inviteToTanzania(browser, email);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(path);
  await page.locator("#accept-name").fill(name);
  await page.locator("#accept-password").fill(password);
  await page.locator("#accept-confirmPassword").fill(password);
  await page.locator("[data-testid=accept-invitation-form] button[type=submit]").click();
  await expect(page.getByTestId("signed-in-as")).toContainText(name);
  await context.close();
  return { email, password };
}

async function signInWithProvider(page: Page, email: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in with Test SSO" }).click();
  await confirmAtProvider(page, email);
}

test("a new person accepts an invitation through single sign-on, without a password, and joins the country", async ({ browser }) => {
  test.setTimeout(90_000); // four trips through the provider
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
  test.setTimeout(90_000); // four trips through the provider
  const email = `sso.invited.${Date.now()}@example.org`;
  const path = await inviteToTanzania(browser, email);
  const page = await (await browser.newContext()).newPage();

  await page.goto(path);
  await page.getByTestId("invitation-sso").click();
  await confirmAtProvider(page, `someone.else.${Date.now()}@example.org`);
  await expect(page.getByTestId("invitation-sso-refused")).toContainText(`another email address than ${email}`);
  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
  await expectAccessible(page);

  // The provider says the address is not verified, or does not say: neither vouches for it.
  await page.getByTestId("invitation-sso").click();
  await confirmAtProvider(page, email, { emailVerified: "false" });
  await expect(page.getByTestId("invitation-sso-refused")).toContainText(`did not confirm that ${email} is your address`);
  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);

  await page.getByTestId("invitation-sso").click();
  await confirmAtProvider(page, email, { emailVerified: "missing" });
  await expect(page.getByTestId("invitation-sso-refused")).toContainText(`did not confirm that ${email} is your address`);
  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);

  await page.getByTestId("invitation-sso").click();
  await confirmAtProvider(page, email, { name: "Baraka Juma" });
  await expect(page.getByTestId("signed-in-as")).toContainText("Baraka Juma");
});

test("an existing account is never linked by its address: its owner links it while signed in, then signs in through the provider", async ({ browser }) => {
  // Two accounts of its own, each invited and accepted first: a long journey on a shared machine.
  test.setTimeout(120_000);
  const owner = await makePasswordAccount(browser, "Asha Link");
  const identity = `asha.at.idp.${Date.now()}@example.org`;

  // Single sign-on with the account's own address, before any link: refused, nothing linked.
  const before = await (await browser.newContext()).newPage();
  await signInWithProvider(before, owner.email);
  await expect(before).toHaveURL(/\/sign-in\?/);
  await expect(before.getByTestId("sign-in-error")).toContainText("no Cybercap account is linked to that identity");
  await expect(before.getByTestId("signed-in-as")).toHaveCount(0);

  // The owner signs in with the password and links their provider identity.
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, owner.email, owner.password);
  await page.goto("/account/identity");
  await expect(page.getByTestId("identity-status")).toContainText("not linked to Test SSO");
  await expectAccessible(page);
  await page.getByTestId("identity-link").click();
  await confirmAtProvider(page, identity);
  await expect(page).toHaveURL(/\/account\/identity\?link=LINKED/);
  await expect(page.getByTestId("identity-outcome")).toContainText("now linked to Test SSO");
  await expect(page.getByTestId("identity-status")).toContainText("linked to Test SSO since");
  await expectAccessible(page);

  // Signed out, the provider now signs the owner in.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await signInWithProvider(page, identity);
  await expect(page.getByTestId("signed-in-as")).toContainText("Asha Link");

  // Someone else cannot take the same identity: refused with the reason, on their page.
  const other = await makePasswordAccount(browser, "Juma Other");
  const otherPage = await (await browser.newContext()).newPage();
  await signIn(otherPage, other.email, other.password);
  await otherPage.goto("/account/identity");
  await otherPage.getByTestId("identity-link").click();
  await confirmAtProvider(otherPage, identity);
  await expect(otherPage.getByTestId("identity-outcome")).toContainText("already linked to another Cybercap account");
  await expect(otherPage.getByTestId("identity-status")).toContainText("not linked to Test SSO");

  // The owner unlinks (a password remains); the provider no longer signs them in.
  await page.goto("/account/identity");
  await page.getByTestId("identity-unlink").click();
  await expect(page.getByTestId("identity-status")).toContainText("not linked to Test SSO");
  const after = await (await browser.newContext()).newPage();
  await signInWithProvider(after, identity);
  await expect(after.getByTestId("sign-in-error")).toContainText("no Cybercap account is linked to that identity");
});

test("an administrator's account cannot be linked", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, "admin@example.org");
  await page.goto("/account/identity");
  await expect(page.getByTestId("identity-admin")).toContainText("Administrators sign in with their password only");
  await expect(page.getByTestId("identity-link")).toHaveCount(0);
  await expectAccessible(page);
});

test("single sign-on refuses someone without an account", async ({ browser }) => {
  const stranger = await (await browser.newContext()).newPage();
  await signInWithProvider(stranger, `stranger.${Date.now()}@example.org`);
  await expect(stranger).toHaveURL(/\/sign-in\?/);
  await expect(stranger.getByTestId("sign-in-error")).toContainText("no Cybercap account is linked to that identity");
  await expectAccessible(stranger);
});
