// The editor's one pillar in one language (ZFrameworkPillarEdit) to and from a whole framework
// document (pure, unit-tested): the values the form opens with, the document a save makes of them,
// and where on the form a problem of the merged document belongs.
import type { Locale } from "../i18n/config";
import type { DocumentIssue, TFrameworkDocument } from "./document";
import type { TFrameworkPillarEdit } from "./schemas";

/** The form's values, without what the page adds (mode, fingerprint, reason). */
export type PillarEditValues = Omit<TFrameworkPillarEdit, "mode" | "fingerprint" | "reason">;

/** The texts of one pillar (and the version's own) in `language`, with the label, codes and weights. */
export function pillarEditValues(document: TFrameworkDocument, pillarCode: string, language: Locale): PillarEditValues | null {
  const pillar = document.pillars.find((p) => p.code === pillarCode);
  if (!pillar) return null;
  return {
    language,
    pillarCode,
    label: document.version,
    name: document.name[language],
    description: document.description[language],
    pillar: {
      name: pillar.name[language],
      description: pillar.description[language],
      indicators: pillar.indicators.map((i) => ({
        code: i.code,
        weight: i.weight,
        title: i.title[language],
        question: i.question[language],
        guidance: i.guidance[language],
        evidenceGuidance: i.evidenceGuidance[language],
        levels: i.levels.map((descriptor) => descriptor[language]),
      })),
    },
  };
}

/**
 * The stored document with the edit put in: the edited language's texts of the version and of the
 * pillar and its indicators (matched by position: a draft's edit may change their codes), and for a
 * draft the label, codes and weights. Null when the edit does not fit the document (no such pillar,
 * another number of indicators or of levels): the version changed since the editor opened.
 */
export function mergePillarEdit(stored: TFrameworkDocument, edit: TFrameworkPillarEdit): TFrameworkDocument | null {
  const document = structuredClone(stored);
  const pillar = document.pillars.find((p) => p.code === edit.pillarCode);
  if (!pillar || pillar.indicators.length !== edit.pillar.indicators.length) return null;
  const l = edit.language;
  if (edit.pillar.indicators.some((e, index) => e.levels.length !== pillar.indicators[index].levels.length)) return null;
  document.name[l] = edit.name;
  document.description[l] = edit.description;
  pillar.name[l] = edit.pillar.name;
  pillar.description[l] = edit.pillar.description;
  for (const [index, e] of edit.pillar.indicators.entries()) {
    const indicator = pillar.indicators[index];
    indicator.title[l] = e.title;
    indicator.question[l] = e.question;
    indicator.guidance[l] = e.guidance;
    indicator.evidenceGuidance[l] = e.evidenceGuidance;
    e.levels.forEach((descriptor, level) => (indicator.levels[level][l] = descriptor));
    // A text revision changes wording only: the structure stays the stored one, whatever was sent.
    if (edit.mode === "draft") {
      indicator.code = e.code;
      indicator.weight = e.weight;
    }
  }
  if (edit.mode === "draft") document.version = edit.label;
  return document;
}

/** A problem of the merged document at a field of the form: the field's path and its message key. */
export interface EditFieldError {
  field: string;
  key: "code" | "weight" | "label" | "text";
}

/**
 * Where the form shows a problem of the merged document (a DocumentIssue's path such as
 * `pillars.2.indicators.1.title.fr`), or null when the form does not show that field (another
 * pillar, another language): such problems are listed as they are.
 */
export function editFieldOfIssue(issue: DocumentIssue, pillarIndex: number, language: Locale): EditFieldError | null {
  const path = issue.path.split(".");
  const textIn = (rest: string[], field: string): EditFieldError | null => (rest.length === 1 && rest[0] === language ? { field, key: "text" } : null);
  if (path[0] === "version" && path.length === 1) return { field: "label", key: "label" };
  if ((path[0] === "name" || path[0] === "description") && path.length === 2) return textIn(path.slice(1), path[0]);
  if (path[0] !== "pillars" || path[1] !== String(pillarIndex)) return null;
  const rest = path.slice(2);
  if ((rest[0] === "name" || rest[0] === "description") && rest.length === 2) return textIn(rest.slice(1), `pillar.${rest[0]}`);
  if (rest[0] !== "indicators" || !/^\d+$/.test(rest[1] ?? "")) return null;
  const at = `pillar.indicators.${rest[1]}`;
  const [field, ...tail] = rest.slice(2);
  if ((field === "code" || field === "weight") && tail.length === 0) return { field: `${at}.${field}`, key: field };
  if (field === "levels" && tail.length === 2 && /^\d+$/.test(tail[0])) return textIn(tail.slice(1), `${at}.levels.${tail[0]}`);
  if (["title", "question", "guidance", "evidenceGuidance"].includes(field)) return textIn(tail, `${at}.${field}`);
  return null;
}
