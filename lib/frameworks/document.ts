// The framework document: one version of the assessment framework as a data file (all six
// languages), the format of prisma/frameworks/*.json, of the export and of the import. The published
// JSON Schema (prisma/frameworks/framework.schema.json) is generated from this zod schema
// (`npm run framework:schema`); a unit test fails when the two drift apart.
//
// The document carries everything the database holds of a version: framework_versions (label,
// name, description), pillars (code, order, name, description) and indicators (code, pillar, order,
// weight, texts, level descriptors, Convention articles). Order is the order of the arrays.
// Rules JSON Schema cannot say (unique codes, a code's pillar prefix, as many descriptors as levels)
// are checked by the refinement below, with a path and a plain message for each problem.
import { z } from "zod";
import { conventionArticle, lastArticleOf, type ConventionCode } from "../conventions/articles";
import { LOCALES } from "../i18n/config";

/** The version of this document format (not of the framework): bumped on an incompatible change. */
export const FRAMEWORK_DOCUMENT_FORMAT = 1;

/**
 * Maturity levels 0..4 (none, initial, developing, established, advanced). The scale is fixed by
 * the database (answers' and targets' range checks) and by scoring, so every indicator has five.
 */
export const LEVEL_COUNT = 5;

/** The largest document the import takes (framework v1 is about 600 KB). */
export const FRAMEWORK_DOCUMENT_MAX_BYTES = 4 * 1024 * 1024;

const ZNonEmpty = z.string().trim().min(1, "must not be empty");

/** A text in all six UN languages; none may be missing or empty. */
export const ZLocalizedText = z
  .strictObject(Object.fromEntries(LOCALES.map((l) => [l, ZNonEmpty])) as Record<(typeof LOCALES)[number], typeof ZNonEmpty>)
  .meta({ id: "FrameworkLocalizedText", description: "The same text in the six UN languages (en, fr, es, ru, zh, ar)." });

// An article exists when the Conventions' data file lists it (lib/conventions, the rows of the
// convention_articles table that indicator_articles references): the one rule, for the seed, the
// import and the text revision alike. The bounds are there for the published JSON Schema.
function articleList(convention: ConventionCode, name: string) {
  const max = lastArticleOf(convention);
  return z
    .array(
      z
        .int()
        .min(1)
        .max(max)
        // Checked once the number is a whole number in range (one problem per number, not two).
        .refine((n) => conventionArticle(convention, n) !== undefined, {
          message: `is not an article of the ${name}`,
          when: (payload) => payload.issues.length === 0,
        }),
    )
    .refine((list) => new Set(list).size === list.length, { message: "names an article twice" })
    .meta({ description: `Article numbers of the ${name} (1 to ${max}), each once.`, uniqueItems: true });
}

export const ZIndicatorDocument = z.strictObject({
  code: z
    .string()
    .regex(/^[A-Z]{2,5}-\d{2}$/, "must look like INV-03 (the pillar code, a dash, two digits)")
    .meta({ description: "Stable code, `<PILLAR>-<two digits>`; never reused for another meaning across versions." }),
  weight: z.int().min(1).max(3).meta({ description: "Relative importance when ranking gaps: 1 normal, 2 important, 3 critical." }),
  title: ZLocalizedText,
  question: ZLocalizedText,
  guidance: ZLocalizedText,
  levelCount: z.literal(LEVEL_COUNT).meta({ description: "How many maturity levels (0..4): always 5 in this format." }),
  levels: z.array(ZLocalizedText).meta({ description: "One descriptor per maturity level, from level 0 up; as many as levelCount." }),
  evidenceGuidance: ZLocalizedText,
  articles: z
    .strictObject({
      unCybercrime: articleList("UNCC", "United Nations Convention against Cybercrime"),
      budapest: articleList("BUDAPEST", "Budapest Convention (ETS 185)"),
    })
    .meta({ description: "The Convention articles the indicator refers to." }),
}).meta({ id: "FrameworkIndicator", description: "One indicator: a question rated on the maturity scale." });

export const ZPillarDocument = z.strictObject({
  code: z.string().regex(/^[A-Z]{2,5}$/, "must be 2 to 5 capital letters").meta({ description: "Stable pillar code, e.g. INV." }),
  name: ZLocalizedText,
  description: ZLocalizedText,
  indicators: z.array(ZIndicatorDocument).min(1, "a pillar needs at least one indicator"),
}).meta({ id: "FrameworkPillar", description: "One pillar and its indicators, in the order they are asked." });

