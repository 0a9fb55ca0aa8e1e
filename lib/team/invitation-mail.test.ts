import { describe, expect, it } from "vitest";
import { composeInvitationMail } from "./invitation-mail";

const input = {
  countryName: { en: "Senegal", fr: "Sénégal" },
  pillarNames: [
    { en: "Investigation", fr: "Enquêtes" },
    { en: "Legal framework", fr: "Cadre juridique" },
  ],
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
});
