import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { makeUser } from "../testing/fixtures";
import { startIdentityLink } from "./identity/service";
import { resolveSingleSignOn, type SingleSignOnInput } from "./options";

// The sign-in callback's decision for an identity the provider has confirmed, without the cookies
// (the e2e spec single-sign-on.spec.ts drives the same code through a browser and a test provider).
const subject = () => `sub-${randomBytes(6).toString("hex")}`;

function input(overrides: Partial<SingleSignOnInput> & { subject: string }): SingleSignOnInput {
  return { provider: "oidc", user: { email: null, name: null }, linkToken: null, sessionUserId: null, takeInvitation: async () => null, isDemoMode: false, ...overrides };
}

describe("single sign-on", () => {
  it("never links an existing account by its verified email", async () => {
    const account = await makeUser({ memberOf: { iso2: "KE", role: "FOCAL_POINT" } });
    const sub = subject();
    const result = await resolveSingleSignOn(input({ subject: sub, user: { email: account.email, name: account.name } }));
    expect(result).toBe("/sign-in?error=SSO_NOT_LINKED");
    expect(await getDb().externalIdentity.count({ where: { OR: [{ userId: account.userId }, { subject: sub }] } })).toBe(0);
  });

  it("links for the signed-in owner, then signs them in by the link, with an audit event for each", async () => {
    const owner = await makeUser({ memberOf: { iso2: "KE", role: "RESPONDENT" } });
    const sub = subject();
    const { token } = await startIdentityLink(owner, "oidc");
    await expect(resolveSingleSignOn(input({ subject: sub, linkToken: token, sessionUserId: owner.userId }))).resolves.toBe("/account/identity?link=LINKED");
    await expect(resolveSingleSignOn(input({ subject: sub }))).resolves.toBe(true);
    const events = await getDb().auditEvent.findMany({ where: { entityId: owner.userId, action: { startsWith: "auth." } }, orderBy: { id: "asc" }, select: { action: true, after: true } });
    expect(events).toEqual([
      { action: "auth.identity_link", after: { provider: "oidc" } },
      { action: "auth.sign_in", after: { method: "oidc", provider: "oidc" } },
    ]);
  });

  it("ignores a pending link once its owner has signed out: nothing is linked", async () => {
    const owner = await makeUser({ memberOf: { iso2: "KE", role: "RESPONDENT" } });
    const sub = subject();
    const { token } = await startIdentityLink(owner, "oidc");
    await expect(resolveSingleSignOn(input({ subject: sub, linkToken: token, sessionUserId: null }))).resolves.toBe("/sign-in?error=SSO_NOT_LINKED");
    expect(await getDb().externalIdentity.count({ where: { subject: sub } })).toBe(0);
  });

  it("refuses an administrator linked before promotion, and a disabled account", async () => {
    const officer = await makeUser({ officerOfRegion: "EAF" });
    const sub = subject();
    await getDb().externalIdentity.create({ data: { provider: "oidc", subject: sub, userId: officer.userId } });
    await getDb().user.update({ where: { id: officer.userId }, data: { isAdmin: true } });
    await expect(resolveSingleSignOn(input({ subject: sub }))).resolves.toBe("/sign-in?error=SSO_ADMIN");
    await getDb().user.update({ where: { id: officer.userId }, data: { isAdmin: false, disabledAt: new Date() } });
    await expect(resolveSingleSignOn(input({ subject: sub }))).resolves.toBe(false);
    expect(await getDb().auditEvent.count({ where: { actorId: officer.userId, action: "auth.sign_in" } })).toBe(0);
  });
});
