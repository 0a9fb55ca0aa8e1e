import { expect, test, type Browser } from "@playwright/test";
import { makeAdministrator, nonDemoState } from "./admin-support";
import { acceptWithNewAccount, setPasswordThroughLink } from "./admin-steps";
import { expectAccessible } from "./fixtures";

// Against a fresh production installation (DEMO_MODE=false, reference data only, no demo account):
// the "non-demo" project of playwright.config.ts. Its first administrator was made by admin:create's
// own function when the server was set up (scripts/e2e-server.ts).

async function newPage(browser: Browser) {
  return (await browser.newContext()).newPage();
}

/** Invites someone from the administration's form; returns the one-time link's path (no SMTP here). */
async function inviteFromAdministration(page: import("@playwright/test").Page, query: string, email: string, pillars: string[] = []): Promise<string> {
  await page.goto(`/admin/invitations/new?${query}`);
  const form = page.getByTestId("admin-invite-form");
  await form.getByLabel("Email address").fill(email);
  for (const code of pillars) await form.getByRole("checkbox", { name: new RegExp(`^${code} `) }).check();
  await form.getByRole("button", { name: "Send the invitation" }).click();
  const link = await page.getByTestId("invite-link").inputValue();
  expect(link).toMatch(new RegExp(`^${nonDemoState().url}/invitations/[A-Za-z0-9_-]{43}$`));
  return new URL(link).pathname;
}

test("the first administrator invites France's first focal point, who opens a round and invites a respondent", async ({ browser }) => {
  test.setTimeout(180_000);
  const state = nonDemoState();
  // No demo data: the sign-in page lists no demo account.
  const admin = await newPage(browser);
  await admin.goto("/sign-in");
  await expect(admin.getByTestId("demo-accounts")).toHaveCount(0);

  // 1. The first administrator sets their password through the link admin:create printed.
  await admin.goto(new URL(state.adminLink).pathname);
  await expectAccessible(admin);
  await setPasswordThroughLink(admin, new URL(state.adminLink).pathname, "first-admin-password-2026");
  await admin.getByRole("link", { name: "Administration" }).click();
  await expect(admin.getByTestId("count-countriesWithoutFocalPoint")).toContainText("193");
  await expectAccessible(admin);

  // 2. France's first focal point: the form is filled in from the country page's link.
  await admin.goto("/admin/invitations/new?kind=COUNTRY&country=FR&role=FOCAL_POINT");
  await expect(admin.getByLabel("Country", { exact: true })).toHaveValue("FR");
  await expect(admin.getByRole("radio", { name: /^Focal point/ })).toBeChecked();
  await expectAccessible(admin);
  const focalEmail = `focal.fr.${Date.now()}@example.org`;
  const focalLink = await inviteFromAdministration(admin, "kind=COUNTRY&country=FR&role=FOCAL_POINT", focalEmail);
  await expectAccessible(admin);
  await admin.goto("/admin/users");
  await expect(admin.getByTestId("admin-invitations")).toContainText(focalEmail);
  await expectAccessible(admin);

  // 3. The focal point accepts: the page says what is offered.
  const focal = await newPage(browser);
  await focal.goto(focalLink);
  await expect(focal.getByRole("heading", { level: 1 })).toHaveText("Coordinate the assessment of France");
  await expectAccessible(focal);
  await acceptWithNewAccount(focal, focalLink, "Claire Martin", "claire-martin-password");
  await expect(focal.getByTestId("signed-in-as")).toContainText("Focal point");

  // 4. They open a round.
  await focal.goto("/countries/FR");
  await focal.getByTestId("open-round").click();
  await focal.getByLabel("Cycle").fill("2026");
  await focal.getByRole("button", { name: "Open the round" }).click();
  await expect(focal).toHaveURL(/\/rounds\/[0-9a-f-]{36}$/);

  // 5. They invite a respondent, who accepts.
  await focal.goto("/countries/FR/team");
  const respondentEmail = `respondent.fr.${Date.now()}@example.org`;
  await focal.getByTestId("invite-form").getByLabel("Email address").fill(respondentEmail);
  await focal.getByTestId("invite-form").getByRole("checkbox", { name: /^INV / }).check();
  await focal.getByRole("button", { name: "Send the invitation" }).click();
  const respondentLink = new URL(await focal.getByTestId("invite-link").inputValue()).pathname;
  const respondent = await newPage(browser);
  await acceptWithNewAccount(respondent, respondentLink, "Jean Dupont", "jean-dupont-password");
  await expect(respondent.getByTestId("signed-in-as")).toContainText("Respondent");

  // The administrator sees both, in France's team.
  await admin.goto(`/admin/users?q=${encodeURIComponent(".fr.")}`);
  await expect(admin.getByTestId("users-table")).toContainText(focalEmail);
  await expect(admin.getByTestId("users-table")).toContainText(respondentEmail);
});

