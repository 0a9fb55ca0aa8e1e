// npx tsx scripts/convention-articles-sql.ts: prints the INSERT of every row of
// prisma/frameworks/convention-articles.json into convention_articles, as SQL. It wrote the seeding
// part of migration 20261202070000_convention_articles; run it again to compare a database or to
// start a migration of new rows. (A corrected title needs no migration: the seed brings the table in
// step with the file at every start; see docs/frameworks.md, "The Convention articles".)
import { conventionArticles } from "../lib/conventions/articles";

/** A SQL string literal (standard_conforming_strings is on: only quotes are doubled). */
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

const rows = conventionArticles.articles.map(
  (a) => `  (${literal(a.convention)}, ${a.number}, ${a.chapter}, ${literal(JSON.stringify(a.title))})`,
);
process.stdout.write(`INSERT INTO "convention_articles" ("convention", "number", "chapter", "title") VALUES\n${rows.join(",\n")};\n`);
