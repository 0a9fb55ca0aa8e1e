// Test data builders: each test makes the users, memberships and rounds it needs.
import { randomBytes } from "node:crypto";
import type { Actor } from "../authz";
import { loadActor } from "../auth/actor";
import { getDb } from "../db";
import type { MembershipRole } from "../generated/prisma/enums";

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}.${randomBytes(5).toString("hex")}@test.example.org`;
}

export async function countryId(iso2: string): Promise<string> {
  return (await getDb().country.findUniqueOrThrow({ where: { iso2 }, select: { id: true } })).id;
}

export async function regionId(code: string): Promise<string> {
  return (await getDb().programmeRegion.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
}

export async function makeUser(options: {
  memberOf?: { iso2: string; role: MembershipRole; pillars?: string[] };
  officerOfRegion?: string;
  officerOfCountry?: string;
  isAdmin?: boolean;
  passwordHash?: string;
  email?: string;
} = {}): Promise<Actor> {
  const db = getDb();
  const user = await db.user.create({
    data: { email: options.email ?? uniqueEmail(), name: "Test User", isAdmin: options.isAdmin ?? false, passwordHash: options.passwordHash },
    select: { id: true },
  });
  if (options.memberOf) {
    await db.membership.create({
      data: { userId: user.id, countryId: await countryId(options.memberOf.iso2), role: options.memberOf.role, assignedPillarCodes: options.memberOf.pillars ?? [] },
    });
  }
  if (options.officerOfRegion) await db.officerAssignment.create({ data: { userId: user.id, programmeRegionId: await regionId(options.officerOfRegion) } });
  if (options.officerOfCountry) await db.officerAssignment.create({ data: { userId: user.id, countryId: await countryId(options.officerOfCountry) } });
  const actor = await loadActor(user.id, 0);
  if (!actor) throw new Error("actor not loaded");
  return actor;
}

export async function makeRound(iso2: string, cycle = `T${randomBytes(3).toString("hex")}`, status: "DRAFT" | "VALIDATED" = "VALIDATED") {
  const db = getDb();
  const version = await db.frameworkVersion.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true } });
  return db.assessmentRound.create({ data: { countryId: await countryId(iso2), frameworkVersionId: version.id, cycle, status }, select: { id: true, countryId: true } });
}

/** An open (draft) round on the published framework, with the default targets. */
export async function makeOpenRound(iso2: string, status: "DRAFT" | "SUBMITTED" | "CHANGES_REQUESTED" = "DRAFT") {
  const db = getDb();
  const cid = await countryId(iso2);
  // One open round per country: close any left by an earlier test of the same country.
  await db.assessmentRound.updateMany({ where: { countryId: cid, status: { in: ["DRAFT", "SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED"] } }, data: { status: "ARCHIVED" } });
  const version = await db.frameworkVersion.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true, pillars: { select: { id: true } } } });
  return db.assessmentRound.create({
    data: {
      countryId: cid,
      frameworkVersionId: version.id,
      cycle: `T${randomBytes(3).toString("hex")}`,
      status,
      targets: { create: version.pillars.map((p) => ({ pillarId: p.id, targetLevel: 3 })) },
    },
    select: { id: true, countryId: true, version: true },
  });
}

export async function indicatorOf(pillarCode: string, index = 0): Promise<{ id: string; code: string }> {
  const list = await getDb().indicator.findMany({
    where: { frameworkVersion: { status: "PUBLISHED" }, pillar: { code: pillarCode } },
    select: { id: true, code: true },
    orderBy: { position: "asc" },
  });
  return list[index];
}

/** Closes a round, so that its country can have another open round (one open round per country). */
export async function archiveRound(roundId: string): Promise<void> {
  await getDb().assessmentRound.update({ where: { id: roundId }, data: { status: "ARCHIVED", archivedAt: new Date() } });
}