const ZDocumentShape = z.strictObject({
  $schema: z.string().optional().meta({ description: "The JSON Schema this file follows (ignored on import)." }),
  format: z.literal(FRAMEWORK_DOCUMENT_FORMAT).meta({ description: "Version of this document format." }),
  version: z
    .string()
    .regex(/^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$/, "must be a short label such as 1.0 or 2026-2 (letters, digits, . _ -)")
    .meta({ description: "The version's label, unique among versions, e.g. 1.0." }),
  name: ZLocalizedText,
  description: ZLocalizedText,
  pillars: z.array(ZPillarDocument).min(1, "a framework needs at least one pillar"),
});

/** The document, with the checks across its parts. */
export const ZFrameworkDocument = ZDocumentShape.superRefine((doc, ctx) => {
  const pillarCodes = new Set<string>();
  const indicatorCodes = new Map<string, string>();
  for (const [p, pillar] of doc.pillars.entries()) {
    if (pillarCodes.has(pillar.code)) ctx.addIssue({ code: "custom", path: ["pillars", p, "code"], message: `pillar code ${pillar.code} is used twice` });
    pillarCodes.add(pillar.code);
    for (const [i, indicator] of pillar.indicators.entries()) {
      const path = ["pillars", p, "indicators", i];
      if (!indicator.code.startsWith(`${pillar.code}-`)) {
        ctx.addIssue({ code: "custom", path: [...path, "code"], message: `indicator ${indicator.code} must start with its pillar's code ${pillar.code}-` });
      }
      const first = indicatorCodes.get(indicator.code);
      if (first) ctx.addIssue({ code: "custom", path: [...path, "code"], message: `indicator code ${indicator.code} is used twice (first at ${first})` });
      else indicatorCodes.set(indicator.code, path.join("."));
      if (indicator.levels.length !== indicator.levelCount) {
        ctx.addIssue({
          code: "custom",
          path: [...path, "levels"],
          message: `indicator ${indicator.code} has ${indicator.levels.length} level descriptors for ${indicator.levelCount} levels`,
        });
      }
    }
  }
});

export type TLocalizedText = z.infer<typeof ZLocalizedText>;
export type TIndicatorDocument = z.infer<typeof ZIndicatorDocument>;
export type TPillarDocument = z.infer<typeof ZPillarDocument>;
export type TFrameworkDocument = z.infer<typeof ZFrameworkDocument>;

export interface DocumentIssue {
  /** Where, as a dotted path into the document (`pillars.1.indicators.0.title.fr`); "" for the whole. */
  path: string;
  message: string;
}

export type DocumentParse = { ok: true; document: TFrameworkDocument } | { ok: false; issues: DocumentIssue[] };

/** Validates a framework document (parsed JSON); every problem is reported, each with its path. */
export function parseFrameworkDocument(input: unknown): DocumentParse {
  const result = ZFrameworkDocument.safeParse(input);
  if (result.success) return { ok: true, document: result.data };
  return { ok: false, issues: result.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })) };
}

/** Like parseFrameworkDocument, for reference data that must be valid: throws, listing the problems. */
export function loadFrameworkDocument(input: unknown, source: string): TFrameworkDocument {
  const parsed = parseFrameworkDocument(input);
  if (parsed.ok) return parsed.document;
  const lines = parsed.issues.slice(0, 20).map((i) => `  ${i.path || "(document)"}: ${i.message}`);
  const more = parsed.issues.length > 20 ? `\n  ... and ${parsed.issues.length - 20} more` : "";
  throw new Error(`${source} is not a valid framework document:\n${lines.join("\n")}${more}`);
}

/** The published JSON Schema of the document (what the file framework.schema.json holds). */
export function frameworkJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ZDocumentShape, { target: "draft-2020-12", io: "input" }),
    title: "Cybercap framework document",
    description:
      "One version of the Cybercap assessment framework: its pillars, indicators, maturity level descriptors and Convention article references, in the six UN languages. Beyond this schema, an importer also checks that pillar and indicator codes are unique, that each indicator's code starts with its pillar's code, and that there are as many level descriptors as levels.",
  };
}

/** The committed JSON Schema file, from the repository's root. */
export const FRAMEWORK_SCHEMA_PATH = "prisma/frameworks/framework.schema.json";

/** The JSON Schema as the file holds it (two-space indentation, final newline). */
export function frameworkJsonSchemaText(): string {
  return `${JSON.stringify(frameworkJsonSchema(), null, 2)}\n`;
}