test("an administrator disables an account: its session ends at once and it can no longer sign in", async ({ browser }) => {
  test.setTimeout(90_000);
  const admin = await newPage(browser);
  await setPasswordThroughLink(admin, await makeAdministrator(`admin.${Date.now()}@example.org`), "another-admin-password");
  const email = `to.disable.${Date.now()}@example.org`;
  const link = await inviteFromAdministration(admin, "kind=COUNTRY&country=PT&role=RESPONDENT", email, ["LEG"]);
  const person = await newPage(browser);
  await acceptWithNewAccount(person, link, "Rui Costa", "rui-costa-password");

  await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await admin.getByRole("link", { name: "Rui Costa" }).click();
  // The link navigates in place: check the user's page once it is there, not the one it replaces.
  await expect(admin.getByTestId("disable-user")).toBeVisible();
  await expectAccessible(admin);
  await admin.getByTestId("disable-user").click();
  await expect(admin.getByTestId("user-status")).toHaveText("Disabled");
  await expect(admin.getByTestId("enable-user")).toBeVisible();

  // The session they had is refused on the next request, and signing in again fails.
  await person.goto("/");
  await expect(person).toHaveURL(/\/sign-in/);
  await person.locator("#email").fill(email);
  await person.locator("#password").fill("rui-costa-password");
  await person.locator("form:has(#email) button[type=submit]").click();
  await expect(person.getByTestId("sign-in-error")).toHaveText("The email address or password is not correct.");
});

test("an officer is invited with regions and countries, and sees the invitation's portfolio", async ({ browser }) => {
  test.setTimeout(90_000);
  const admin = await newPage(browser);
  await setPasswordThroughLink(admin, await makeAdministrator(`admin.officers.${Date.now()}@example.org`), "officers-admin-password");
  await admin.goto("/admin/invitations/new?kind=OFFICER");
  const form = admin.getByTestId("admin-invite-form");
  await form.getByLabel("Email address").fill(`officer.${Date.now()}@example.org`);
  await form.getByRole("button", { name: "Send the invitation" }).click();
  await expect(form.getByText("Choose at least one programme region or country.")).toBeVisible();
  await form.getByRole("checkbox", { name: "Central America" }).check();
  await form.getByLabel("Single countries").selectOption(["FR"]);
  await form.getByRole("button", { name: "Send the invitation" }).click();
  const link = new URL(await admin.getByTestId("invite-link").inputValue()).pathname;

  const officer = await newPage(browser);
  await officer.goto(link);
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("Join Cybercap as a programme officer");
  await expect(officer.getByTestId("invitation-portfolio")).toContainText("Central America");
  await expect(officer.getByTestId("invitation-portfolio")).toContainText("France");
  await expectAccessible(officer);
  await acceptWithNewAccount(officer, link, "Olivia Officer", "olivia-officer-password");
  await expect(officer.getByTestId("signed-in-as")).toContainText("Programme officer");
  expect((await officer.goto("/countries/FR"))?.status()).toBe(200);
});
