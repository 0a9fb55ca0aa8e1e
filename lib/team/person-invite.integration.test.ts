// The administration's invitations through the one invitation flow: a country's first focal point,
// a respondent of any country, and programme officers (kind OFFICER) with regions and countries.
// Who may invite whom (lib/authz.ts canInvite), and that acceptance grants exactly what was offered.
// Countries FR, PT, UY and PY are used only here.
import { describe, expect, it, vi } from "vitest";
import { getDb } from "../db";
import { loadActor } from "../auth/actor";
import type { MailMessage } from "../mail/send-mail";
import { countryId, makeUser, regionId, uniqueEmail } from "../testing/fixtures";
import type { TPersonInvite } from "./schemas";
import { acceptInvitation, acceptInvitationAsUser, getInvitation, invitePerson, listAdministratorInvitations, revokeInvitation, type InviteResult } from "./service";

const mail = vi.hoisted(() => ({ enabled: false, sent: [] as MailMessage[] }));
vi.mock("../mail/send-mail", () => ({
  isMailEnabled: () => mail.enabled,
  sendMail: async (message: MailMessage) => {
    mail.sent.push(message);
  },
}));

const PASSWORD = "a long enough password";
function countryInvite(email: string, countryIso2: string, role: "FOCAL_POINT" | "RESPONDENT", pillarCodes: string[] = []): TPersonInvite {
  return { kind: "COUNTRY", email, countryIso2, role, pillarCodes, regionIds: [], officerCountryIso2s: [] };
}

function officerInvite(email: string, regionIds: string[], officerCountryIso2s: string[]): TPersonInvite {
  return { kind: "OFFICER", email, countryIso2: "", role: "FOCAL_POINT", pillarCodes: [], regionIds, officerCountryIso2s };
}

function tokenOf(result: InviteResult): string {
  if (result.delivery !== "link") throw new Error("expected a link");
  return new URL(result.link).pathname.split("/").pop() ?? "";
}

