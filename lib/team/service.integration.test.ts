// The country team against a real PostgreSQL: invitations from creation to acceptance, the
// one-time use of a token (also under concurrency), assignments, removal, the audit trail, and who
// may do what. Countries SN, GH, CI and NE are used only here.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "../db";
import type { Actor } from "../authz";
import { verifyPassword } from "../auth/password";
import { loadActor } from "../auth/actor";
import type { MailMessage } from "../mail/send-mail";
import { countryId, makeUser, uniqueEmail } from "../testing/fixtures";
import {
  acceptInvitation,
  acceptInvitationAsUser,
  acceptInvitationWithIdentity,
  getInvitation,
  inviteMember,
  listTeam,
  removeMember,
  revokeInvitation,
  updateAssignment,
  type InviteResult,
} from "./service";
import { hashInvitationToken } from "./tokens";

// SMTP is replaced by a recorder: the tests choose whether mail is configured and whether it fails.
const mail = vi.hoisted(() => ({ enabled: false, fail: false, sent: [] as MailMessage[] }));
vi.mock("../mail/send-mail", () => ({
  isMailEnabled: () => mail.enabled,
  sendMail: async (message: MailMessage) => {
    if (mail.fail) throw new Error("SMTP unreachable");
    mail.sent.push(message);
  },
}));

beforeEach(() => {
  mail.enabled = false;
  mail.fail = false;
  mail.sent = [];
});

const PASSWORD = "a long enough password";

function tokenOf(result: InviteResult): string {
  if (result.delivery !== "link") throw new Error("expected a link");
  return new URL(result.link).pathname.split("/").pop() ?? "";
}

async function invite(actor: Actor, iso2: string, pillarCodes = ["INV", "LEG"], email = uniqueEmail("invitee")) {
  const result = await inviteMember(actor, iso2, { email, pillarCodes });
  return { email, result, token: tokenOf(result) };
}

async function auditActions(entityId: string): Promise<string[]> {
  const events = await getDb().auditEvent.findMany({ where: { entityId }, select: { action: true }, orderBy: { id: "asc" } });
  return events.map((e) => e.action);
}

async function membershipOf(email: string, iso2: string) {
  return getDb().membership.findFirst({ where: { countryId: await countryId(iso2), user: { email } }, select: { id: true, role: true, assignedPillarCodes: true } });
}

