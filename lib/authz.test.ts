import { describe, expect, it } from "vitest";
import { assertCanManageServiceCatalogue, canAcceptInvitation, canJoinCountryTeam, canSeeIndicatorDecision, officerPortfolioRefusal, assignedOfficerWhere, canManageServiceCatalogue, canManageTeam, canOnCountry, canReadTeam, countryScopeWhere, isAssignedOfficer, isMethodAllowedByTokenScope, ownApiTokensWhere, type Actor } from "./authz";

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

describe("isAssignedOfficer and assignedOfficerWhere (the one officer-assignment rule)", () => {
  const countries = [kenya, guatemala, { id: "fr", programmeRegionId: "eur" }, { id: "xx", programmeRegionId: null }];
  /** Evaluates the Prisma filter's shape against plain objects, to check both forms agree. */
  function matches(where: ReturnType<typeof assignedOfficerWhere>, c: { id: string; programmeRegionId: string | null }): boolean {
    if ("OR" in where && where.OR) return (where.OR as { id?: { in: string[] }; programmeRegionId?: { in: string[] } }[]).some((clause) => (clause.id ? clause.id.in.includes(c.id) : clause.programmeRegionId!.in.includes(c.programmeRegionId ?? "")));
    return (where as { id: { in: string[] } }).id.in.includes(c.id);
  }
  const officers: Actor[] = [
    base,
    { ...base, officerRegionIds: ["eaf"] },
    { ...base, officerCountryIds: ["gt"] },
    { ...base, officerRegionIds: ["eur"], officerCountryIds: ["ke", "xx"] },
    // A membership is no officer assignment.
    { ...base, memberships: [{ countryId: "ke", countryIso2: "KE", role: "FOCAL_POINT", assignedPillarCodes: [] }] },
  ];
  it("assigns by country or by the country's current programme region, never through a missing region", () => {
    expect(isAssignedOfficer({ ...base, officerRegionIds: ["eaf"] }, kenya)).toBe(true);
    expect(isAssignedOfficer({ ...base, officerRegionIds: ["eaf"] }, { ...kenya, programmeRegionId: "cam" })).toBe(false);
    expect(isAssignedOfficer({ ...base, officerCountryIds: ["ke"] }, { ...kenya, programmeRegionId: null })).toBe(true);
    expect(isAssignedOfficer({ ...base, officerRegionIds: ["eaf"] }, { id: "xx", programmeRegionId: null })).toBe(false);
    expect(isAssignedOfficer(officers[4], kenya)).toBe(false);
  });
  it("has a list form that selects exactly the countries the predicate accepts", () => {
    for (const officer of officers) {
      for (const c of countries) expect(matches(assignedOfficerWhere(officer), c), `${JSON.stringify(officer.officerRegionIds)} ${c.id}`).toBe(isAssignedOfficer(officer, c));
    }
    expect(assignedOfficerWhere(base)).toEqual({ id: { in: [] } });
  });
});

