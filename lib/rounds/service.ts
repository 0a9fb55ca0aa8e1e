import "server-only";
import { isUniqueViolation } from "../db/errors";
import { getDb, getPool } from "../db";
import { AppError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import type { AnswerKind, Convention, EvidenceKind, RoundStatus } from "../generated/prisma/enums";
import { assertCanOnCountry, canOnCountry, COUNTRY_SCOPE_SQL, roundScopeWhere, scopeSqlParams, type Actor } from "../authz";
import { recordAudit } from "../audit/service";
import { isEditable, OPEN_STATUSES } from "./lifecycle";
import { countryOfficerIds, mailNotifications, notify } from "../notifications/service";
import { recordStatusChange } from "./history";
import { computeProgress } from "./progress";
import { carryOverInto } from "./carry-over";
import { isUuid } from "../ids";
import type { TCancelRound, TOpenRound, TSubmitRound, TUpdateTargets } from "./schemas";
import { isIso2 } from "../validation/codes";
import { ROUND_COUNTS } from "./sql";
import { loadRoundForActor } from "./load";

export interface RoundSummary {
  id: string;
  cycle: string;
  status: RoundStatus;
  frameworkVersion: string;
  openedAt: Date;
  submittedAt: Date | null;
  validatedAt: Date | null;
  /** Set when the focal point cancelled the round (it is then ARCHIVED), with their reason. */
  cancelledAt: Date | null;
  cancelReason: string | null;
  indicatorCount: number;
  answeredCount: number;
}

/**
 * Rounds of a set of countries with their completeness, scoped to what the actor may see, newest
 * first; with `latestOnly`, only each country's latest round (all a portfolio shows), so the rows
 * read do not grow with the countries' history: the latest round of each country is picked first,
 * and the scope then keeps those the actor may see.
 * One named statement (prepared once per connection; the country page and /api/v1/countries/<iso2>
 * read it), with the scope from lib/authz.ts. Completeness is counted in SQL over the rounds listed
 * only: Prisma's relation `_count` aggregated the whole answers table before joining (its cost grew
 * with every round of the installation).
 */
export async function listRoundSummaries(actor: Actor, countryIds: string[], options: { latestOnly?: boolean } = {}): Promise<Map<string, RoundSummary[]>> {
  if (countryIds.length === 0) return new Map();
  const latest = options.latestOnly === true;
  const { rows } = await getPool().query<RoundSummaryRow>({
    name: latest ? "rounds.latestSummaries" : "rounds.summaries",
    text: `SELECT r.id, r.country_id, r.cycle, r.status, r.opened_at, r.submitted_at, r.validated_at, r.cancelled_at, r.cancel_reason, fv.version, ${ROUND_COUNTS.text}
             FROM assessment_rounds r
             JOIN countries c ON c.id = r.country_id
             JOIN framework_versions fv ON fv.id = r.framework_version_id
            WHERE ${COUNTRY_SCOPE_SQL} AND r.country_id = ANY($5::uuid[])
              ${latest ? "AND r.id IN (SELECT DISTINCT ON (x.country_id) x.id FROM assessment_rounds x WHERE x.country_id = ANY($5::uuid[]) ORDER BY x.country_id, x.opened_at DESC)" : ""}
            ORDER BY r.country_id, r.opened_at DESC`,
    values: [...scopeSqlParams(actor), countryIds],
  });
  const byCountry = new Map<string, RoundSummary[]>();
  for (const r of rows) {
    const list = byCountry.get(r.country_id) ?? [];
    list.push(roundSummaryOf(r.id, r));
    byCountry.set(r.country_id, list);
  }
  return byCountry;
}

/** A round summary's columns as the statements that list rounds select them (with ROUND_COUNTS). */
export interface RoundSummaryColumns {
  cycle: string;
  status: RoundStatus;
  opened_at: Date;
  submitted_at: Date | null;
  validated_at: Date | null;
  cancelled_at: Date | null;
  cancel_reason: string | null;
  version: string;
  indicators: number;
  answered: number;
}

/** The round summary of a row of those columns. */
export function roundSummaryOf(id: string, r: RoundSummaryColumns): RoundSummary {
  return {
    id,
    cycle: r.cycle,
    status: r.status,
    frameworkVersion: r.version,
    openedAt: r.opened_at,
    submittedAt: r.submitted_at,
    validatedAt: r.validated_at,
    cancelledAt: r.cancelled_at,
    cancelReason: r.cancel_reason,
    indicatorCount: r.indicators,
    answeredCount: r.answered,
  };
}

type RoundSummaryRow = RoundSummaryColumns & { id: string; country_id: string };

// ---------------------------------------------------------------------------------------------
// One round: reading it, its questionnaire and progress; opening and submitting.
// ---------------------------------------------------------------------------------------------

/** What the actor may do in this round, decided once on the server and passed to the UI. */
export function roundPermissions(actor: Actor, round: { status: RoundStatus; country: { id: string; programmeRegionId: string | null } }) {
  const membership = actor.memberships.find((m) => m.countryId === round.country.id);
  const editable = isEditable(round.status) && canOnCountry(actor, "answer.write", round.country);
  const manages = canOnCountry(actor, "round.manage", round.country);
  return {
    isFocalPoint: membership?.role === "FOCAL_POINT",
    canSubmit: editable && manages,
    /** Targets may change, and the round be cancelled (or deleted while it has no answers). */
    canManage: isEditable(round.status) && manages,
    /** The pillars that are the reader's own in this round: all for a focal point, none for others. */
    ownPillarCodes: membership?.role === "FOCAL_POINT" ? null : (membership?.assignedPillarCodes ?? []),
    /** Pillars the actor may answer in this round (all for a focal point). */
    canAnswerPillar: (pillarCode: string) =>
      editable && (membership?.role === "FOCAL_POINT" || (membership?.assignedPillarCodes.includes(pillarCode) ?? false)),
  };
}

export async function getRoundOverview(actor: Actor, roundId: string) {
  const round = await loadRoundForActor(actor, roundId);
  // The framework's pillars and indicators in order, and the round's answers, in one statement
  // prepared once per connection (three reads through Prisma cost about three times the CPU).
  const {
    rows: [row],
  } = await getPool().query<{ pillars: [string, string, unknown][]; indicators: [string, string, unknown, string][]; answers: [string, AnswerKind, boolean][] }>({
    name: "round.overview",
    text: `SELECT COALESCE((SELECT json_agg(json_build_array(p.id, p.code, p.name) ORDER BY p.position) FROM pillars p WHERE p.framework_version_id = $1), '[]') AS pillars,
                  COALESCE((SELECT json_agg(json_build_array(i.id, i.code, i.title, p.code) ORDER BY p.position, i.position)
                              FROM indicators i JOIN pillars p ON p.id = i.pillar_id WHERE i.framework_version_id = $1), '[]') AS indicators,
                  COALESCE((SELECT json_agg(json_build_array(a.indicator_id, a.kind, a.carry_pending)) FROM answers a WHERE a.round_id = $2), '[]') AS answers`,
    values: [round.frameworkVersionId, round.id],
  });
  const pillars = row.pillars.map(([id, code, name]) => ({ id, code, name }));
  const indicators = row.indicators.map(([id, code, title, pillarCode]) => ({ id, code, title, pillar: { code: pillarCode } }));
  const answers = row.answers.map(([indicatorId, kind, carryPending]) => ({ indicatorId, kind, carryPending }));
  const progress = computeProgress(
    indicators.map((i) => ({ id: i.id, code: i.code, pillarCode: i.pillar.code })),
    new Map(answers.map((a) => [a.indicatorId, a.kind])),
  );
  const titles = new Map(indicators.map((i) => [i.id, i.title]));
  const targets = new Map(round.targets.map((t) => [t.pillarId, t.targetLevel]));
  // Carried-over answers nobody has confirmed or changed yet, in questionnaire order.
  const pendingIds = new Set(answers.filter((a) => a.carryPending).map((a) => a.indicatorId));
  const carriedPending = indicators.filter((i) => pendingIds.has(i.id)).map((i) => ({ id: i.id, code: i.code, pillarCode: i.pillar.code }));
  return {
    round,
    pillars: pillars.map((p) => ({ ...p, target: targets.get(p.id) ?? 3 })),
    progress,
    carriedPending,
    missingTitles: titles,
    /** Answer rows of any kind (a justification or evidence alone makes one): a round with any is cancelled, not deleted. */
    answerRows: answers.length,
  };
}

/** Evidence as the questionnaire lists it, oldest first. */
const EVIDENCE_SELECT = {
  select: { id: true, kind: true, title: true, url: true, createdAt: true, file: { select: { fileName: true, sizeBytes: true, mimeType: true } } },
  orderBy: { createdAt: "asc" },
} as const satisfies Prisma.Answer$evidenceArgs;

/**
 * One round with its answers and their evidence's metadata (never file bytes), for the JSON API
 * (GET /api/v1/rounds/<id>, docs/api.md). Authorized like the round page (loadRoundForActor:
 * "country.view"). Indicators with no answer row are left out: their version is 0.
 */
export async function getRoundWithAnswers(actor: Actor, roundId: string) {
  const round = await loadRoundForActor(actor, roundId);
  const answers = await getDb().answer.findMany({
    where: { roundId: round.id },
    select: {
      indicatorId: true,
      indicator: { select: { code: true, pillar: { select: { code: true } } } },
      kind: true,
      level: true,
      notApplicableReason: true,
      justification: true,
      targetOverride: true,
      version: true,
      carryPending: true,
      updatedAt: true,
      evidence: EVIDENCE_SELECT,
    },
    orderBy: [{ indicator: { pillar: { position: "asc" } } }, { indicator: { position: "asc" } }],
  });
  return {
    round: {
      id: round.id,
      cycle: round.cycle,
      status: round.status,
      version: round.version,
      country: { iso2: round.country.iso2 },
      frameworkVersion: round.frameworkVersion.version,
      openedAt: round.openedAt,
      submittedAt: round.submittedAt,
      cancelledAt: round.cancelledAt,
    },
    answers: answers.map(({ indicator, evidence, ...answer }) => ({
      ...answer,
      indicatorCode: indicator.code,
      pillarCode: indicator.pillar.code,
      evidence: evidence.map(({ file, ...item }) => ({
        ...item,
        fileName: file?.fileName ?? null,
        sizeBytes: file?.sizeBytes ?? null,
        mimeType: file?.mimeType ?? null,
      })),
    })),
  };
}

/** Evidence as the questionnaire lists it, oldest first: `owner` is the answers.id it belongs to. */
const evidenceJson = (owner: string) => `COALESCE((SELECT json_agg(json_build_object('id', e.id, 'kind', e.kind, 'title', e.title, 'url', e.url, 'createdAt', e.created_at,
                          'file', CASE WHEN sf.id IS NULL THEN NULL ELSE json_build_object('fileName', sf.file_name, 'sizeBytes', sf.size_bytes, 'mimeType', sf.mime_type) END)
                          ORDER BY e.created_at, e.id)
             FROM evidence_items e LEFT JOIN stored_files sf ON sf.id = e.file_id WHERE e.answer_id = ${owner}), '[]')`;

/**
 * One pillar of a round's questionnaire: the pillar with its indicators (texts in every language,
 * Convention articles, this round's answer with its evidence and where it was carried over from),
 * the framework's pillars in order (previous / next links) and the active services that help close
 * a gap on each indicator. One statement, prepared once per connection: the questionnaire is the
 * page a team works in, and the same read through Prisma cost about three times the CPU.
 */
export async function getPillarQuestionnaire(actor: Actor, roundId: string, pillarCode: string) {
  const round = await loadRoundForActor(actor, roundId);
  const {
    rows: [row],
  } = await getPool().query<QuestionnaireRow>({
    name: "round.questionnaire",
    text: `SELECT p.id, p.code, p.name, p.description,
                  COALESCE((SELECT json_agg(json_build_object(
                      'id', i.id, 'code', i.code, 'weight', i.weight, 'title', i.title, 'question', i.question, 'guidance', i.guidance,
                      'levels', i.levels, 'evidenceGuidance', i.evidence_guidance,
                      'articles', COALESCE((SELECT json_agg(json_build_object('convention', ia.convention, 'number', ia.number, 'article', json_build_object('title', ca.title))
                                                   ORDER BY ia.convention, ia.number)
                                              FROM indicator_articles ia JOIN convention_articles ca ON ca.convention = ia.convention AND ca.number = ia.number
                                             WHERE ia.indicator_id = i.id), '[]'),
                      'answers', COALESCE((SELECT json_agg(json_build_object(
                          'kind', a.kind, 'level', a.level, 'notApplicableReason', a.not_applicable_reason, 'justification', a.justification,
                          'targetOverride', a.target_override, 'version', a.version, 'updatedAt', a.updated_at,
                          'updatedBy', (SELECT json_build_object('name', u.name) FROM users u WHERE u.id = a.updated_by_id),
                          'evidence', ${evidenceJson("a.id")},
                          'carryPending', a.carry_pending,
                          'carriedFrom', (SELECT json_build_object('round', json_build_object('cycle', fr.cycle), 'evidence', ${evidenceJson("f.id")})
                                            FROM answers f JOIN assessment_rounds fr ON fr.id = f.round_id WHERE f.id = a.carried_from_answer_id)))
                                             FROM answers a WHERE a.round_id = $3 AND a.indicator_id = i.id), '[]')
                    ) ORDER BY i.position) FROM indicators i WHERE i.pillar_id = p.id), '[]') AS indicators,
                  (SELECT json_agg(json_build_object('code', q.code, 'name', q.name) ORDER BY q.position) FROM pillars q WHERE q.framework_version_id = $1) AS pillars,
                  COALESCE((SELECT json_agg(json_build_array(si.indicator_code, s.code, s.name) ORDER BY s.code)
                              FROM service_indicators si JOIN services s ON s.id = si.service_id
                             WHERE s.is_active AND si.indicator_code IN (SELECT x.code FROM indicators x WHERE x.pillar_id = p.id)), '[]') AS services
             FROM pillars p
            WHERE p.framework_version_id = $1 AND p.code = $2`,
    values: [round.frameworkVersionId, pillarCode.toUpperCase(), round.id],
  });
  if (!row) throw new AppError("NOT_FOUND", "pillar");
  // JSON carries timestamps as text: back to dates, as every other read returns them.
  const evidence = (items: QuestionnaireEvidenceJson[]): QuestionnaireEvidence[] => items.map((e) => ({ ...e, createdAt: new Date(e.createdAt) }));
  const pillar = {
    id: row.id,
    code: row.code,
    name: row.name,
    description: row.description,
    indicators: row.indicators.map((i) => ({
      ...i,
      answers: i.answers.map((a) => ({
        ...a,
        updatedAt: new Date(a.updatedAt),
        evidence: evidence(a.evidence),
        carriedFrom: a.carriedFrom ? { round: a.carriedFrom.round, evidence: evidence(a.carriedFrom.evidence) } : null,
      })),
    })),
  };
  const target = round.targets.find((t) => t.pillarId === pillar.id)?.targetLevel ?? 3;
  const services = new Map<string, { code: string; name: unknown }[]>();
  for (const [indicatorCode, code, name] of row.services) services.set(indicatorCode, [...(services.get(indicatorCode) ?? []), { code, name }]);
  return { round, pillar, target, pillars: row.pillars, services };
}

interface QuestionnaireEvidence {
  id: string;
  kind: EvidenceKind;
  title: string | null;
  url: string | null;
  createdAt: Date;
  file: { fileName: string; sizeBytes: number; mimeType: string } | null;
}
type QuestionnaireEvidenceJson = Omit<QuestionnaireEvidence, "createdAt"> & { createdAt: string };

interface QuestionnaireRow {
  id: string;
  code: string;
  name: unknown;
  description: unknown;
  indicators: {
    id: string;
    code: string;
    weight: number;
    title: unknown;
    question: unknown;
    guidance: unknown;
    levels: unknown;
    evidenceGuidance: unknown;
    articles: { convention: Convention; number: number; article: { title: unknown } }[];
    answers: {
      kind: AnswerKind | null;
      level: number | null;
      notApplicableReason: string | null;
      justification: string | null;
      targetOverride: number | null;
      version: number;
      updatedAt: string;
      updatedBy: { name: string } | null;
      evidence: QuestionnaireEvidenceJson[];
      carryPending: boolean;
      carriedFrom: { round: { cycle: string }; evidence: QuestionnaireEvidenceJson[] } | null;
    }[];
  }[];
  pillars: { code: string; name: unknown }[];
  services: [string, string, unknown][];
}

export async function getPublishedFramework() {
  return getDb().frameworkVersion.findFirst({
    where: { status: "PUBLISHED" },
    orderBy: { publishedAt: "desc" },
    select: { id: true, version: true, pillars: { select: { id: true, code: true, name: true }, orderBy: { position: "asc" } } },
  });
}

/** A round named in an error: which one, so that the message can say it and link to it. */
export interface RoundRef {
  id: string;
  cycle: string;
  status: RoundStatus;
  cancelled: boolean;
}

const REF_SELECT = { id: true, cycle: true, status: true, cancelledAt: true } as const;
const toRef = (r: { id: string; cycle: string; status: RoundStatus; cancelledAt: Date | null }): RoundRef => ({ id: r.id, cycle: r.cycle, status: r.status, cancelled: r.cancelledAt !== null });

/** Why a round cannot be opened, with the round in the way (details.round). */
async function refuseOpening(countryId: string, cycle: string): Promise<AppError | null> {
  const db = getDb();
  // A cancelled round leaves its cycle free (migration 20261202060000).
  const sameCycle = await db.assessmentRound.findFirst({ where: { countryId, cycle, cancelledAt: null }, select: REF_SELECT });
  if (sameCycle) return new AppError("CONFLICT", "cycle taken", { fields: { cycle: "cycleTaken" }, details: { reason: "cycleTaken", round: toRef(sameCycle) } });
  const open = await db.assessmentRound.findFirst({ where: { countryId, status: { in: [...OPEN_STATUSES] } }, select: REF_SELECT });
  if (open) return new AppError("ROUND_ALREADY_OPEN", "a round is open", { details: { reason: "roundOpen", round: toRef(open) } });
  return null;
}

/** The country's open round, if any, for the page that would open another. */
export async function getOpenRound(actor: Actor, countryId: string): Promise<RoundRef | null> {
  const round = await getDb().assessmentRound.findFirst({
    where: { AND: [roundScopeWhere(actor), { countryId, status: { in: [...OPEN_STATUSES] } }] },
    select: REF_SELECT,
  });
  return round ? toRef(round) : null;
}

/** A round an error named (by id, from the page's address): only if the actor may see it. */
export async function findRoundRef(actor: Actor, roundId: string): Promise<RoundRef | null> {
  if (!isUuid(roundId)) return null;
  const round = await getDb().assessmentRound.findFirst({ where: { AND: [roundScopeWhere(actor), { id: roundId }] }, select: REF_SELECT });
  return round ? toRef(round) : null;
}

export async function openRound(actor: Actor, iso2: string, input: TOpenRound): Promise<{ id: string }> {
  const db = getDb();
  if (!isIso2(iso2)) throw new AppError("NOT_FOUND", "country");
  const country = await db.country.findUnique({ where: { iso2: iso2.toUpperCase() }, select: { id: true, programmeRegionId: true } });
  if (!country) throw new AppError("NOT_FOUND", "country");
  assertCanOnCountry(actor, "round.open", country);
  const refusal = await refuseOpening(country.id, input.cycle);
  if (refusal) throw refusal;
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
      await recordStatusChange(tx, { roundId: round.id, from: null, to: "DRAFT", actorId: actor.userId });
      await recordAudit(
        { actorId: actor.userId, action: "round.open", entityType: "round", entityId: round.id, countryId: country.id, after: { cycle: input.cycle, framework: framework.version, targets: input.targets } },
        tx,
      );
      // In the same transaction: the round never exists without the answers it was opened with.
      if (input.carryOver) await carryOverInto(tx, { roundId: round.id, countryId: country.id, frameworkVersionId: framework.id, actorId: actor.userId });
      return round;
    });
  } catch (error) {
    // Two openings crossed: the unique indexes (country, cycle) and one-open-round-per-country
    // refused the second. Say which round is now in the way, as when it was there before.
    if (isUniqueViolation(error)) {
      throw (await refuseOpening(country.id, input.cycle)) ?? new AppError("CONFLICT", "round exists");
    }
    throw error;
  }
}

