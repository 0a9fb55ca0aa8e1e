import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../i18n/config";
import { CONVENTION_ARTICLES_PATH, CONVENTIONS, chapterOf, conventionArticle, conventionArticles, lastArticleOf, loadConventionArticles, type ConventionCode } from "./articles";

const raw = JSON.parse(readFileSync(path.join(process.cwd(), CONVENTION_ARTICLES_PATH), "utf8")) as { articles: { convention: string; number: number }[] };

// The chapters as product.md ("Article references for indicators") and ETS 185 give them:
// [first article, last article, chapter].
const CHAPTERS: Record<ConventionCode, readonly (readonly [number, number, number])[]> = {
  UNCC: [
    [1, 6, 1],
    [7, 21, 2],
    [22, 22, 3],
    [23, 34, 4],
    [35, 52, 5],
    [53, 53, 6],
    [54, 56, 7],
    [57, 58, 8],
    [59, 68, 9],
  ],
  // I use of terms; II national measures (substantive law 2-13, procedural law 14-21, jurisdiction
  // 22); III international co-operation; IV final provisions.
  BUDAPEST: [
    [1, 1, 1],
    [2, 22, 2],
    [23, 35, 3],
    [36, 48, 4],
  ],
};

describe("the Convention articles data file", () => {
  it("lists every article of both Conventions exactly once, and nothing else", () => {
    for (const [convention, last] of [
      ["UNCC", 68],
      ["BUDAPEST", 48],
    ] as const) {
      const numbers = raw.articles.filter((a) => a.convention === convention).map((a) => a.number);
      expect(numbers).toEqual(Array.from({ length: last }, (_, i) => i + 1));
      expect(lastArticleOf(convention)).toBe(last);
    }
    expect(raw.articles).toHaveLength(68 + 48);
    expect(conventionArticles.articles).toHaveLength(68 + 48);
  });

  it("puts each article in its chapter", () => {
    for (const convention of CONVENTIONS) {
      for (const [from, to, chapter] of CHAPTERS[convention]) {
        for (let n = from; n <= to; n++) expect(conventionArticle(convention, n)?.chapter, `${convention} ${n}`).toBe(chapter);
      }
    }
    expect(chapterOf("UNCC", 69)).toBeNull();
    expect(chapterOf("BUDAPEST", 0)).toBeNull();
  });

  it("gives every article a title in each of the six languages, and the English headings the product names", () => {
    for (const a of conventionArticles.articles) {
      expect(Object.keys(a.title).sort()).toEqual([...LOCALES].sort());
      for (const l of LOCALES) expect(a.title[l].trim(), `${a.convention} ${a.number} ${l}`).not.toBe("");
    }
    expect(conventionArticle("UNCC", 7)?.title.en).toBe("Illegal access");
    expect(conventionArticle("UNCC", 6)?.title.en).toBe("Respect for human rights");
    expect(conventionArticle("UNCC", 41)?.title.en).toBe("24/7 network");
    expect(conventionArticle("BUDAPEST", 35)?.title.en).toBe("24/7 Network");
    expect(conventionArticle("BUDAPEST", 18)?.title.en).toBe("Production order");
  });

  it("says where the titles come from and that the translations are to be checked", () => {
    expect(conventionArticles.source).toMatch(/official language versions/);
  });

  it("refuses a file with a duplicate, an unknown Convention, an empty or missing title", () => {
    const title = Object.fromEntries(LOCALES.map((l) => [l, "t"]));
    const file = (articles: unknown[]) => ({ source: "s", articles });
    expect(() => loadConventionArticles(file([{ convention: "UNCC", number: 1, chapter: 1, title }, { convention: "UNCC", number: 1, chapter: 1, title }]))).toThrow(
      /articles\.1\.number: UNCC:1 is listed twice/,
    );
    expect(() => loadConventionArticles(file([{ convention: "ETS", number: 1, chapter: 1, title }]))).toThrow(/articles\.0\.convention/);
    expect(() => loadConventionArticles(file([{ convention: "UNCC", number: 1, chapter: 1, title: { ...title, ar: " " } }]))).toThrow(/articles\.0\.title\.ar: must not be empty/);
    const { zh: _zh, ...five } = title;
    expect(() => loadConventionArticles(file([{ convention: "UNCC", number: 1, chapter: 1, title: five }]))).toThrow(/articles\.0\.title\.zh/);
  });
});
