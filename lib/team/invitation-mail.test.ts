import { describe, expect, it } from "vitest";
import { composeInvitationMail } from "./invitation-mail";

const input = {
  offer: {
    kind: "RESPONDENT" as const,
    countryName: { en: "Senegal", fr: "Sénégal" },
    pillarNames: [
      { en: "Investigation", fr: "Enquêtes" },
      { en: "Legal framework", fr: "Cadre juridique" },
    ],
  },
  inviterName: "Fatou Ndiaye",
  link: "https://cybercap.example.org/invitations/abc",
  expiresAt: new Date("2026-03-08T10:00:00Z"),
};

describe("the invitation email", () => {
  it("is composed from the catalogue with the country, pillars, inviter, link and expiry", async () => {
    const mail = await composeInvitationMail({ ...input, locale: "en" });
    expect(mail.subject).toContain("Senegal");
    for (const part of ["Fatou Ndiaye", "Investigation, Legal framework", input.link, "2026", "(UTC)"]) expect(mail.text).toContain(part);
    expect(mail.text).not.toMatch(/[{}]/);
  });

  it("is in the inviter's language, followed by English", async () => {
    const mail = await composeInvitationMail({ ...input, locale: "fr" });
    expect(mail.subject).toContain("Sénégal");
    expect(mail.text).toContain("Enquêtes, Cadre juridique");
    expect(mail.text).toContain("Investigation, Legal framework");
    expect(mail.text.split(input.link)).toHaveLength(3);
  });

  it("offers a focal point the coordination of the country's assessment", async () => {
    const mail = await composeInvitationMail({ ...input, locale: "en", offer: { kind: "FOCAL_POINT", countryName: { en: "France" } } });
    expect(mail.subject).toContain("France");
    expect(mail.text).toContain("focal point");
    expect(mail.text).toContain(input.link);
    expect(mail.text).not.toMatch(/[{}]/);
  });

  it("offers an officer their regions and countries", async () => {
    const offer = { kind: "OFFICER" as const, regionNames: [{ en: "Central America" }], countryNames: [] };
    const mail = await composeInvitationMail({ ...input, locale: "es", offer });
    expect(mail.text).toContain("Central America");
    expect(mail.text).toContain(input.link);
    expect(mail.text).not.toMatch(/[{}]/);
  });
});