/** Locks the round for a change by its focal point; the status is read again under the lock. */
async function lockManagedRound(tx: Prisma.TransactionClient, roundId: string): Promise<RoundStatus> {
  const [row] = await tx.$queryRaw<{ status: RoundStatus }[]>`SELECT status FROM assessment_rounds WHERE id = ${roundId}::uuid FOR UPDATE`;
  if (!row) throw new AppError("NOT_FOUND", "round");
  return row.status;
}

/**
 * New pillar targets, while the round is editable (a submitted round is judged on the targets it
 * was submitted with). Focal point only. Pillars are named by code; an unknown code is refused.
 */
export async function updateTargets(actor: Actor, roundId: string, input: TUpdateTargets): Promise<{ targets: Record<string, number> }> {
  const round = await loadRoundForActor(actor, roundId);
  assertCanOnCountry(actor, "round.manage", round.country);
  if (!isEditable(round.status)) throw new AppError("ROUND_NOT_EDITABLE");
  const db = getDb();
  const pillars = await db.pillar.findMany({ where: { frameworkVersionId: round.frameworkVersionId }, select: { id: true, code: true } });
  const byCode = new Map(pillars.map((p) => [p.code, p.id]));
  const unknown = Object.keys(input.targets).filter((code) => !byCode.has(code));
  if (unknown.length > 0) throw new AppError("INVALID_INPUT", "unknown pillar", { fields: { targets: "invalid" } });
  const codeOf = new Map(pillars.map((p) => [p.id, p.code]));
  const before = Object.fromEntries(round.targets.map((t) => [codeOf.get(t.pillarId) ?? t.pillarId, t.targetLevel]));
  const after = { ...Object.fromEntries(pillars.map((p) => [p.code, before[p.code] ?? 3])), ...input.targets };
  return db.$transaction(async (tx) => {
    if (!isEditable(await lockManagedRound(tx, roundId))) throw new AppError("ROUND_NOT_EDITABLE");
    for (const [code, targetLevel] of Object.entries(input.targets)) {
      const pillarId = byCode.get(code)!;
      await tx.roundTarget.upsert({ where: { roundId_pillarId: { roundId, pillarId } }, create: { roundId, pillarId, targetLevel }, update: { targetLevel } });
    }
    await recordAudit({ actorId: actor.userId, action: "round.targets", entityType: "round", entityId: roundId, countryId: round.country.id, before, after }, tx);
    return { targets: after };
  });
}