describe("inviting and accepting", () => {
  it("creates the account and the membership with the invited pillars, from a token stored only as its hash", async () => {
    const focal = await makeUser({ memberOf: { iso2: "SN", role: "FOCAL_POINT" } });
    const { email, result, token } = await invite(focal, "SN", ["LEG", "INV"], uniqueEmail("Amina").toUpperCase());
    expect(result.delivery).toBe("link");
    expect(result.email).toBe(email.toLowerCase());
    expect(result.expiresAt.getTime() - Date.now()).toBeGreaterThan(7 * 24 * 3600 * 1000 - 60_000);

    const stored = await getDb().invitation.findUniqueOrThrow({ where: { id: result.invitationId } });
    expect(stored.tokenHash).toBe(hashInvitationToken(token));
    expect(stored.tokenHash).not.toBe(token);
    expect(JSON.stringify(stored)).not.toContain(token);
    // Framework order, whatever order they were ticked in.
    expect(stored.assignedPillarCodes).toEqual(["INV", "LEG"]);
    expect(stored.role).toBe("RESPONDENT");

    const view = await getInvitation(token);
    expect(view).toMatchObject({ email: email.toLowerCase(), countryIso2: "SN", inviterName: focal.name, hasAccount: false });
    expect(view.pillars.map((p) => p.code)).toEqual(["INV", "LEG"]);

    await expect(acceptInvitation(token, { name: "Amina Diallo", password: PASSWORD })).resolves.toEqual({ email: email.toLowerCase(), countryIso2: "SN" });
    const user = await getDb().user.findUniqueOrThrow({ where: { email: email.toLowerCase() }, select: { id: true, name: true, passwordHash: true } });
    expect(user.name).toBe("Amina Diallo");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash ?? "", PASSWORD)).toBe(true);
    expect(await membershipOf(email.toLowerCase(), "SN")).toMatchObject({ role: "RESPONDENT", assignedPillarCodes: ["INV", "LEG"] });
    const accepted = await getDb().invitation.findUniqueOrThrow({ where: { id: result.invitationId } });
    expect(accepted.acceptedAt).not.toBeNull();
    expect(accepted.acceptedById).toBe(user.id);
    expect(await auditActions(result.invitationId)).toEqual(["invitation.create", "invitation.accept"]);
    const events = await getDb().auditEvent.findMany({ where: { entityId: result.invitationId }, select: { countryId: true } });
    expect(events.every((e) => e.countryId === stored.countryId)).toBe(true);

    // Used once: the link is dead now, for reading and for accepting.
    await expect(getInvitation(token)).rejects.toMatchObject({ code: "INVITATION_INVALID" });
    await expect(acceptInvitation(token, { name: "Someone Else", password: PASSWORD })).rejects.toMatchObject({ code: "INVITATION_INVALID" });
  });

  it("lets exactly one of two simultaneous accepts of the same token succeed", async () => {
    const focal = await makeUser({ memberOf: { iso2: "CI", role: "FOCAL_POINT" } });
    const { email, token } = await invite(focal, "CI");
    const outcomes = await Promise.allSettled([
      acceptInvitation(token, { name: "First", password: PASSWORD }),
      acceptInvitation(token, { name: "Second", password: PASSWORD }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toMatchObject({ code: "INVITATION_INVALID" });
    expect(await getDb().user.count({ where: { email } })).toBe(1);
    expect(await getDb().membership.count({ where: { user: { email } } })).toBe(1);
  });

  it("refuses an expired invitation", async () => {
    const focal = await makeUser({ memberOf: { iso2: "SN", role: "FOCAL_POINT" } });
    const { email, result, token } = await invite(focal, "SN");
    await getDb().invitation.update({ where: { id: result.invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(getInvitation(token)).rejects.toMatchObject({ code: "INVITATION_INVALID" });
    await expect(acceptInvitation(token, { name: "Late", password: PASSWORD })).rejects.toMatchObject({ code: "INVITATION_INVALID" });
    expect(await getDb().user.count({ where: { email } })).toBe(0);
    expect((await listTeam(focal, "SN")).invitations.find((i) => i.id === result.invitationId)?.status).toBe("expired");
  });

  it("refuses a revoked invitation, and a second revocation", async () => {
    const focal = await makeUser({ memberOf: { iso2: "SN", role: "FOCAL_POINT" } });
    const { email, result, token } = await invite(focal, "SN");
    await expect(revokeInvitation(focal, result.invitationId)).resolves.toEqual({ countryIso2: "SN" });
    await expect(getInvitation(token)).rejects.toMatchObject({ code: "INVITATION_INVALID" });
    await expect(acceptInvitation(token, { name: "Too Late", password: PASSWORD })).rejects.toMatchObject({ code: "INVITATION_INVALID" });
    await expect(revokeInvitation(focal, result.invitationId)).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "NOT_PENDING" } });
    expect(await getDb().user.count({ where: { email } })).toBe(0);
    expect(await auditActions(result.invitationId)).toEqual(["invitation.create", "invitation.revoke"]);
  });

  it("refuses unknown and malformed tokens alike", async () => {
    await expect(getInvitation("x".repeat(43))).rejects.toMatchObject({ code: "INVITATION_INVALID" });
    await expect(getInvitation("../../etc/passwd")).rejects.toMatchObject({ code: "INVITATION_INVALID" });
    await expect(acceptInvitation("", { name: "Nobody", password: PASSWORD })).rejects.toMatchObject({ code: "INVITATION_INVALID" });
  });

  it("revokes the earlier pending invitation when the same person is invited again", async () => {
    const focal = await makeUser({ memberOf: { iso2: "SN", role: "FOCAL_POINT" } });
    const email = uniqueEmail("twice");
    const first = await invite(focal, "SN", ["PRE"], email);
    const second = await invite(focal, "SN", ["FOR", "EVI"], email.toUpperCase());
    await expect(getInvitation(first.token)).rejects.toMatchObject({ code: "INVITATION_INVALID" });
    await expect(getInvitation(second.token)).resolves.toMatchObject({ email });
    expect(await auditActions(first.result.invitationId)).toEqual(["invitation.create", "invitation.revoke"]);
    const statuses = (await listTeam(focal, "SN")).invitations.filter((i) => i.email === email).map((i) => i.status);
    expect(statuses.sort()).toEqual(["pending", "revoked"]);
  });

  it("refuses to invite someone who is already a member of the country", async () => {
    const focal = await makeUser({ memberOf: { iso2: "SN", role: "FOCAL_POINT" } });
    const respondent = await makeUser({ memberOf: { iso2: "SN", role: "RESPONDENT" } });
    await expect(inviteMember(focal, "SN", { email: respondent.email.toUpperCase(), pillarCodes: ["INV"] })).rejects.toMatchObject({
      code: "CONFLICT",
      fields: { email: "alreadyMember" },
    });
  });

  it("refuses an invalid email or an unknown pillar code, and saves nothing", async () => {
    const focal = await makeUser({ memberOf: { iso2: "SN", role: "FOCAL_POINT" } });
    const before = await getDb().invitation.count({ where: { countryId: await countryId("SN") } });
    const auditBefore = await getDb().auditEvent.count({ where: { actorId: focal.userId } });
    await expect(inviteMember(focal, "SN", { email: "not-an-email", pillarCodes: ["INV"] })).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { email: "email" } });
    await expect(inviteMember(focal, "SN", { email: uniqueEmail(), pillarCodes: ["XYZ"] })).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { pillarCodes: "pillarUnknown" } });
    await expect(inviteMember(focal, "SN", { email: uniqueEmail(), pillarCodes: [] })).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { pillarCodes: "pillarsRequired" } });
    expect(await getDb().invitation.count({ where: { countryId: await countryId("SN") } })).toBe(before);
    expect(await getDb().auditEvent.count({ where: { actorId: focal.userId } })).toBe(auditBefore);
  });

  it("refuses a weak password for a new account, and keeps the invitation usable", async () => {
    const focal = await makeUser({ memberOf: { iso2: "SN", role: "FOCAL_POINT" } });
    const { email, token } = await invite(focal, "SN");
    await expect(acceptInvitation(token, { name: "Short", password: "short" })).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { password: "passwordTooShort" } });
    expect(await getDb().user.count({ where: { email } })).toBe(0);
    await expect(getInvitation(token)).resolves.toMatchObject({ email });
  });
});

