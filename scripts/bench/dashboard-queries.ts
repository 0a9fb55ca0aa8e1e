// Run by the bench in a process of its own (tsx --conditions=react-server, like the maintenance
// script, so lib/dashboard's "server-only" import resolves), on the bench's database:
// calls getRoundDashboard in-process for each round given, counting the SQL statements it sends
// (a wrapper on pg.Client.prototype.query, as lib/dashboard/service.integration.test.ts spies on it)
// and timing it, split into the time some statement was in flight ("SQL") and the rest (Prisma's
// own work, scoring, shaping the result). Prints one line: DASHBOARD_QUERIES <json>.
//   BENCH_ROUNDS  JSON [{ "label": "...", "roundId": "..." }]
//   BENCH_ACTOR   email of the user the dashboards are read as (must be allowed to read them all)
import { loadActor } from "../../lib/auth/actor";
import { getRoundDashboard } from "../../lib/dashboard/service";
import { getDb, getPool } from "../../lib/db";

import { measureCalls } from "./statement-counter";

const rounds = JSON.parse(process.env.BENCH_ROUNDS ?? "[]") as { label: string; roundId: string }[];
const email = process.env.BENCH_ACTOR ?? "";
const {
  rows: [user],
} = await getPool().query<{ id: string; session_version: number }>("SELECT id, session_version FROM users WHERE email = $1", [email]);
const actor = user ? await loadActor(user.id, user.session_version) : null;
if (!actor) throw new Error(`no actor for ${email}`);

const results: { label: string; roundId: string; trend: number; statements: number; p50Ms: number; p95Ms: number; sqlP50Ms: number }[] = [];
for (const { label, roundId } of rounds) {
  const { trend } = await getRoundDashboard(actor, roundId);
  results.push({ label, roundId, trend: trend.length, ...(await measureCalls(() => getRoundDashboard(actor, roundId))) });
}
console.log(`DASHBOARD_QUERIES ${JSON.stringify(results)}`);
await getDb().$disconnect();
process.exit(0);
