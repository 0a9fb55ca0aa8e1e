import { describe, expect, it } from "vitest";
import type { Actor } from "../authz";
import { canManageTeam, canReadTeam } from "./access";

const SN = { id: "country-sn", programmeRegionId: "region-wca" };

function actor(overrides: Partial<Actor> = {}): Actor {
  return { userId: "u", email: "u@example.org", name: "U", isAdmin: false, locale: null, memberships: [], officerRegionIds: [], officerCountryIds: [], ...overrides };
}

const member = (role: "FOCAL_POINT" | "RESPONDENT", countryId = SN.id) => ({ countryId, countryIso2: "SN", role, assignedPillarCodes: [] });

describe("team access", () => {
  it("lets the country's focal point read and manage", () => {
    const focal = actor({ memberships: [member("FOCAL_POINT")] });
    expect(canManageTeam(focal, SN)).toBe(true);
    expect(canReadTeam(focal, SN)).toBe(true);
  });

  it("lets assigned officers and administrators read, not manage", () => {
    for (const reader of [actor({ isAdmin: true }), actor({ officerRegionIds: ["region-wca"] }), actor({ officerCountryIds: [SN.id] })]) {
      expect(canReadTeam(reader, SN)).toBe(true);
      expect(canManageTeam(reader, SN)).toBe(false);
    }
  });

  it("refuses respondents, other countries' focal points, other officers and people with no role", () => {
    for (const outsider of [
      actor({ memberships: [member("RESPONDENT")] }),
      actor({ memberships: [member("FOCAL_POINT", "country-gh")] }),
      actor({ officerRegionIds: ["region-eaf"] }),
      actor(),
    ]) {
      expect(canReadTeam(outsider, SN)).toBe(false);
      expect(canManageTeam(outsider, SN)).toBe(false);
    }
  });
});