/**
 * Deletes a draft round that nobody has written in yet (no answer row: no level, justification or
 * evidence), for example one opened by mistake. A round with answers is cancelled instead, so that
 * what the team wrote is kept. The audit trail keeps the deleted round's cycle.
 */
export async function deleteRound(actor: Actor, roundId: string): Promise<{ countryIso2: string }> {
  const round = await loadRoundForActor(actor, roundId);
  assertCanOnCountry(actor, "round.manage", round.country);
  if (round.status !== "DRAFT") throw new AppError("ROUND_NOT_EDITABLE");
  await getDb().$transaction(async (tx) => {
    if ((await lockManagedRound(tx, roundId)) !== "DRAFT") throw new AppError("ROUND_NOT_EDITABLE");
    // Under the round's lock no save can add an answer (the save function locks the round too).
    if ((await tx.answer.count({ where: { roundId } })) > 0) throw new AppError("CONFLICT", "round has answers", { details: { reason: "roundHasAnswers" } });
    await tx.assessmentRound.delete({ where: { id: roundId } });
    await recordAudit(
      { actorId: actor.userId, action: "round.delete", entityType: "round", entityId: roundId, countryId: round.country.id, before: { cycle: round.cycle, status: round.status } },
      tx,
    );
  });
  return { countryIso2: round.country.iso2 };
}

