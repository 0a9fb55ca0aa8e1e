import "server-only";
// The offline questionnaire of a round: download it as a workbook, upload it filled in, preview
// what would change (per row: unchanged, a change, invalid, a conflict with an answer changed
// online after the export, or a pillar the reader does not answer), and apply. Applying goes through
// the web form's own save (lib/answers/service.ts saveAnswer) for every changed row, based on the
// answer version the workbook was exported at: the same editable-state, assignment, version and
// audit rules, and a row changed online meanwhile is a conflict, never overwritten. Nothing is kept
// between preview and apply: the browser sends the same file again.
import { ZAnswerFields, normaliseAnswer, EMPTY_ANSWER, type TAnswerFields } from "../answers/schemas";
import { saveAnswer } from "../answers/service";
import { recordAuditOn } from "../audit/service";
import { assertCanOnCountry, type Actor } from "../authz";
import { getDb, getPool } from "../db";
import { AppError, isAppError } from "../errors";
import { exportTranslator } from "../export/labels";
import { exportFileName } from "../export/filename";
import { localize, type Locale } from "../i18n/config";
import { isUuid } from "../ids";
import { isEditable } from "../rounds/lifecycle";
import { readWorkbook, workbookInvalid } from "./read";
import { readChoice } from "./template";
import { choicesFor, writeWorkbook, type WorkbookIndicator } from "./write";

type AnswerView = Pick<TAnswerFields, "kind" | "level" | "notApplicableReason" | "justification">;

export type PreviewStatus = "unchanged" | "change" | "invalid" | "conflict" | "notAssigned";

export interface PreviewRow {
  indicatorId: string;
  code: string;
  pillar: string;
  title: string;
  sheet: string;
  row: number;
  status: PreviewStatus;
  /** Field -> message key under `validation.` (kind, level, notApplicableReason, justification). */
  errors: Record<string, string>;
  current: AnswerView | null;
  proposed: AnswerView | null;
  exportedVersion: number;
  currentVersion: number;
}

export interface WorkbookPreview {
  roundId: string;
  lang: Locale;
  rows: PreviewRow[];
  counts: Record<PreviewStatus, number>;
}

export interface WorkbookApplied extends WorkbookPreview {
  applied: number;
}

/** The round, if the reader answers it and it can be changed; its indicators (a respondent's pillars only) and answers. */
async function roundForAnswering(actor: Actor, roundId: string) {
  if (!isUuid(roundId)) throw new AppError("NOT_FOUND", "round");
  const db = getDb();
  const round = await db.assessmentRound.findUnique({
    where: { id: roundId },
    select: { id: true, cycle: true, status: true, frameworkVersionId: true, frameworkVersion: { select: { version: true } }, country: { select: { id: true, iso2: true, name: true, programmeRegionId: true } } },
  });
  if (!round) throw new AppError("NOT_FOUND", "round");
  // Someone outside the country learns nothing; an officer sees the round but does not answer it.
  assertCanOnCountry(actor, "country.view", round.country);
  assertCanOnCountry(actor, "answer.write", round.country);
  if (!isEditable(round.status)) throw new AppError("ROUND_NOT_EDITABLE");
  const membership = actor.memberships.find((m) => m.countryId === round.country.id);
  const own = membership?.role === "RESPONDENT" ? membership.assignedPillarCodes : null;
  const [pillars, answers] = await Promise.all([
    db.pillar.findMany({
      where: { frameworkVersionId: round.frameworkVersionId },
      orderBy: { position: "asc" },
      select: { code: true, name: true, indicators: { orderBy: { position: "asc" }, select: { id: true, code: true, title: true, question: true, levels: true } } },
    }),
    db.answer.findMany({ where: { roundId }, select: { indicatorId: true, kind: true, level: true, notApplicableReason: true, justification: true, targetOverride: true, version: true } }),
  ]);
  return { round, own, pillars, answers: new Map(answers.map((a) => [a.indicatorId, a])) };
}

