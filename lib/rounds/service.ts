import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import type { RoundStatus } from "../generated/prisma/enums";
import { assertCanOnCountry, canOnCountry, roundScopeWhere, type Actor } from "../authz";
import { recordAudit } from "../audit/service";
import { isEditable, OPEN_STATUSES } from "./lifecycle";
import { computeProgress } from "./progress";
import { isUuid } from "../ids";
import type { TOpenRound, TSubmitRound } from "./schemas";
import { isIso2 } from "../validation/codes";

export interface RoundSummary {
  id: string;
  cycle: string;
  status: RoundStatus;
  frameworkVersion: string;
  openedAt: Date;
  submittedAt: Date | null;
  validatedAt: Date | null;
  indicatorCount: number;
  answeredCount: number;
}

/**
 * Rounds of a set of countries with their completeness, scoped to what the actor may see.
 * Completeness (answered = a level or "not applicable") is counted in SQL, not in JavaScript.
 */
export async function listRoundSummaries(actor: Actor, countryIds: string[]): Promise<Map<string, RoundSummary[]>> {
  const db = getDb();
  const rounds = await db.assessmentRound.findMany({
    where: { AND: [roundScopeWhere(actor), { countryId: { in: countryIds } }] },
    select: {
      id: true,
      countryId: true,
      cycle: true,
      status: true,
      openedAt: true,
      submittedAt: true,
      validatedAt: true,
      frameworkVersion: { select: { version: true, _count: { select: { indicators: true } } } },
      _count: { select: { answers: { where: { kind: { in: ["LEVEL", "NOT_APPLICABLE"] } } } } },
    },
    orderBy: [{ countryId: "asc" }, { openedAt: "desc" }],
  });
  const byCountry = new Map<string, RoundSummary[]>();
  for (const r of rounds) {
    const list = byCountry.get(r.countryId) ?? [];
    list.push({
      id: r.id,
      cycle: r.cycle,
      status: r.status,
      frameworkVersion: r.frameworkVersion.version,
      openedAt: r.openedAt,
      submittedAt: r.submittedAt,
      validatedAt: r.validatedAt,
      indicatorCount: r.frameworkVersion._count.indicators,
      answeredCount: r._count.answers,
    });
    byCountry.set(r.countryId, list);
  }
  return byCountry;
}

// ---------------------------------------------------------------------------------------------
// One round: reading it, its questionnaire and progress; opening and submitting.
// ---------------------------------------------------------------------------------------------

async function loadRoundForActor(actor: Actor, roundId: string) {
  if (!isUuid(roundId)) throw new AppError("NOT_FOUND", "round");
  const round = await getDb().assessmentRound.findUnique({
    where: { id: roundId },
    select: {
      id: true,
      cycle: true,
      status: true,
      version: true,
      openedAt: true,
      submittedAt: true,
      frameworkVersionId: true,
      frameworkVersion: { select: { version: true } },
      country: { select: { id: true, iso2: true, name: true, programmeRegionId: true } },
      targets: { select: { pillarId: true, targetLevel: true } },
    },
  });
  if (!round) throw new AppError("NOT_FOUND", "round");
  assertCanOnCountry(actor, "country.view", round.country);
  return round;
}

/** What the actor may do in this round, decided once on the server and passed to the UI. */
export function roundPermissions(actor: Actor, round: { status: RoundStatus; country: { id: string; programmeRegionId: string | null } }) {
  const membership = actor.memberships.find((m) => m.countryId === round.country.id);
  const editable = isEditable(round.status) && canOnCountry(actor, "answer.write", round.country);
  return {
    isFocalPoint: membership?.role === "FOCAL_POINT",
    canSubmit: editable && membership?.role === "FOCAL_POINT",
    /** Pillars the actor may answer in this round (all for a focal point). */
    canAnswerPillar: (pillarCode: string) =>
      editable && (membership?.role === "FOCAL_POINT" || (membership?.assignedPillarCodes.includes(pillarCode) ?? false)),
  };
}

export async function getRoundOverview(actor: Actor, roundId: string) {
  const round = await loadRoundForActor(actor, roundId);
  const db = getDb();
  const [pillars, indicators, answers] = await Promise.all([
    db.pillar.findMany({ where: { frameworkVersionId: round.frameworkVersionId }, select: { id: true, code: true, name: true }, orderBy: { position: "asc" } }),
    db.indicator.findMany({
      where: { frameworkVersionId: round.frameworkVersionId },
      select: { id: true, code: true, title: true, pillar: { select: { code: true } } },
      orderBy: [{ pillar: { position: "asc" } }, { position: "asc" }],
    }),
    db.answer.findMany({ where: { roundId }, select: { indicatorId: true, kind: true } }),
  ]);
  const progress = computeProgress(
    indicators.map((i) => ({ id: i.id, code: i.code, pillarCode: i.pillar.code })),
    new Map(answers.map((a) => [a.indicatorId, a.kind])),
  );
  const titles = new Map(indicators.map((i) => [i.id, i.title]));
  const targets = new Map(round.targets.map((t) => [t.pillarId, t.targetLevel]));
  return {
    round,
    pillars: pillars.map((p) => ({ ...p, target: targets.get(p.id) ?? 3 })),
    progress,
    missingTitles: titles,
  };
}

