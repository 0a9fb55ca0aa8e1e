// The Convention articles in the database (migration 20261202070000): the table holds the data
// file's rows, indicators reference them by foreign key (an unknown article is refused, by the
// import's validation and by the database), and a published version's references never change.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { importFrameworkDocument } from "../frameworks/import";
import { writeDraftVersion } from "../frameworks/rows";
import { exportFrameworkDocument, getFrameworkVersion } from "../frameworks/service";
import { testDocument } from "../frameworks/test-documents";
import { makeUser } from "../testing/fixtures";
import { conventionArticles } from "./articles";

const label = () => `test-articles-${randomBytes(4).toString("hex")}`;

async function v1Id(): Promise<string> {
  return (await getDb().frameworkVersion.findUniqueOrThrow({ where: { version: "1.0" }, select: { id: true } })).id;
}

describe("convention_articles", () => {
  it("holds exactly the rows of the data file", async () => {
    const rows = await getDb().conventionArticle.findMany({ orderBy: [{ convention: "asc" }, { number: "asc" }] });
    expect(rows).toEqual(conventionArticles.articles.map((a) => ({ convention: a.convention, number: a.number, chapter: a.chapter, title: a.title })));
  });
});

describe("an indicator's Convention articles", () => {
  it("are written with the draft, read back in the API with their titles, and exported as number lists", async () => {
    const admin = await makeUser({ isAdmin: true });
    const document = testDocument(label());
    // Any order in; the references are a set, exported in ascending order.
    document.pillars[0].indicators[0].articles = { unCybercrime: [41, 7], budapest: [35] };
    const { id } = await importFrameworkDocument(admin, document);

    const rows = await getDb().indicatorArticle.findMany({
      where: { indicator: { frameworkVersionId: id, code: "INV-01" } },
      select: { convention: true, number: true },
      orderBy: [{ convention: "asc" }, { number: "asc" }],
    });
    expect(rows).toEqual([
      { convention: "UNCC", number: 7 },
      { convention: "UNCC", number: 41 },
      { convention: "BUDAPEST", number: 35 },
    ]);

    const fr = await getFrameworkVersion(admin, id, "fr");
    const inv01 = fr.pillars[0].indicators[0];
    expect(inv01.articles).toEqual({ unCybercrime: [7, 41], budapest: [35] });
    expect(inv01.conventionArticles).toEqual([
      { convention: "UNCC", number: 7, chapter: 2, title: "Accès illicite" },
      { convention: "UNCC", number: 41, chapter: 5, title: "Réseau 24/7" },
      { convention: "BUDAPEST", number: 35, chapter: 3, title: "Réseau 24/7" },
    ]);

    const exported = await exportFrameworkDocument(admin, id);
    expect(exported.pillars[0].indicators[0].articles).toEqual({ unCybercrime: [7, 41], budapest: [35] });
    expect(exported.pillars[1].indicators[0].articles).toEqual({ unCybercrime: [7], budapest: [2] });
  });

  it("refuse an article the Conventions do not have: the import says where, the database refuses the row", async () => {
    const admin = await makeUser({ isAdmin: true });
    const document = testDocument(label());
    document.pillars[0].indicators[1].articles = { unCybercrime: [7, 69], budapest: [49] };
    const error = await importFrameworkDocument(admin, document).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "FRAMEWORK_INVALID",
      details: { issues: [{ path: "pillars.0.indicators.1.articles.unCybercrime.1" }, { path: "pillars.0.indicators.1.articles.budapest.0" }] },
    });
    expect(await getDb().frameworkVersion.count({ where: { version: document.version } })).toBe(0);

    // Written past the document's validation, the reference fails the foreign key to
    // convention_articles, and the transaction takes the half-written draft with it.
    await expect(getDb().$transaction((tx) => writeDraftVersion(tx, document))).rejects.toThrow(/foreign key|indicator_articles_convention_number_fkey/i);
    expect(await getDb().frameworkVersion.count({ where: { version: document.version } })).toBe(0);
  });

  it("change while the version is a draft, go with its deletion, and never change in a published version", async () => {
    const admin = await makeUser({ isAdmin: true });
    const db = getDb();
    const { id } = await importFrameworkDocument(admin, testDocument(label()));
    const draftIndicator = await db.indicator.findFirstOrThrow({ where: { frameworkVersionId: id, code: "INV-01" }, select: { id: true } });
    await db.indicatorArticle.create({ data: { indicatorId: draftIndicator.id, convention: "UNCC", number: 53 } });
    await db.indicatorArticle.delete({ where: { indicatorId_convention_number: { indicatorId: draftIndicator.id, convention: "UNCC", number: 7 } } });
    expect(await db.indicatorArticle.count({ where: { indicatorId: draftIndicator.id } })).toBe(2);
    await db.frameworkVersion.delete({ where: { id } });
    expect(await db.indicatorArticle.count({ where: { indicatorId: draftIndicator.id } })).toBe(0);

    // Framework 1.0 is published: its references are refused every change.
    const v1 = await v1Id();
    const before = await db.indicatorArticle.findMany({ where: { indicator: { frameworkVersionId: v1 } }, orderBy: [{ indicatorId: "asc" }, { convention: "asc" }, { number: "asc" }] });
    expect(before.length).toBeGreaterThan(0);
    const one = before[0];
    const refused = /published and its Convention article references cannot be changed/;
    await expect(db.indicatorArticle.create({ data: { indicatorId: one.indicatorId, convention: "BUDAPEST", number: 47 } })).rejects.toThrow(refused);
    await expect(db.indicatorArticle.delete({ where: { indicatorId_convention_number: one } })).rejects.toThrow(refused);
    await expect(db.indicatorArticle.deleteMany({ where: { indicator: { frameworkVersionId: v1 } } })).rejects.toThrow(refused);
    await expect(db.indicatorArticle.update({ where: { indicatorId_convention_number: one }, data: { number: one.number === 1 ? 2 : 1 } })).rejects.toThrow(refused);
    // Nor can a reference be moved out of it into a draft.
    const { id: other } = await importFrameworkDocument(admin, testDocument(label()));
    const otherIndicator = await db.indicator.findFirstOrThrow({ where: { frameworkVersionId: other, code: "LEG-01" }, select: { id: true } });
    await expect(db.indicatorArticle.update({ where: { indicatorId_convention_number: one }, data: { indicatorId: otherIndicator.id } })).rejects.toThrow(refused);
    // An article that indicators reference is neither removed nor renumbered.
    await expect(db.conventionArticle.delete({ where: { convention_number: { convention: one.convention, number: one.number } } })).rejects.toThrow(/foreign key|restrict/i);

    const after = await db.indicatorArticle.findMany({ where: { indicator: { frameworkVersionId: v1 } }, orderBy: [{ indicatorId: "asc" }, { convention: "asc" }, { number: "asc" }] });
    expect(after).toEqual(before);
  });
});
