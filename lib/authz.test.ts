import { describe, expect, it } from "vitest";
import { canOnCountry, countryScopeWhere, type Actor } from "./authz";

const base: Actor = {
  userId: "u",
  email: "u@example.org",
  name: "U",
  isAdmin: false,
  locale: null,
  memberships: [],
  officerRegionIds: [],
  officerCountryIds: [],
};
const kenya = { id: "ke", programmeRegionId: "eaf" };
const guatemala = { id: "gt", programmeRegionId: "cam" };

describe("countryScopeWhere", () => {
  it("matches nothing for an actor with no grounds (fails closed)", () => {
    expect(countryScopeWhere(base)).toEqual({ id: { in: [] } });
  });
  it("matches everything only for administrators", () => {
    expect(countryScopeWhere({ ...base, isAdmin: true })).toEqual({});
  });
  it("combines memberships, assigned countries and regions", () => {
    const actor: Actor = {
      ...base,
      memberships: [{ countryId: "ke", countryIso2: "KE", role: "RESPONDENT", assignedPillarCodes: [] }],
      officerCountryIds: ["gt"],
      officerRegionIds: ["eaf"],
    };
    expect(countryScopeWhere(actor)).toEqual({ OR: [{ id: { in: ["ke"] } }, { id: { in: ["gt"] } }, { programmeRegionId: { in: ["eaf"] } }] });
  });
});

describe("canOnCountry", () => {
  const focal: Actor = { ...base, memberships: [{ countryId: "ke", countryIso2: "KE", role: "FOCAL_POINT", assignedPillarCodes: [] }] };
  const respondent: Actor = { ...base, memberships: [{ countryId: "ke", countryIso2: "KE", role: "RESPONDENT", assignedPillarCodes: ["INV"] }] };
  const officer: Actor = { ...base, officerRegionIds: ["eaf"] };
  const admin: Actor = { ...base, isAdmin: true };

  it("lets a team see and answer for its own country only", () => {
    expect(canOnCountry(focal, "country.view", kenya)).toBe(true);
    expect(canOnCountry(focal, "country.view", guatemala)).toBe(false);
    expect(canOnCountry(respondent, "answer.write", kenya)).toBe(true);
    expect(canOnCountry(respondent, "answer.write", guatemala)).toBe(false);
  });
  it("reserves opening rounds and managing the team to the focal point", () => {
    expect(canOnCountry(focal, "round.open", kenya)).toBe(true);
    expect(canOnCountry(respondent, "round.open", kenya)).toBe(false);
    expect(canOnCountry(respondent, "team.manage", kenya)).toBe(false);
    expect(canOnCountry(focal, "round.manage", kenya)).toBe(true);
    expect(canOnCountry(focal, "round.manage", guatemala)).toBe(false);
    expect(canOnCountry(respondent, "round.manage", kenya)).toBe(false);
    expect(canOnCountry(officer, "round.manage", kenya)).toBe(false);
    expect(canOnCountry(admin, "round.manage", kenya)).toBe(false);
  });
  it("lets officers view and review their portfolio, not answer", () => {
    expect(canOnCountry(officer, "country.view", kenya)).toBe(true);
    expect(canOnCountry(officer, "round.review", kenya)).toBe(true);
    expect(canOnCountry(officer, "answer.write", kenya)).toBe(false);
    expect(canOnCountry(officer, "country.view", guatemala)).toBe(false);
  });
  it("lets administrators view everything but not answer for a country", () => {
    expect(canOnCountry(admin, "country.view", guatemala)).toBe(true);
    expect(canOnCountry(admin, "answer.write", guatemala)).toBe(false);
  });
  it("refuses an unknown action", () => {
    expect(canOnCountry(admin, "delete.everything" as never, kenya)).toBe(false);
  });
});