/** What the offline questionnaire's page needs: the round, whether it can still be changed. */
export async function getWorkbookPage(actor: Actor, roundId: string): Promise<{ id: string; cycle: string; countryName: unknown; editable: boolean; respondent: boolean }> {
  if (!isUuid(roundId)) throw new AppError("NOT_FOUND", "round");
  const round = await getDb().assessmentRound.findUnique({
    where: { id: roundId },
    select: { id: true, cycle: true, status: true, country: { select: { id: true, name: true, programmeRegionId: true } } },
  });
  if (!round) throw new AppError("NOT_FOUND", "round");
  assertCanOnCountry(actor, "country.view", round.country);
  assertCanOnCountry(actor, "answer.write", round.country);
  const membership = actor.memberships.find((m) => m.countryId === round.country.id);
  return { id: round.id, cycle: round.cycle, countryName: round.country.name, editable: isEditable(round.status), respondent: membership?.role === "RESPONDENT" };
}

/** The workbook to fill in offline, in `lang` (a respondent's holds their pillars only). */
export async function downloadWorkbook(actor: Actor, roundId: string, lang: Locale): Promise<{ fileName: string; bytes: Uint8Array }> {
  const { round, own, pillars, answers } = await roundForAnswering(actor, roundId);
  const text = (v: unknown) => localize(v, lang).text;
  const t = await exportTranslator(lang);
  const bytes = await writeWorkbook(
    {
      round: { id: round.id, cycle: round.cycle, countryIso2: round.country.iso2, countryName: text(round.country.name) },
      frameworkVersion: round.frameworkVersion.version,
      lang,
      exportedAt: new Date().toISOString(),
      pillars: pillars
        .filter((p) => own === null || own.includes(p.code))
        .map((p) => ({
          code: p.code,
          name: text(p.name),
          indicators: p.indicators.map((i): WorkbookIndicator => {
            const a = answers.get(i.id);
            return {
              id: i.id,
              code: i.code,
              title: text(i.title),
              question: text(i.question),
              levels: (Array.isArray(i.levels) ? i.levels : []).map((l) => text(l)),
              answer: a ? { kind: a.kind, level: a.level, notApplicableReason: a.notApplicableReason, justification: a.justification, targetOverride: a.targetOverride, version: a.version } : null,
            };
          }),
        })),
    },
    t,
  );
  return { fileName: exportFileName({ parts: [round.country.iso2, round.cycle], what: "questionnaire", ext: "xlsx" }), bytes };
}

const view = (a: TAnswerFields): AnswerView => ({ kind: a.kind, level: a.level, notApplicableReason: a.notApplicableReason, justification: a.justification });
const same = (a: AnswerView, b: AnswerView) => a.kind === b.kind && a.level === b.level && a.notApplicableReason === b.notApplicableReason && a.justification === b.justification;

