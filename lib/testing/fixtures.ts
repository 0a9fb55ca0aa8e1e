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

// ---------------------------------------------------------------------------------------------
// Carry-over of a previous validated round (issue 12 item 6).
// ---------------------------------------------------------------------------------------------

/**
 * A framework version in DRAFT (so it can be written, and is never the published one other tests
 * use) with one pillar and an indicator per code, each with five level descriptors: an "older
 * version" for a previous round to have been answered on.
 */
export async function makeFrameworkVersion(codes: string[], pillarCode = "INV"): Promise<{ id: string; indicators: Map<string, string> }> {
  const db = getDb();
  const text = (en: string) => ({ en });
  const version = await db.frameworkVersion.create({
    data: { version: `test-${randomBytes(4).toString("hex")}`, name: text("Test framework"), description: text("For tests") },
    select: { id: true },
  });
  const pillar = await db.pillar.create({ data: { frameworkVersionId: version.id, code: pillarCode, position: 1, name: text(pillarCode), description: text(pillarCode) }, select: { id: true } });
  const indicators = new Map<string, string>();
  for (const [position, code] of codes.entries()) {
    const row = await db.indicator.create({
      data: {
        frameworkVersionId: version.id,
        pillarId: pillar.id,
        code,
        position,
        title: text(code),
        question: text(code),
        guidance: text(code),
        levels: [0, 1, 2, 3, 4].map((l) => text(`Level ${l}`)),
        evidenceGuidance: text(code),
      },
      select: { id: true },
    });
    indicators.set(code, row.id);
  }
  return { id: version.id, indicators };
}

export interface ValidatedAnswer {
  code: string;
  kind?: "LEVEL" | "NOT_APPLICABLE" | "DONT_KNOW";
  level?: number | null;
  notApplicableReason?: string | null;
  justification?: string | null;
  targetOverride?: number | null;
  /** A link added as evidence to this answer. */
  evidenceUrl?: string;
}

/**
 * A validated round of a country with the given answers (by indicator code), on the published
 * framework unless another version is named. Returns the round and the answer id of each code.
 */
export async function makeValidatedRound(
  iso2: string,
  options: { cycle?: string; frameworkVersionId?: string; validatedAt?: Date; answers: ValidatedAnswer[] },
): Promise<{ id: string; cycle: string; answers: Map<string, string> }> {
  const db = getDb();
  const frameworkVersionId = options.frameworkVersionId ?? (await db.frameworkVersion.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true } })).id;
  const cycle = options.cycle ?? `V${randomBytes(3).toString("hex")}`;
  const round = await db.assessmentRound.create({
    // Written submitted, validated once its answers are in (a validated round's answers are locked).
    data: { countryId: await countryId(iso2), frameworkVersionId, cycle, status: "SUBMITTED", validatedAt: options.validatedAt ?? new Date() },
    select: { id: true },
  });
  const indicators = new Map(
    (await db.indicator.findMany({ where: { frameworkVersionId, code: { in: options.answers.map((a) => a.code) } }, select: { id: true, code: true } })).map((i) => [i.code, i.id]),
  );
  const answers = new Map<string, string>();
  for (const a of options.answers) {
    const kind = a.kind ?? "LEVEL";
    const answer = await db.answer.create({
      data: {
        roundId: round.id,
        indicatorId: indicators.get(a.code)!,
        kind,
        level: kind === "LEVEL" ? (a.level ?? 2) : null,
        notApplicableReason: kind === "NOT_APPLICABLE" ? (a.notApplicableReason ?? "Not relevant here") : null,
        justification: a.justification ?? null,
        targetOverride: a.targetOverride ?? null,
      },
      select: { id: true },
    });
    if (a.evidenceUrl) await db.evidenceItem.create({ data: { answerId: answer.id, kind: "LINK", url: a.evidenceUrl, title: `Evidence for ${a.code}` } });
    answers.set(a.code, answer.id);
  }
  await db.assessmentRound.update({ where: { id: round.id }, data: { status: "VALIDATED" } });
  return { id: round.id, cycle, answers };
}