/**
 * Cancels an editable round: it is archived with the focal point's reason and its answers kept; the
 * country may then open another round.
 */
export async function cancelRound(actor: Actor, roundId: string, input: TCancelRound): Promise<{ status: RoundStatus }> {
  const round = await loadRoundForActor(actor, roundId);
  assertCanOnCountry(actor, "round.manage", round.country);
  if (!isEditable(round.status)) throw new AppError("ROUND_NOT_EDITABLE");
  await getDb().$transaction(async (tx) => {
    const status = await lockManagedRound(tx, roundId);
    if (!isEditable(status)) throw new AppError("ROUND_NOT_EDITABLE");
    const now = new Date();
    await tx.assessmentRound.update({
      where: { id: roundId },
      data: { status: "ARCHIVED", archivedAt: now, cancelledAt: now, cancelReason: input.reason, version: { increment: 1 } },
    });
    await recordStatusChange(tx, { roundId, from: status, to: "ARCHIVED", actorId: actor.userId, reason: input.reason });
    await recordAudit(
      { actorId: actor.userId, action: "round.cancel", entityType: "round", entityId: roundId, countryId: round.country.id, before: { status }, after: { status: "ARCHIVED", reason: input.reason } },
      tx,
    );
  });
  return { status: "ARCHIVED" };
}