/** The preview, with the answers each changed row would save. */
async function planWorkbook(actor: Actor, roundId: string, bytes: Uint8Array): Promise<WorkbookPreview & { countryId: string; proposedFields: Map<string, TAnswerFields> }> {
  const { round, own, pillars, answers } = await roundForAnswering(actor, roundId);
  const file = await readWorkbook(bytes, round.id);
  const indicators = new Map(pillars.flatMap((p) => p.indicators.map((i) => [i.id, { ...i, pillar: p.code }] as const)));
  const choices = choicesFor(await exportTranslator(file.lang));
  const proposedFields = new Map<string, TAnswerFields>();
  const rows: PreviewRow[] = file.rows.map((r) => {
    const indicator = indicators.get(r.indicatorId);
    // An indicator of another framework version: the workbook is not this round's.
    if (!indicator || indicator.code !== r.code) throw workbookInvalid("wrongTemplate");
    const stored = answers.get(r.indicatorId);
    const current = stored ? normaliseAnswer({ kind: stored.kind, level: stored.level, notApplicableReason: stored.notApplicableReason, justification: stored.justification, targetOverride: stored.targetOverride }) : EMPTY_ANSWER;
    const errors: Record<string, string> = {};
    const choice = readChoice(r.answer, choices);
    if (choice === "invalid") errors.kind = "kind";
    const candidate: TAnswerFields = {
      kind: choice === "invalid" ? null : choice.kind,
      level: choice === "invalid" ? null : choice.level,
      notApplicableReason: r.reason.trim() === "" ? null : r.reason,
      justification: r.justification.trim() === "" ? null : r.justification,
      // The workbook does not carry target overrides: the saved one stays.
      targetOverride: stored?.targetOverride ?? null,
    };
    const parsed = ZAnswerFields.safeParse(candidate);
    if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "kind")] ??= issue.message;
    const proposed = normaliseAnswer(candidate);
    const currentVersion = stored?.version ?? 0;
    const changed = !same(view(proposed), view(current));
    const status: PreviewStatus =
      Object.keys(errors).length > 0 ? "invalid" : !changed ? "unchanged" : own !== null && !own.includes(indicator.pillar) ? "notAssigned" : currentVersion !== r.exportedVersion ? "conflict" : "change";
    if (status === "change") proposedFields.set(r.indicatorId, proposed);
    return {
      indicatorId: r.indicatorId,
      code: r.code,
      pillar: indicator.pillar,
      title: localize(indicator.title, actor.locale ?? file.lang).text,
      sheet: r.sheet,
      row: r.row,
      status,
      errors,
      current: stored ? view(current) : null,
      proposed: choice === "invalid" ? null : view(proposed),
      exportedVersion: r.exportedVersion,
      currentVersion,
    };
  });
  return { roundId: round.id, countryId: round.country.id, lang: file.lang, rows, counts: countsOf(rows), proposedFields };
}

/** What applying the uploaded workbook would change, row by row; nothing is written. */
export async function previewWorkbook(actor: Actor, roundId: string, bytes: Uint8Array): Promise<WorkbookPreview> {
  const { roundId: id, lang, rows, counts } = await planWorkbook(actor, roundId, bytes);
  return { roundId: id, lang, rows, counts };
}

function countsOf(rows: readonly PreviewRow[]): Record<PreviewStatus, number> {
  const counts: Record<PreviewStatus, number> = { unchanged: 0, change: 0, invalid: 0, conflict: 0, notAssigned: 0 };
  for (const r of rows) counts[r.status]++;
  return counts;
}

/**
 * Applies the workbook's valid changes through the web form's save, each based on the exported
 * version (a save refused as stale becomes a conflict); invalid, conflicting and unassigned rows
 * are left as they are and reported. One audit event records the import beside each save's own.
 * All of it is one transaction on one connection: if anything fails part-way (the round leaves its
 * editable state, the connection drops, the process dies), no row of the file is applied.
 */
export async function applyWorkbook(actor: Actor, roundId: string, bytes: Uint8Array): Promise<WorkbookApplied> {
  const preview = await planWorkbook(actor, roundId, bytes);
  const client = await getPool().connect();
  let applied = 0;
  try {
    await client.query("BEGIN");
    for (const row of preview.rows) {
      const answer = preview.proposedFields.get(row.indicatorId);
      if (row.status !== "change" || !answer) continue;
      // A refused row must not abort the others: each save is its own savepoint.
      await client.query("SAVEPOINT workbook_row");
      try {
        const saved = await saveAnswer(actor, roundId, row.indicatorId, { version: row.exportedVersion, answer }, client);
        await client.query("RELEASE SAVEPOINT workbook_row");
        row.currentVersion = saved.version;
        applied++;
      } catch (error) {
        await client.query("ROLLBACK TO SAVEPOINT workbook_row");
        if (isAppError(error) && error.code === "VERSION_CONFLICT") row.status = "conflict";
        else if (isAppError(error) && error.code === "PILLAR_NOT_ASSIGNED") row.status = "notAssigned";
        else throw error;
      }
    }
    const counts = countsOf(preview.rows);
    await recordAuditOn(client, { actorId: actor.userId, action: "round.workbook_import", entityType: "round", entityId: roundId, countryId: preview.countryId, after: { applied, ...counts, lang: preview.lang } });
    await client.query("COMMIT");
    return { roundId: preview.roundId, lang: preview.lang, rows: preview.rows, counts, applied };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