describe("an administrator appoints a country's first focal point", () => {
  it("invites, and the accepted invitation makes the person focal point with every pillar", async () => {
    const admin = await makeUser({ isAdmin: true });
    const email = uniqueEmail("focal.fr");
    const result = await invitePerson(admin, countryInvite(email, "FR", "FOCAL_POINT", ["INV"]));
    expect(result.delivery).toBe("link");
    if (result.delivery === "link") expect(result.link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/invitations\/[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(result);
    await expect(getInvitation(token)).resolves.toMatchObject({ kind: "COUNTRY", role: "FOCAL_POINT", countryIso2: "FR", pillars: [] });

    await acceptInvitation(token, { name: "Claire Martin", password: PASSWORD });
    const membership = await getDb().membership.findFirstOrThrow({ where: { user: { email }, countryId: await countryId("FR") } });
    // A focal point answers every pillar: no assignment, whatever the form sent.
    expect(membership).toMatchObject({ role: "FOCAL_POINT", assignedPillarCodes: [] });
    const events = await getDb().auditEvent.findMany({ where: { entityId: result.invitationId }, select: { action: true, actorId: true, after: true }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["invitation.create", "invitation.accept"]);
    expect(events[0]).toMatchObject({ actorId: admin.userId, after: { role: "FOCAL_POINT", kind: "COUNTRY" } });
  });

  it("invites a respondent of any country with pillars, and requires them", async () => {
    const admin = await makeUser({ isAdmin: true });
    await expect(invitePerson(admin, countryInvite(uniqueEmail(), "PT", "RESPONDENT", []))).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { pillarCodes: "pillarsRequired" } });
    await expect(invitePerson(admin, countryInvite(uniqueEmail(), "", "FOCAL_POINT"))).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { countryIso2: "countryRequired" } });
    await expect(invitePerson(admin, countryInvite(uniqueEmail(), "XX", "FOCAL_POINT"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    const result = await invitePerson(admin, countryInvite(uniqueEmail(), "PT", "RESPONDENT", ["LEG", "PRE"]));
    await expect(getInvitation(tokenOf(result))).resolves.toMatchObject({ role: "RESPONDENT", countryIso2: "PT" });
  });

  it("lists the administrators' pending invitations, revocable by an administrator only", async () => {
    const admin = await makeUser({ isAdmin: true });
    const result = await invitePerson(admin, countryInvite(uniqueEmail("listed"), "PT", "FOCAL_POINT"));
    expect((await listAdministratorInvitations(admin)).map((i) => i.id)).toContain(result.invitationId);
    const focal = await makeUser({ memberOf: { iso2: "PT", role: "FOCAL_POINT" } });
    await expect(listAdministratorInvitations(focal)).rejects.toMatchObject({ code: "FORBIDDEN" });
    // A focal point may not withdraw a focal-point invitation, even of their own country.
    await expect(revokeInvitation(focal, result.invitationId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(revokeInvitation(admin, result.invitationId)).resolves.toEqual({ countryIso2: "PT" });
    expect((await listAdministratorInvitations(admin)).map((i) => i.id)).not.toContain(result.invitationId);
  });
});

describe("who may invite whom", () => {
  it("refuses a focal point anything but respondents of their own country, and officers everything", async () => {
    const focal = await makeUser({ memberOf: { iso2: "UY", role: "FOCAL_POINT" } });
    const officer = await makeUser({ officerOfCountry: "UY" });
    const region = await regionId("CAM");
    const before = await getDb().invitation.count();
    await expect(invitePerson(focal, countryInvite(uniqueEmail(), "UY", "FOCAL_POINT"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(invitePerson(focal, countryInvite(uniqueEmail(), "PY", "RESPONDENT", ["INV"]))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(invitePerson(focal, officerInvite(uniqueEmail(), [region], []))).rejects.toMatchObject({ code: "FORBIDDEN" });
    for (const kind of [countryInvite(uniqueEmail(), "UY", "RESPONDENT", ["INV"]), officerInvite(uniqueEmail(), [region], [])]) {
      await expect(invitePerson(officer, kind)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await getDb().invitation.count()).toBe(before);
    // Their own country's respondents, as on the team page.
    await expect(invitePerson(focal, countryInvite(uniqueEmail(), "UY", "RESPONDENT", ["INV"]))).resolves.toMatchObject({ delivery: "link" });
  });
});

describe("programme officers", () => {
  it("invites with regions and countries; accepting creates the account and its assignments", async () => {
    const admin = await makeUser({ isAdmin: true });
    const cam = await regionId("CAM");
    const email = uniqueEmail("officer");
    const result = await invitePerson(admin, officerInvite(email, [cam], ["UY", "PY"]));
    const token = tokenOf(result);
    const view = await getInvitation(token);
    expect(view).toMatchObject({ kind: "OFFICER", countryIso2: null, hasAccount: false });
    expect(view.regions.map((r) => r.code)).toEqual(["CAM"]);
    expect(view.officerCountries.map((c) => c.iso2)).toEqual(["PY", "UY"]);

    await acceptInvitation(token, { name: "Ana Officer", password: PASSWORD });
    const user = await getDb().user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    const actor = await loadActor(user.id, 0);
    expect(actor?.officerRegionIds).toEqual([cam]);
    expect([...(actor?.officerCountryIds ?? [])].sort()).toEqual([await countryId("PY"), await countryId("UY")].sort());
    expect(actor?.memberships).toEqual([]);
    const accept = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: result.invitationId, action: "invitation.accept" }, select: { after: true, countryId: true } });
    expect(accept).toMatchObject({ countryId: null, after: { kind: "OFFICER", regions: ["CAM"] } });
  });

  it("lets an existing account signed in with the invited email take up the portfolio", async () => {
    const admin = await makeUser({ isAdmin: true });
    const existing = await makeUser();
    const result = await invitePerson(admin, officerInvite(existing.email, [], ["UY"]));
    const stranger = await makeUser();
    await expect(acceptInvitationAsUser(stranger, tokenOf(result))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(acceptInvitationAsUser(existing, tokenOf(result))).resolves.toEqual({ countryIso2: null });
    expect((await loadActor(existing.userId, 0))?.officerCountryIds).toEqual([await countryId("UY")]);
  });

  it("never lets one account both answer for a country and review: a team member refuses a portfolio, an officer or administrator a team", async () => {
    const admin = await makeUser({ isAdmin: true });
    const respondent = await makeUser({ memberOf: { iso2: "PY", role: "RESPONDENT" } });
    const portfolio = await invitePerson(admin, officerInvite(respondent.email, [], ["UY"]));
    await expect(acceptInvitationAsUser(respondent, tokenOf(portfolio))).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "ROLE_CONFLICT" } });
    expect((await loadActor(respondent.userId, 0))?.officerCountryIds).toEqual([]);

    const officer = await makeUser({ officerOfCountry: "UY" });
    const otherAdmin = await makeUser({ isAdmin: true });
    for (const person of [officer, otherAdmin]) {
      const invitation = await invitePerson(admin, countryInvite(person.email, "UY", "FOCAL_POINT"));
      await expect(acceptInvitationAsUser(person, tokenOf(invitation))).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "ROLE_CONFLICT" } });
      expect((await loadActor(person.userId, 0))?.memberships).toEqual([]);
      // The invitation is still pending: it can be revoked and sent to another address.
      expect((await getDb().invitation.findUniqueOrThrow({ where: { id: invitation.invitationId }, select: { acceptedAt: true } })).acceptedAt).toBeNull();
    }
  });

  it("requires at least one region or country, and refuses unknown ones", async () => {
    const admin = await makeUser({ isAdmin: true });
    await expect(invitePerson(admin, officerInvite(uniqueEmail(), [], []))).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { regionIds: "portfolioRequired" } });
    await expect(invitePerson(admin, officerInvite(uniqueEmail(), ["0190a6d2-0000-7000-8000-000000000000"], []))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fields: { regionIds: "portfolioUnknown" },
    });
    await expect(invitePerson(admin, officerInvite(uniqueEmail(), [], ["QQ"]))).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { officerCountryIso2s: "portfolioUnknown" } });
  });

  it("mails what is offered when SMTP is configured", async () => {
    mail.enabled = true;
    mail.sent = [];
    try {
      const admin = await makeUser({ isAdmin: true });
      const email = uniqueEmail("mailed.officer");
      const result = await invitePerson(admin, officerInvite(email, [await regionId("CAM")], []), { locale: "en" });
      expect(result).toMatchObject({ delivery: "email" });
      expect(mail.sent).toHaveLength(1);
      expect(mail.sent[0].subject).toContain("programme officer");
      expect(mail.sent[0].text).toMatch(/\/invitations\/[A-Za-z0-9_-]{43}/);
    } finally {
      mail.enabled = false;
    }
  });
});
