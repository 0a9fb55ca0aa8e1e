// What a text revision changes (pure, unit-tested): the structural differences that make a
// document more than a text revision of the stored version, and the list of texts that differ.
import { LOCALES } from "../i18n/config";
import type { TFrameworkDocument, TLocalizedText } from "./document";
import { INDICATOR_TEXT_FIELDS, type FrameworkDiff } from "./diff";

/** One text changed in one language. `field` is e.g. "title", or "levels.2" for level 2's descriptor. */
export interface TextChange {
  target: "version" | "pillar" | "indicator";
  /** The pillar's or indicator's code; the version's label for the version's own texts. */
  code: string;
  field: string;
  language: (typeof LOCALES)[number];
  before: string;
  after: string;
}

/** What makes `next` more than a text revision of `base`, one line each (empty: text only). */
export function structuralChanges(base: TFrameworkDocument, next: TFrameworkDocument, diff: FrameworkDiff): string[] {
  const out: string[] = [];
  if (base.version !== next.version) out.push(`label: ${base.version} -> ${next.version}`);
  for (const code of diff.pillars.added) out.push(`pillar ${code}: added`);
  for (const code of diff.pillars.removed) out.push(`pillar ${code}: removed`);
  for (const change of diff.pillars.changed) if (change.fields.includes("position")) out.push(`pillar ${change.code}: position`);
  for (const { code } of diff.indicators.added) out.push(`indicator ${code}: added`);
  for (const { code } of diff.indicators.removed) out.push(`indicator ${code}: removed`);
  for (const change of diff.indicators.changed) {
    if (change.textOnly) continue;
    const structural = change.fields.filter((f) => !(INDICATOR_TEXT_FIELDS as readonly string[]).includes(f));
    out.push(`indicator ${change.code}: ${(structural.length > 0 ? structural : ["levels"]).join(", ")}`);
  }
  return out;
}

function textChanges(target: TextChange["target"], code: string, field: string, a: TLocalizedText, b: TLocalizedText): TextChange[] {
  return LOCALES.filter((l) => a[l] !== b[l]).map((language) => ({ target, code, field, language, before: a[language], after: b[language] }));
}

/** Every text that differs, in document order (the two documents have the same structure). */
export function listTextChanges(base: TFrameworkDocument, next: TFrameworkDocument): TextChange[] {
  const out: TextChange[] = [
    ...textChanges("version", base.version, "name", base.name, next.name),
    ...textChanges("version", base.version, "description", base.description, next.description),
  ];
  const basePillars = new Map(base.pillars.map((p) => [p.code, p]));
  for (const p of next.pillars) {
    const old = basePillars.get(p.code)!;
    out.push(...textChanges("pillar", p.code, "name", old.name, p.name), ...textChanges("pillar", p.code, "description", old.description, p.description));
    const oldIndicators = new Map(old.indicators.map((i) => [i.code, i]));
    for (const i of p.indicators) {
      const o = oldIndicators.get(i.code)!;
      for (const field of ["title", "question", "guidance", "evidenceGuidance"] as const) out.push(...textChanges("indicator", i.code, field, o[field], i[field]));
      i.levels.forEach((descriptor, level) => out.push(...textChanges("indicator", i.code, `levels.${level}`, o.levels[level], descriptor)));
    }
  }
  return out;
}
