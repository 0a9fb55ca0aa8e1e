// npm run seed:large: a large data set for benchmarking, in a database of its own (never the one the
// app runs on): every one of the 193 countries with five cycles (2022-2026) on every indicator,
// older cycles validated and the latest at mixed stages, evidence on about one answer in five, an
// administrator and one officer per programme region. Generated in SQL (a few statements), so it
// takes seconds, and deterministic (levels from a hash of country, cycle and indicator).
//
//   npm run seed:large                       # database cybercap_large on DATABASE_URL's server,
//                                            # or on the embedded PostgreSQL when it is unset
//   npm run seed:large -- --database <name>  # another database name
//
// The database is dropped and created again. It prints its URL and the accounts' password
// (LARGE_SEED_PASSWORD, default below): run the app on it with DATABASE_URL=<that URL>.
import pg from "pg";
import { hashPassword } from "../lib/auth/password";
import { openDatabase, prepareDatabase } from "./lib/database";
import { seedLargeDataset } from "./lib/large-dataset";

const args = process.argv.slice(2);
const nameArg = args.indexOf("--database");
const name = nameArg >= 0 ? args[nameArg + 1] : "cybercap_large";
if (!name || !/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
  console.error("--database takes a lower-case PostgreSQL name (letters, digits, underscores)");
  process.exit(2);
}
const password = process.env.LARGE_SEED_PASSWORD ?? "large-data-set-2026";

const server = await openDatabase({ log: console.log, shareRunning: true, owner: { command: "npm run seed:large" } });
try {
  const adminUrl = new URL(server.url);
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  if (name === adminUrl.pathname.slice(1)) throw new Error(`refusing to replace the database the app uses (${name})`);
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();

  const url = new URL(server.url);
  url.pathname = `/${name}`;
  console.log(`seeding ${name}: migrations and reference data`);
  await prepareDatabase(url.toString(), { demo: false, embedded: false, allowExternalDemo: false, log: () => {} });

  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  const started = Date.now();
  const counts = await seedLargeDataset(db, await hashPassword(password));
  await db.end();
  console.log(`seeded ${counts.rounds} rounds, ${counts.answers} answers and ${counts.evidence} evidence items in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`database: ${url.toString()}`);
  console.log(`accounts (password "${password}"): admin@large.example.org, officer.<region code>@large.example.org`);
} finally {
  await server.stop();
}