/** Whether any answer row exists (a round with answers is cancelled, not deleted). */
export async function roundHasAnswers(actor: Actor, roundId: string): Promise<boolean> {
  await loadRoundForActor(actor, roundId);
  return (await getDb().answer.count({ where: { roundId } })) > 0;
}

/**
 * Submits a round for review: focal point only, editable round, every indicator answered with a
 * level or "not applicable". The round's version guards against two submissions crossing.
 */
export async function submitRound(actor: Actor, roundId: string, input: TSubmitRound): Promise<{ status: RoundStatus; version: number }> {
  const overview = await getRoundOverview(actor, roundId);
  const { round, progress } = overview;
  if (!canOnCountry(actor, "round.manage", round.country)) throw new AppError("FORBIDDEN");
  if (!isEditable(round.status)) throw new AppError("ROUND_NOT_EDITABLE");
  if (progress.missing.length > 0) {
    throw new AppError("ROUND_INCOMPLETE", "indicators missing", { details: { missing: progress.missing.map((m) => ({ code: m.code, pillarCode: m.pillarCode, dontKnow: m.dontKnow })) } });
  }
  const db = getDb();
  const note = { kind: "ROUND_SUBMITTED" as const, roundId, countryId: round.country.id, data: { cycle: round.cycle, iso2: round.country.iso2 } };
  const { result, notified } = await db.$transaction(async (tx) => {
    // Lock the round, then count again: no save can slip between the check and the submission.
    await tx.$queryRaw`SELECT id FROM assessment_rounds WHERE id = ${roundId}::uuid FOR UPDATE`;
    const answered = await tx.answer.count({ where: { roundId, kind: { in: ["LEVEL", "NOT_APPLICABLE"] } } });
    if (answered < progress.total) throw new AppError("ROUND_INCOMPLETE", "indicators missing", { details: { missing: [] } });
    const updated = await tx.assessmentRound.updateMany({
      where: { id: roundId, version: input.version, status: round.status },
      data: { status: "SUBMITTED", submittedAt: new Date(), version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("VERSION_CONFLICT", "round changed");
    await recordStatusChange(tx, { roundId, from: round.status, to: "SUBMITTED", actorId: actor.userId });
    await recordAudit(
      { actorId: actor.userId, action: "round.submit", entityType: "round", entityId: roundId, countryId: round.country.id, before: { status: round.status }, after: { status: "SUBMITTED" } },
      tx,
    );
    // The officers assigned to the country learn that a round awaits their review.
    const notified = await notify(tx, { ...note, actorId: actor.userId, recipients: await countryOfficerIds(tx, round.country) });
    return { result: { status: "SUBMITTED" as const, version: input.version + 1 }, notified };
  });
  await mailNotifications(note, notified);
  return result;
}