describe("joining with an existing account", () => {
  it("adds the signed-in person with the invited email to the country", async () => {
    const focal = await makeUser({ memberOf: { iso2: "SN", role: "FOCAL_POINT" } });
    const existing = await makeUser({ memberOf: { iso2: "GH", role: "RESPONDENT" } });
    const { result, token } = await invite(focal, "SN", ["PRO"], existing.email);
    expect((await getInvitation(token)).hasAccount).toBe(true);
    // An account exists: creating a second one from the link is refused.
    await expect(acceptInvitation(token, { name: "Duplicate", password: PASSWORD })).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "HAS_ACCOUNT" } });

    const stranger = await makeUser();
    await expect(acceptInvitationAsUser(stranger, token)).rejects.toMatchObject({ code: "FORBIDDEN" });

    await expect(acceptInvitationAsUser(existing, token)).resolves.toEqual({ countryIso2: "SN" });
    expect(await membershipOf(existing.email, "SN")).toMatchObject({ role: "RESPONDENT", assignedPillarCodes: ["PRO"] });
    expect((await getDb().invitation.findUniqueOrThrow({ where: { id: result.invitationId } })).acceptedById).toBe(existing.userId);
    expect(await auditActions(result.invitationId)).toEqual(["invitation.create", "invitation.accept"]);
    const refreshed = await loadActor(existing.userId, 0);
    await expect(acceptInvitationAsUser(refreshed!, token)).rejects.toMatchObject({ code: "INVITATION_INVALID" });
  });
});

