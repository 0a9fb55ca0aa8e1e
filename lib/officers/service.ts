import "server-only";
import { isUniqueViolation } from "../db/errors";
import { getDb } from "../db";
import { AppError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import type { MembershipRole } from "../generated/prisma/enums";
import { recordAudit } from "../audit/service";
import { assertAdmin, officerPortfolioRefusal, type Actor, type OfficerPortfolioRefusal } from "../authz";
import { isUuid } from "../ids";
import { parseInput } from "../api/parse";
import { ZOfficerAssignment, ZUserSearch, type TOfficerAssignment } from "./schemas";

// Officers' portfolios: which programme regions and single countries each officer is assigned to.
// Administrators only. Whether an assignment lets an officer see a country is lib/authz.ts's
// isAssignedOfficer; this module only writes the rows it reads.
//
// Who may be an officer is lib/authz.ts's officerPortfolioRefusal (an administrator, ADMINISTRATOR,
// or a member of a country's team, TEAM_MEMBER, is refused).
// Assigning what is already assigned, or removing what is not, changes nothing and is no error
// (idempotent; the unique constraints on officer_assignments stop duplicates even under a race).

export interface PortfolioEntry {
  kind: "region" | "country";
  code: string;
  /** Localized JSON as stored. */
  name: unknown;
}

export interface OfficerSummary {
  userId: string;
  name: string;
  email: string;
  disabled: boolean;
  regions: PortfolioEntry[];
  countries: PortfolioEntry[];
}

export interface OfficerDetail extends OfficerSummary {
  isAdmin: boolean;
  memberships: { iso2: string; name: unknown; role: MembershipRole }[];
}

export interface UserMatch {
  userId: string;
  name: string;
  email: string;
  isAdmin: boolean;
  isOfficer: boolean;
  isTeamMember: boolean;
}

const ASSIGNMENTS_SELECT = {
  programmeRegion: { select: { code: true, name: true } },
  country: { select: { iso2: true, name: true } },
} as const;

type AssignmentRow = { programmeRegion: { code: string; name: unknown } | null; country: { iso2: string; name: unknown } | null };

function portfolio(assignments: AssignmentRow[]): Pick<OfficerSummary, "regions" | "countries"> {
  const regions: PortfolioEntry[] = [];
  const countries: PortfolioEntry[] = [];
  for (const a of assignments) {
    if (a.programmeRegion) regions.push({ kind: "region", code: a.programmeRegion.code, name: a.programmeRegion.name });
    if (a.country) countries.push({ kind: "country", code: a.country.iso2, name: a.country.name });
  }
  regions.sort((a, b) => a.code.localeCompare(b.code));
  countries.sort((a, b) => a.code.localeCompare(b.code));
  return { regions, countries };
}

/** Every officer: a user with at least one assignment, by name. */
export async function listOfficers(actor: Actor): Promise<OfficerSummary[]> {
  assertAdmin(actor);
  const users = await getDb().user.findMany({
    where: { officerAssignments: { some: {} } },
    select: { id: true, name: true, email: true, disabledAt: true, officerAssignments: { select: ASSIGNMENTS_SELECT } },
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
  return users.map((u) => ({ userId: u.id, name: u.name, email: u.email, disabled: u.disabledAt !== null, ...portfolio(u.officerAssignments) }));
}

/** People to make officers of: users whose name or email contains the search, at most 20. */
export async function searchUsers(actor: Actor, term: string): Promise<UserMatch[]> {
  assertAdmin(actor);
  const search = parseInput(ZUserSearch, term);
  if (search === "") return [];
  const users = await getDb().user.findMany({
    where: { OR: [{ email: { contains: search, mode: "insensitive" } }, { name: { contains: search, mode: "insensitive" } }] },
    select: { id: true, name: true, email: true, isAdmin: true, _count: { select: { officerAssignments: true, memberships: true } } },
    orderBy: [{ name: "asc" }, { email: "asc" }],
    take: 20,
  });
  return users.map((u) => ({
    userId: u.id,
    name: u.name,
    email: u.email,
    isAdmin: u.isAdmin,
    isOfficer: u._count.officerAssignments > 0,
    isTeamMember: u._count.memberships > 0,
  }));
}

/** One user's portfolio (any user: one with no assignment yet is an officer-to-be). */
export async function getOfficer(actor: Actor, userId: string): Promise<OfficerDetail> {
  assertAdmin(actor);
  if (!isUuid(userId)) throw new AppError("NOT_FOUND", "user");
  const user = await getDb().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      isAdmin: true,
      disabledAt: true,
      officerAssignments: { select: ASSIGNMENTS_SELECT },
      memberships: { select: { role: true, country: { select: { iso2: true, name: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!user) throw new AppError("NOT_FOUND", "user");
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    disabled: user.disabledAt !== null,
    isAdmin: user.isAdmin,
    memberships: user.memberships.map((m) => ({ iso2: m.country.iso2, name: m.country.name, role: m.role })),
    ...portfolio(user.officerAssignments),
  };
}

/** The regions and countries an officer can be assigned to, for the forms. */
export async function listAssignableTargets(actor: Actor) {
  assertAdmin(actor);
  const db = getDb();
  const [regions, countries] = await Promise.all([
    db.programmeRegion.findMany({ select: { code: true, name: true }, orderBy: { code: "asc" } }),
    db.country.findMany({ select: { iso2: true, name: true }, orderBy: { iso2: "asc" } }),
  ]);
  return { regions, countries };
}

type Tx = Prisma.TransactionClient;

/** The assignment's target row, or INVALID_INPUT at the field when the code names nothing. */
async function resolveTarget(tx: Tx, input: TOfficerAssignment): Promise<{ programmeRegionId: string } | { countryId: string }> {
  const code = input.code.toUpperCase();
  if (input.kind === "region") {
    const region = await tx.programmeRegion.findUnique({ where: { code }, select: { id: true } });
    if (!region) throw new AppError("INVALID_INPUT", "unknown programme region", { fields: { code: "unknownRegion" } });
    return { programmeRegionId: region.id };
  }
  const country = await tx.country.findUnique({ where: { iso2: code }, select: { id: true } });
  if (!country) throw new AppError("INVALID_INPUT", "unknown country", { fields: { code: "unknownCountry" } });
  return { countryId: country.id };
}

function conflict(reason: OfficerPortfolioRefusal): AppError {
  return new AppError("CONFLICT", reason, { details: { reason } });
}

/**
 * One line of a portfolio added or removed, as an audit event: the line is the state after an
 * assignment and the state before an unassignment. A country line is also filed under the country.
 */
function auditPortfolioChange(tx: Tx, actor: Actor, userId: string, change: "assign" | "unassign", line: TOfficerAssignment, target: Awaited<ReturnType<typeof resolveTarget>>) {
  const state = { kind: line.kind, code: line.code.toUpperCase() };
  return recordAudit(
    {
      actorId: actor.userId,
      action: `officer.${change}`,
      entityType: "user",
      entityId: userId,
      countryId: "countryId" in target ? target.countryId : null,
      ...(change === "assign" ? { after: state } : { before: state }),
    },
    tx,
  );
}

/** Assigns a programme region or a country to a user; the first assignment makes them an officer. */
export async function assignOfficer(actor: Actor, userId: string, input: TOfficerAssignment): Promise<{ changed: boolean }> {
  assertAdmin(actor);
  const parsed = parseInput(ZOfficerAssignment, input);
  if (!isUuid(userId)) throw new AppError("NOT_FOUND", "user");
  try {
    return await getDb().$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, isAdmin: true, _count: { select: { memberships: true } } } });
      if (!user) throw new AppError("NOT_FOUND", "user");
      const refusal = officerPortfolioRefusal({ isAdmin: user.isAdmin, countryMemberships: user._count.memberships });
      if (refusal) throw conflict(refusal);
      const target = await resolveTarget(tx, parsed);
      if (await tx.officerAssignment.findFirst({ where: { userId, ...target }, select: { id: true } })) return { changed: false };
      await tx.officerAssignment.create({ data: { userId, ...target } });
      await auditPortfolioChange(tx, actor, userId, "assign", parsed, target);
      return { changed: true };
    });
  } catch (error) {
    // Another administrator assigned the same thing at the same moment: it is assigned, as asked.
    if (isUniqueViolation(error)) return { changed: false };
    throw error;
  }
}

/** Removes one line of a user's portfolio; with the last one they are no longer an officer. */
export async function unassignOfficer(actor: Actor, userId: string, input: TOfficerAssignment): Promise<{ changed: boolean }> {
  assertAdmin(actor);
  const parsed = parseInput(ZOfficerAssignment, input);
  if (!isUuid(userId)) throw new AppError("NOT_FOUND", "user");
  return getDb().$transaction(async (tx) => {
    if (!(await tx.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw new AppError("NOT_FOUND", "user");
    const target = await resolveTarget(tx, parsed);
    const { count } = await tx.officerAssignment.deleteMany({ where: { userId, ...target } });
    if (count === 0) return { changed: false };
    await auditPortfolioChange(tx, actor, userId, "unassign", parsed, target);
    return { changed: true };
  });
}