export async function getPillarQuestionnaire(actor: Actor, roundId: string, pillarCode: string) {
  const round = await loadRoundForActor(actor, roundId);
  const db = getDb();
  const pillar = await db.pillar.findUnique({
    where: { frameworkVersionId_code: { frameworkVersionId: round.frameworkVersionId, code: pillarCode.toUpperCase() } },
    select: {
      id: true,
      code: true,
      name: true,
      description: true,
      indicators: {
        select: {
          id: true,
          code: true,
          weight: true,
          title: true,
          question: true,
          guidance: true,
          levels: true,
          evidenceGuidance: true,
          uncacArticles: true,
          budapestArticles: true,
          answers: {
            where: { roundId },
            select: {
              kind: true,
              level: true,
              notApplicableReason: true,
              justification: true,
              targetOverride: true,
              version: true,
              updatedAt: true,
              updatedBy: { select: { name: true } },
              evidence: {
                select: { id: true, kind: true, title: true, url: true, createdAt: true, file: { select: { fileName: true, sizeBytes: true, mimeType: true } } },
                orderBy: { createdAt: "asc" },
              },
            },
          },
        },
        orderBy: { position: "asc" },
      },
    },
  });
  if (!pillar) throw new AppError("NOT_FOUND", "pillar");
  const target = round.targets.find((t) => t.pillarId === pillar.id)?.targetLevel ?? 3;
  return { round, pillar, target };
}

export async function getPublishedFramework() {
  return getDb().frameworkVersion.findFirst({
    where: { status: "PUBLISHED" },
    orderBy: { publishedAt: "desc" },
    select: { id: true, version: true, pillars: { select: { id: true, code: true, name: true }, orderBy: { position: "asc" } } },
  });
}

/** The open round of a country, if any (at most one: a partial unique index enforces it). */
export async function getOpenRoundId(actor: Actor, countryId: string): Promise<string | null> {
  const round = await getDb().assessmentRound.findFirst({
    where: { AND: [roundScopeWhere(actor), { countryId, status: { in: [...OPEN_STATUSES] } }] },
    select: { id: true },
  });
  return round?.id ?? null;
}

export async function openRound(actor: Actor, iso2: string, input: TOpenRound): Promise<{ id: string }> {
  const db = getDb();
  if (!isIso2(iso2)) throw new AppError("NOT_FOUND", "country");
  const country = await db.country.findUnique({ where: { iso2: iso2.toUpperCase() }, select: { id: true, programmeRegionId: true } });
  if (!country) throw new AppError("NOT_FOUND", "country");
  assertCanOnCountry(actor, "round.open", country);
  const framework = await getPublishedFramework();
  if (!framework) throw new AppError("CONFLICT", "no published framework");
  try {
    return await db.$transaction(async (tx) => {
      const round = await tx.assessmentRound.create({
        data: {
          countryId: country.id,
          frameworkVersionId: framework.id,
          cycle: input.cycle,
          openedById: actor.userId,
          targets: { create: framework.pillars.map((p) => ({ pillarId: p.id, targetLevel: input.targets[p.code] ?? 3 })) },
        },
        select: { id: true },
      });
      await recordAudit(
        { actorId: actor.userId, action: "round.open", entityType: "round", entityId: round.id, countryId: country.id, after: { cycle: input.cycle, framework: framework.version, targets: input.targets } },
        tx,
      );
      return round;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      // Either the one-open-round index or (country, cycle): both mean "there is already one".
      const target = String(error.meta?.target ?? "");
      throw new AppError(target.includes("cycle") ? "CONFLICT" : "ROUND_ALREADY_OPEN", "round exists", { fields: target.includes("cycle") ? { cycle: "cycleTaken" } : undefined });
    }
    throw error;
  }
}

/**
 * Submits a round for review: focal point only, editable round, every indicator answered with a
 * level or "not applicable". The round's version guards against two submissions crossing.
 */
export async function submitRound(actor: Actor, roundId: string, input: TSubmitRound): Promise<{ status: RoundStatus; version: number }> {
  const overview = await getRoundOverview(actor, roundId);
  const { round, progress } = overview;
  if (!canOnCountry(actor, "round.open", round.country)) throw new AppError("FORBIDDEN");
  if (!isEditable(round.status)) throw new AppError("ROUND_NOT_EDITABLE");
  if (progress.missing.length > 0) {
    throw new AppError("ROUND_INCOMPLETE", "indicators missing", { details: { missing: progress.missing.map((m) => ({ code: m.code, pillarCode: m.pillarCode, dontKnow: m.dontKnow })) } });
  }
  const db = getDb();
  return db.$transaction(async (tx) => {
    // Lock the round, then count again: no save can slip between the check and the submission.
    await tx.$queryRaw`SELECT id FROM assessment_rounds WHERE id = ${roundId}::uuid FOR UPDATE`;
    const answered = await tx.answer.count({ where: { roundId, kind: { in: ["LEVEL", "NOT_APPLICABLE"] } } });
    if (answered < progress.total) throw new AppError("ROUND_INCOMPLETE", "indicators missing", { details: { missing: [] } });
    const updated = await tx.assessmentRound.updateMany({
      where: { id: roundId, version: input.version, status: round.status },
      data: { status: "SUBMITTED", submittedAt: new Date(), version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("VERSION_CONFLICT", "round changed");
    await recordAudit(
      { actorId: actor.userId, action: "round.submit", entityType: "round", entityId: roundId, countryId: round.country.id, before: { status: round.status }, after: { status: "SUBMITTED" } },
      tx,
    );
    return { status: "SUBMITTED" as const, version: input.version + 1 };
  });
}
