// What changes from one framework document to another (a draft against the published version):
// pillars and indicators added, removed, and changed, matched by code, with the fields that changed.
// Pure: the import and, later, the administrator's diff page call it on two documents.
import { LOCALES } from "../i18n/config";
import type { TFrameworkDocument, TIndicatorDocument, TLocalizedText } from "./document";

/** Fields of an indicator that are its wording; any other change is structural (needs a new version). */
export const INDICATOR_TEXT_FIELDS = ["title", "question", "guidance", "levels", "evidenceGuidance"] as const;

export type IndicatorField =
  | (typeof INDICATOR_TEXT_FIELDS)[number]
  | "pillar"
  | "position"
  | "weight"
  | "levelCount"
  | "articles.unCybercrime"
  | "articles.budapest";

export interface IndicatorChange {
  code: string;
  /** The pillar it is in, in the newer document. */
  pillar: string;
  fields: IndicatorField[];
  /** Languages whose wording changed (for the text fields). */
  languages: (typeof LOCALES)[number][];
  /** Only wording changed: no code, pillar, order, level count, weight or reference. */
  textOnly: boolean;
}

export interface PillarChange {
  code: string;
  fields: ("name" | "description" | "position")[];
}

export interface FrameworkDiff {
  from: string;
  to: string;
  /** The version's own name or description changed. */
  versionFields: ("name" | "description")[];
  pillars: { added: string[]; removed: string[]; changed: PillarChange[] };
  indicators: { added: { code: string; pillar: string }[]; removed: { code: string; pillar: string }[]; changed: IndicatorChange[] };
  /** Nothing differs but the label. */
  isEmpty: boolean;
}

function changedLanguages(a: TLocalizedText, b: TLocalizedText): (typeof LOCALES)[number][] {
  return LOCALES.filter((l) => a[l] !== b[l]);
}

/** Languages in which any level descriptor differs (all of them when the number of levels does). */
function changedLevelLanguages(a: TLocalizedText[], b: TLocalizedText[]): (typeof LOCALES)[number][] {
  if (a.length !== b.length) return [...LOCALES];
  return LOCALES.filter((l) => a.some((descriptor, i) => descriptor[l] !== b[i][l]));
}

/** The same article numbers, in any order: an indicator's references are a set (indicator_articles). */
function sameNumbers(a: number[], b: number[]): boolean {
  const sorted = (list: number[]) => [...list].sort((x, y) => x - y);
  const [x, y] = [sorted(a), sorted(b)];
  return x.length === y.length && x.every((n, i) => n === y[i]);
}

interface Placed {
  indicator: TIndicatorDocument;
  pillar: string;
}

function indicatorsByCode(doc: TFrameworkDocument): Map<string, Placed> {
  return new Map(doc.pillars.flatMap((p) => p.indicators.map((indicator) => [indicator.code, { indicator, pillar: p.code }] as const)));
}

/** Each code's rank among the codes both sides share, pillar by pillar: a move, not a neighbour's removal. */
function relativeOrder(doc: TFrameworkDocument, shared: Set<string>): Map<string, string> {
  const order = new Map<string, string>();
  for (const p of doc.pillars) {
    p.indicators.filter((i) => shared.has(i.code)).forEach((i, rank) => order.set(i.code, `${p.code}#${rank}`));
  }
  return order;
}

function indicatorChange(before: Placed, after: Placed, moved: boolean): IndicatorChange | null {
  const fields: IndicatorField[] = [];
  const languages = new Set<(typeof LOCALES)[number]>();
  if (before.pillar !== after.pillar) fields.push("pillar");
  else if (moved) fields.push("position");
  const a = before.indicator;
  const b = after.indicator;
  if (a.weight !== b.weight) fields.push("weight");
  if (a.levelCount !== b.levelCount) fields.push("levelCount");
  for (const field of INDICATOR_TEXT_FIELDS) {
    const differing = field === "levels" ? changedLevelLanguages(a.levels, b.levels) : changedLanguages(a[field], b[field]);
    if (differing.length > 0) {
      fields.push(field);
      for (const l of differing) languages.add(l);
    }
  }
  if (!sameNumbers(a.articles.unCybercrime, b.articles.unCybercrime)) fields.push("articles.unCybercrime");
  if (!sameNumbers(a.articles.budapest, b.articles.budapest)) fields.push("articles.budapest");
  if (fields.length === 0) return null;
  // A descriptor more or fewer is a change of scale, whatever levelCount says.
  const textOnly = a.levels.length === b.levels.length && fields.every((f) => (INDICATOR_TEXT_FIELDS as readonly string[]).includes(f));
  return { code: b.code, pillar: after.pillar, fields, languages: LOCALES.filter((l) => languages.has(l)), textOnly };
}

/** The changes from `base` (e.g. the published version) to `next` (e.g. an imported draft). */
export function diffFrameworkDocuments(base: TFrameworkDocument, next: TFrameworkDocument): FrameworkDiff {
  const versionFields = (["name", "description"] as const).filter((f) => changedLanguages(base[f], next[f]).length > 0);

  const basePillars = new Map(base.pillars.map((p, i) => [p.code, { pillar: p, position: i }]));
  const nextPillars = new Map(next.pillars.map((p, i) => [p.code, { pillar: p, position: i }]));
  const sharedPillars = base.pillars.map((p) => p.code).filter((c) => nextPillars.has(c));
  const nextSharedOrder = next.pillars.map((p) => p.code).filter((c) => basePillars.has(c));
  const pillarChanges: PillarChange[] = [];
  for (const [rank, code] of sharedPillars.entries()) {
    const a = basePillars.get(code)!.pillar;
    const b = nextPillars.get(code)!.pillar;
    const fields: PillarChange["fields"] = [];
    if (changedLanguages(a.name, b.name).length > 0) fields.push("name");
    if (changedLanguages(a.description, b.description).length > 0) fields.push("description");
    if (nextSharedOrder[rank] !== code) fields.push("position");
    if (fields.length > 0) pillarChanges.push({ code, fields });
  }
  // In the newer document's order, so a report reads like the questionnaire.
  pillarChanges.sort((x, y) => nextPillars.get(x.code)!.position - nextPillars.get(y.code)!.position);

  const before = indicatorsByCode(base);
  const after = indicatorsByCode(next);
  const shared = new Set([...before.keys()].filter((c) => after.has(c)));
  const beforeOrder = relativeOrder(base, shared);
  const afterOrder = relativeOrder(next, shared);
  const changed: IndicatorChange[] = [];
  for (const [code, placed] of after) {
    const old = before.get(code);
    if (!old) continue;
    const change = indicatorChange(old, placed, beforeOrder.get(code) !== afterOrder.get(code));
    if (change) changed.push(change);
  }

  const pillars = {
    added: next.pillars.map((p) => p.code).filter((c) => !basePillars.has(c)),
    removed: base.pillars.map((p) => p.code).filter((c) => !nextPillars.has(c)),
    changed: pillarChanges,
  };
  const indicators = {
    added: [...after].filter(([c]) => !before.has(c)).map(([code, p]) => ({ code, pillar: p.pillar })),
    removed: [...before].filter(([c]) => !after.has(c)).map(([code, p]) => ({ code, pillar: p.pillar })),
    changed,
  };
  const isEmpty =
    versionFields.length === 0 &&
    pillars.added.length + pillars.removed.length + pillars.changed.length === 0 &&
    indicators.added.length + indicators.removed.length + indicators.changed.length === 0;
  return { from: base.version, to: next.version, versionFields, pillars, indicators, isEmpty };
}