describe("accepting through single sign-on", () => {
  const identity = (email: string | null, subject = `sub-${Math.random().toString(36).slice(2)}`) => ({ provider: "oidc", subject, email, name: "Kwame Mensah" });

  it("creates a password-less account linked to the identity, joins the country and uses the token once", async () => {
    const focal = await makeUser({ memberOf: { iso2: "GH", role: "FOCAL_POINT" } });
    const { email, token, result } = await invite(focal, "GH", ["FOR"]);
    const claims = identity(email.toUpperCase());
    const accepted = await acceptInvitationWithIdentity(token, claims);
    expect(accepted).toMatchObject({ countryIso2: "GH", sessionVersion: 0 });

    const user = await getDb().user.findUniqueOrThrow({ where: { email }, include: { externalIdentities: true } });
    expect(user).toMatchObject({ id: accepted.userId, name: "Kwame Mensah", passwordHash: null });
    expect(user.externalIdentities).toMatchObject([{ provider: "oidc", subject: claims.subject }]);
    expect(await membershipOf(email, "GH")).toMatchObject({ role: "RESPONDENT", assignedPillarCodes: ["FOR"] });
    expect(await auditActions(result.invitationId)).toEqual(["invitation.create", "invitation.accept"]);
    await expect(acceptInvitationWithIdentity(token, identity(email))).rejects.toMatchObject({ code: "INVITATION_INVALID" });
  });

  it("refuses an identity whose verified email is not the invited one, or is not verified, and saves nothing", async () => {
    const focal = await makeUser({ memberOf: { iso2: "GH", role: "FOCAL_POINT" } });
    const { email, token, result } = await invite(focal, "GH");
    await expect(acceptInvitationWithIdentity(token, identity(uniqueEmail("forwarded")))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(acceptInvitationWithIdentity(token, identity(null))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getDb().user.findUnique({ where: { email } })).toBeNull();
    expect((await getDb().invitation.findUniqueOrThrow({ where: { id: result.invitationId } })).acceptedAt).toBeNull();
    // The invitation is still usable by the right person.
    await expect(acceptInvitationWithIdentity(token, identity(email))).resolves.toMatchObject({ countryIso2: "GH" });
  });

  it("refuses when the email already has an account (that person signs in and joins instead) or the identity is linked", async () => {
    const focal = await makeUser({ memberOf: { iso2: "GH", role: "FOCAL_POINT" } });
    const existing = await makeUser({});
    const { token } = await invite(focal, "GH", ["INV"], existing.email);
    await expect(acceptInvitationWithIdentity(token, identity(existing.email))).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "HAS_ACCOUNT" } });

    const linked = identity(uniqueEmail("first"));
    const first = await invite(focal, "GH", ["INV"], linked.email!);
    await acceptInvitationWithIdentity(first.token, linked);
    const second = await invite(focal, "GH", ["INV"]);
    await expect(acceptInvitationWithIdentity(second.token, { ...linked, email: second.email })).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "IDENTITY_LINKED" } });
    expect(await getDb().user.findUnique({ where: { email: second.email } })).toBeNull();
  });

  it("lets only one of two concurrent acceptances of one token through", async () => {
    const focal = await makeUser({ memberOf: { iso2: "GH", role: "FOCAL_POINT" } });
    const { email, token } = await invite(focal, "GH");
    const results = await Promise.allSettled([acceptInvitationWithIdentity(token, identity(email)), acceptInvitationWithIdentity(token, identity(email))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await getDb().membership.count({ where: { user: { email } } })).toBe(1);
  });
});

