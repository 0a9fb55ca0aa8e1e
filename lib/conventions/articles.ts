// The articles of the two Conventions indicators refer to: the UN Convention against Cybercrime
// (A/RES/79/243, "UNCC") and the Budapest Convention (ETS 185, "BUDAPEST"), each with its chapter
// and its title in the six languages. One data file, prisma/frameworks/convention-articles.json,
// validated here when the module loads (a broken file fails at once, with its problems).
//
// The file is the source; the table convention_articles is its copy in the database (seeded by
// migration 20261202070000_convention_articles, kept equal to the file by the seed at every start),
// which indicator_articles references by foreign key. Pure code reads the file through this module:
// the framework document's validation (which article numbers exist) and the scoring module (an
// article's chapter), which must stay free of the database. Pages read the titles from the table,
// with the indicators that reference them.
import { z } from "zod";
import { LOCALES, type Locale } from "../i18n/config";
// The attribute lets plain Node (Playwright's specs import the scoring module) load the file too.
import articlesJson from "../../prisma/frameworks/convention-articles.json" with { type: "json" };

/** The codes of the Conventions, as the scoring module and the database name them. */
export const CONVENTIONS = ["UNCC", "BUDAPEST"] as const;
export type ConventionCode = (typeof CONVENTIONS)[number];

export const CONVENTION_ARTICLES_PATH = "prisma/frameworks/convention-articles.json";

const ZTitle = z.string().trim().min(1, "must not be empty");

export const ZConventionArticle = z.strictObject({
  convention: z.enum(CONVENTIONS),
  number: z.int().min(1),
  chapter: z.int().min(1),
  title: z.strictObject(Object.fromEntries(LOCALES.map((l) => [l, ZTitle])) as Record<Locale, typeof ZTitle>),
});
export type TConventionArticle = z.infer<typeof ZConventionArticle>;

export const ZConventionArticles = z
  .strictObject({
    /** Where the titles come from and how far they can be trusted (read it before relying on them). */
    source: z.string().trim().min(1),
    articles: z.array(ZConventionArticle).min(1),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    for (const [index, a] of file.articles.entries()) {
      const key = `${a.convention}:${a.number}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["articles", index, "number"], message: `${key} is listed twice` });
      seen.add(key);
    }
  });
export type TConventionArticles = z.infer<typeof ZConventionArticles>;

/** Parses the data file's JSON; throws with every problem and its path. */
export function loadConventionArticles(input: unknown, source = CONVENTION_ARTICLES_PATH): TConventionArticles {
  const parsed = ZConventionArticles.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`);
    throw new Error(`${source} is not a valid list of Convention articles:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const conventionArticles: TConventionArticles = loadConventionArticles(articlesJson);

const byKey = new Map(conventionArticles.articles.map((a) => [`${a.convention}:${a.number}`, a]));

/** One article, or undefined when the Convention has no such article. */
export function conventionArticle(convention: ConventionCode, number: number): TConventionArticle | undefined {
  return byKey.get(`${convention}:${number}`);
}

/** The chapter of an article, or null when the number is not an article of the Convention. */
export function chapterOf(convention: ConventionCode, number: number): number | null {
  return conventionArticle(convention, number)?.chapter ?? null;
}

/** The highest article number of a Convention (the framework document's JSON Schema bound). */
export function lastArticleOf(convention: ConventionCode): number {
  return Math.max(...conventionArticles.articles.filter((a) => a.convention === convention).map((a) => a.number));
}

/** An indicator's reference to an article (a row of indicator_articles without the indicator). */
export interface ArticleRef {
  convention: ConventionCode;
  number: number;
}

/**
 * References as the framework document writes them: one list of numbers per Convention, in
 * ascending order. An indicator's references are a set (the table has no order), so the order of a
 * document's lists carries no meaning (the diff compares them as sets).
 */
export function documentArticles(refs: readonly ArticleRef[]): { unCybercrime: number[]; budapest: number[] } {
  const numbers = (convention: ConventionCode) =>
    refs
      .filter((r) => r.convention === convention)
      .map((r) => r.number)
      .sort((a, b) => a - b);
  return { unCybercrime: numbers("UNCC"), budapest: numbers("BUDAPEST") };
}

/** The framework document's lists as references (rows of indicator_articles). */
export function articleRefs(articles: { unCybercrime: readonly number[]; budapest: readonly number[] }): ArticleRef[] {
  return [
    ...articles.unCybercrime.map((number) => ({ convention: "UNCC" as const, number })),
    ...articles.budapest.map((number) => ({ convention: "BUDAPEST" as const, number })),
  ];
}
