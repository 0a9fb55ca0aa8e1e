import { describe, expect, it } from "vitest";
import { canInvite, type Actor } from "./authz";

const base: Actor = { userId: "u", email: "u@example.org", name: "U", isAdmin: false, locale: null, memberships: [], officerRegionIds: [], officerCountryIds: [] };
const france = { id: "fr", programmeRegionId: null };
const peru = { id: "pe", programmeRegionId: "sam" };
const focal: Actor = { ...base, memberships: [{ countryId: "fr", countryIso2: "FR", role: "FOCAL_POINT", assignedPillarCodes: [] }] };
const respondent: Actor = { ...base, memberships: [{ countryId: "fr", countryIso2: "FR", role: "RESPONDENT", assignedPillarCodes: ["INV"] }] };
const officer: Actor = { ...base, officerRegionIds: ["sam"], officerCountryIds: ["fr"] };
const admin: Actor = { ...base, isAdmin: true };

describe("canInvite", () => {
  it("lets a focal point invite respondents of their own country only", () => {
    expect(canInvite(focal, { kind: "COUNTRY", role: "RESPONDENT", country: france })).toBe(true);
    expect(canInvite(focal, { kind: "COUNTRY", role: "FOCAL_POINT", country: france })).toBe(false);
    expect(canInvite(focal, { kind: "COUNTRY", role: "RESPONDENT", country: peru })).toBe(false);
    expect(canInvite(focal, { kind: "OFFICER" })).toBe(false);
  });

  it("lets an administrator invite anyone anywhere", () => {
    expect(canInvite(admin, { kind: "COUNTRY", role: "FOCAL_POINT", country: peru })).toBe(true);
    expect(canInvite(admin, { kind: "COUNTRY", role: "RESPONDENT", country: france })).toBe(true);
    expect(canInvite(admin, { kind: "OFFICER" })).toBe(true);
  });

  it("refuses respondents, officers and people without a role (fails closed)", () => {
    for (const actor of [respondent, officer, base]) {
      expect(canInvite(actor, { kind: "COUNTRY", role: "RESPONDENT", country: france })).toBe(false);
      expect(canInvite(actor, { kind: "OFFICER" })).toBe(false);
    }
    // An unknown role (a value the type forbids, as untyped data could carry) grants nothing.
    expect(canInvite(admin, { kind: "COUNTRY", role: "OWNER" as never, country: france })).toBe(false);
  });
});