describe("who may manage the team", () => {
  it("refuses a respondent of the country: no invitation, no list", async () => {
    const respondent = await makeUser({ memberOf: { iso2: "SN", role: "RESPONDENT", pillars: ["INV"] } });
    await expect(inviteMember(respondent, "SN", { email: uniqueEmail(), pillarCodes: ["INV"] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listTeam(respondent, "SN")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses another country's focal point everything", async () => {
    const focal = await makeUser({ memberOf: { iso2: "SN", role: "FOCAL_POINT" } });
    const respondent = await makeUser({ memberOf: { iso2: "SN", role: "RESPONDENT", pillars: ["INV"] } });
    const { result } = await invite(focal, "SN");
    const membership = await membershipOf(respondent.email, "SN");
    const ghana = await makeUser({ memberOf: { iso2: "GH", role: "FOCAL_POINT" } });
    await expect(listTeam(ghana, "SN")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(inviteMember(ghana, "SN", { email: uniqueEmail(), pillarCodes: ["INV"] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(revokeInvitation(ghana, result.invitationId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateAssignment(ghana, membership!.id, ["PRE"])).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(removeMember(ghana, membership!.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await membershipOf(respondent.email, "SN")).toMatchObject({ assignedPillarCodes: ["INV"] });
    expect((await getDb().invitation.findUniqueOrThrow({ where: { id: result.invitationId } })).revokedAt).toBeNull();
  });

  it("shows the team to its officers and administrators read-only, and to no other officer", async () => {
    const focal = await makeUser({ memberOf: { iso2: "SN", role: "FOCAL_POINT" } });
    const { email } = await invite(focal, "SN");
    const regionOfficer = await makeUser({ officerOfRegion: "WCA" });
    const countryOfficer = await makeUser({ officerOfCountry: "SN" });
    const admin = await makeUser({ isAdmin: true });
    for (const reader of [regionOfficer, countryOfficer, admin]) {
      const team = await listTeam(reader, "sn");
      expect(team.canManage).toBe(false);
      expect(team.members.map((m) => m.email)).toContain(focal.email);
      expect(team.invitations.map((i) => i.email)).toContain(email);
    }
    // Officers read the team and invite no one; an administrator may invite anyone (lib/authz.ts canInvite).
    for (const officer of [regionOfficer, countryOfficer]) {
      await expect(inviteMember(officer, "SN", { email: uniqueEmail(), pillarCodes: ["INV"] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const otherOfficer = await makeUser({ officerOfRegion: "EAF" });
    await expect(listTeam(otherOfficer, "SN")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listTeam(admin, "XX")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lists the team for its focal point, with the published pillars", async () => {
    const focal = await makeUser({ memberOf: { iso2: "SN", role: "FOCAL_POINT" } });
    const team = await listTeam(focal, "SN");
    expect(team.canManage).toBe(true);
    expect(team.pillars.map((p) => p.code)).toEqual(["PRE", "INV", "FOR", "EVI", "PRO", "LEG"]);
    expect(team.members.find((m) => m.userId === focal.userId)).toMatchObject({ role: "FOCAL_POINT", isSelf: true });
  });
});

describe("assignments and removal", () => {
  it("changes a respondent's pillars and records before and after", async () => {
    const focal = await makeUser({ memberOf: { iso2: "GH", role: "FOCAL_POINT" } });
    const respondent = await makeUser({ memberOf: { iso2: "GH", role: "RESPONDENT", pillars: ["INV"] } });
    const membership = (await membershipOf(respondent.email, "GH"))!;
    await expect(updateAssignment(focal, membership.id, ["LEG", "PRE"])).resolves.toEqual({ countryIso2: "GH" });
    expect(await membershipOf(respondent.email, "GH")).toMatchObject({ assignedPillarCodes: ["PRE", "LEG"] });
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: membership.id, action: "membership.assign" } });
    expect(event).toMatchObject({ actorId: focal.userId, countryId: await countryId("GH"), before: { pillarCodes: ["INV"] }, after: { pillarCodes: ["PRE", "LEG"] } });

    await expect(updateAssignment(focal, membership.id, ["NOPE"])).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(updateAssignment(focal, membership.id, [])).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(updateAssignment(focal, "not-a-uuid", ["PRE"])).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await membershipOf(respondent.email, "GH")).toMatchObject({ assignedPillarCodes: ["PRE", "LEG"] });
  });

  it("removes a member, audited, and the removal takes effect for that person at once", async () => {
    const focal = await makeUser({ memberOf: { iso2: "GH", role: "FOCAL_POINT" } });
    const respondent = await makeUser({ memberOf: { iso2: "GH", role: "RESPONDENT", pillars: ["FOR"] } });
    const membership = (await membershipOf(respondent.email, "GH"))!;
    await expect(removeMember(focal, membership.id)).resolves.toEqual({ countryIso2: "GH" });
    expect(await membershipOf(respondent.email, "GH")).toBeNull();
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: membership.id, action: "membership.remove" } });
    expect(event).toMatchObject({ actorId: focal.userId, countryId: await countryId("GH"), before: { email: respondent.email, role: "RESPONDENT" } });
    expect((await loadActor(respondent.userId, 0))?.memberships).toEqual([]);
    await expect(removeMember(focal, membership.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("does not let a focal point remove themself", async () => {
    const focal = await makeUser({ memberOf: { iso2: "NE", role: "FOCAL_POINT" } });
    const own = (await membershipOf(focal.email, "NE"))!;
    await expect(removeMember(focal, own.id)).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "SELF_REMOVAL" } });
    expect(await membershipOf(focal.email, "NE")).not.toBeNull();
  });

  it("never leaves a country without a focal point, even when two remove each other at once", async () => {
    const a = await makeUser({ memberOf: { iso2: "NE", role: "FOCAL_POINT" } });
    const b = await makeUser({ memberOf: { iso2: "NE", role: "FOCAL_POINT" } });
    // Other focal points of NE from earlier tests would make this trivially safe: keep only a and b.
    await getDb().membership.deleteMany({ where: { countryId: await countryId("NE"), role: "FOCAL_POINT", userId: { notIn: [a.userId, b.userId] } } });
    const [ma, mb] = [(await membershipOf(a.email, "NE"))!, (await membershipOf(b.email, "NE"))!];
    const outcomes = await Promise.allSettled([removeMember(a, mb.id), removeMember(b, ma.id)]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(await getDb().membership.count({ where: { countryId: await countryId("NE"), role: "FOCAL_POINT" } })).toBe(1);
  });
});

describe("delivery", () => {
  it("emails the link when SMTP is configured, and does not return it", async () => {
    mail.enabled = true;
    const focal = await makeUser({ memberOf: { iso2: "NE", role: "FOCAL_POINT" } });
    const email = uniqueEmail("mailed");
    const result = await inviteMember(focal, "NE", { email, pillarCodes: ["EVI"] }, { locale: "fr" });
    expect(result.delivery).toBe("email");
    expect(result).not.toHaveProperty("link");
    expect(mail.sent).toHaveLength(1);
    expect(mail.sent[0].to).toBe(email);
    expect(mail.sent[0].subject).toContain("Niger");
    const link = mail.sent[0].text.match(/https?:\/\/\S+\/invitations\/([A-Za-z0-9_-]{43})/);
    expect(link).not.toBeNull();
    await expect(getInvitation(link![1])).resolves.toMatchObject({ email, countryIso2: "NE" });
  });

  it("falls back to showing the link when the email cannot be sent", async () => {
    mail.enabled = true;
    mail.fail = true;
    const focal = await makeUser({ memberOf: { iso2: "NE", role: "FOCAL_POINT" } });
    const result = await inviteMember(focal, "NE", { email: uniqueEmail("bounced"), pillarCodes: ["EVI"] });
    expect(result).toMatchObject({ delivery: "link", mailFailed: true });
    await expect(getInvitation(tokenOf(result))).resolves.toMatchObject({ countryIso2: "NE" });
  });
});
