// Run by the bench in a process of its own (tsx --conditions=react-server) on the large data set:
// calls getPortfolio in-process as each account given, counting its SQL statements and timing it
// (statement-counter.ts). Prints one line: PORTFOLIO_QUERIES <json>.
//   BENCH_ACTORS  JSON [{ "label": "...", "email": "..." }]
import { loadActor } from "../../lib/auth/actor";
import { getDb, getPool } from "../../lib/db";
import { getPortfolio } from "../../lib/portfolio/service";
import { measureCalls } from "./statement-counter";

const actors = JSON.parse(process.env.BENCH_ACTORS ?? "[]") as { label: string; email: string }[];
const results: { label: string; countries: number; statements: number; p50Ms: number; p95Ms: number; sqlP50Ms: number }[] = [];
for (const { label, email } of actors) {
  const {
    rows: [user],
  } = await getPool().query<{ id: string; session_version: number }>("SELECT id, session_version FROM users WHERE email = $1", [email]);
  const actor = user ? await loadActor(user.id, user.session_version) : null;
  if (!actor) throw new Error(`no actor for ${email}`);
  const filters = { region: null, status: null, cycle: null };
  const { countries } = await getPortfolio(actor, filters);
  results.push({ label, countries: countries.length, ...(await measureCalls(() => getPortfolio(actor, filters))) });
}
console.log(`PORTFOLIO_QUERIES ${JSON.stringify(results)}`);
await getDb().$disconnect();
process.exit(0);