describe("team access (team.view and team.manage)", () => {
  const SN = { id: "country-sn", programmeRegionId: "region-wca" };
  const actor = (overrides: Partial<Actor> = {}): Actor => ({ ...base, ...overrides });
  const member = (role: "FOCAL_POINT" | "RESPONDENT", countryId = SN.id) => ({ countryId, countryIso2: "SN", role, assignedPillarCodes: [] });

  it("lets the country's focal point read and manage", () => {
    const focal = actor({ memberships: [member("FOCAL_POINT")] });
    expect(canManageTeam(focal, SN)).toBe(true);
    expect(canReadTeam(focal, SN)).toBe(true);
  });
  it("lets assigned officers and administrators read, not manage", () => {
    for (const reader of [actor({ isAdmin: true }), actor({ officerRegionIds: ["region-wca"] }), actor({ officerCountryIds: [SN.id] })]) {
      expect(canReadTeam(reader, SN)).toBe(true);
      expect(canOnCountry(reader, "team.view", SN)).toBe(true);
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

describe("personal API tokens", () => {
  it("lets a read-only token read and nothing else; a read-write one uses every method", () => {
    for (const method of ["GET", "HEAD", "get"]) expect(isMethodAllowedByTokenScope("READ", method)).toBe(true);
    for (const method of ["POST", "PUT", "PATCH", "DELETE", "OPTIONS", "put"]) expect(isMethodAllowedByTokenScope("READ", method)).toBe(false);
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) expect(isMethodAllowedByTokenScope("READ_WRITE", method)).toBe(true);
  });

  it("fails closed on an unknown scope", () => {
    expect(isMethodAllowedByTokenScope("ADMIN" as never, "GET")).toBe(false);
  });

  it("lists and revokes only the actor's own tokens, administrators included", () => {
    expect(ownApiTokensWhere(base)).toEqual({ userId: "u" });
    expect(ownApiTokensWhere({ ...base, userId: "admin", isAdmin: true })).toEqual({ userId: "admin" });
  });
});

describe("the service catalogue", () => {
  it("is managed by administrators only (fails closed for officers and country teams)", () => {
    expect(canManageServiceCatalogue({ ...base, isAdmin: true })).toBe(true);
    for (const actor of [
      base,
      { ...base, officerRegionIds: ["eaf"], officerCountryIds: ["gt"] },
      { ...base, memberships: [{ countryId: "ke", countryIso2: "KE", role: "FOCAL_POINT" as const, assignedPillarCodes: [] }] },
    ]) {
      expect(canManageServiceCatalogue(actor)).toBe(false);
      expect(() => assertCanManageServiceCatalogue(actor)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    }
  });
});

describe("canAcceptInvitation", () => {
  const member: Actor = { ...base, memberships: [{ countryId: "ke", countryIso2: "KE", role: "RESPONDENT", assignedPillarCodes: ["INV"] }] };
  const officer: Actor = { ...base, officerCountryIds: ["gt"] };
  const admin: Actor = { ...base, isAdmin: true };
  it("lets a person with no role take either kind, and a team member join another team", () => {
    expect([canAcceptInvitation(base, { kind: "COUNTRY" }), canAcceptInvitation(base, { kind: "OFFICER" }), canAcceptInvitation(member, { kind: "COUNTRY" })]).toEqual([true, true, true]);
  });
  it("keeps reviewers out of teams and team members out of portfolios", () => {
    expect([canAcceptInvitation(officer, { kind: "COUNTRY" }), canAcceptInvitation(admin, { kind: "COUNTRY" }), canAcceptInvitation(member, { kind: "OFFICER" })]).toEqual([false, false, false]);
    // An officer takes more portfolio; an administrator takes none, as an assignment refuses them.
    expect([canAcceptInvitation(officer, { kind: "OFFICER" }), canAcceptInvitation(admin, { kind: "OFFICER" })]).toEqual([true, false]);
  });
});

describe("officerPortfolioRefusal and canJoinCountryTeam", () => {
  it("names why a portfolio is refused, administrator first", () => {
    expect(officerPortfolioRefusal({ isAdmin: false, countryMemberships: 0 })).toBeNull();
    expect(officerPortfolioRefusal({ isAdmin: true, countryMemberships: 0 })).toBe("ADMINISTRATOR");
    expect(officerPortfolioRefusal({ isAdmin: false, countryMemberships: 2 })).toBe("TEAM_MEMBER");
    expect(officerPortfolioRefusal({ isAdmin: true, countryMemberships: 1 })).toBe("ADMINISTRATOR");
  });
  it("keeps officers and administrators out of teams", () => {
    expect([false, true].flatMap((isAdmin) => [false, true].map((isOfficer) => canJoinCountryTeam({ isAdmin, isOfficer })))).toEqual([true, false, false, false]);
  });
});

describe("canSeeIndicatorDecision", () => {
  const decided = new Date("2026-11-02T10:00:00Z");
  it("shows a reviewer every decision, the country only those of a sent review", () => {
    expect(canSeeIndicatorDecision(true, decided, null)).toBe(true);
    expect(canSeeIndicatorDecision(false, decided, null)).toBe(false);
    expect(canSeeIndicatorDecision(false, decided, new Date("2026-11-02T09:59:59Z"))).toBe(false);
    expect(canSeeIndicatorDecision(false, decided, decided)).toBe(true);
    expect(canSeeIndicatorDecision(false, decided, new Date("2026-11-03T00:00:00Z"))).toBe(true);
  });
});
