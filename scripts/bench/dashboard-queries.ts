// Run by the bench in a process of its own (tsx --conditions=react-server, like the maintenance
// script, so lib/dashboard's "server-only" import resolves), on the bench's database:
// calls getRoundDashboard in-process for each round given, counting the SQL statements it sends
// (a wrapper on pg.Client.prototype.query, as lib/dashboard/service.integration.test.ts spies on it)
// and timing it, split into the time some statement was in flight ("SQL") and the rest (Prisma's
// own work, scoring, shaping the result). Prints one line: DASHBOARD_QUERIES <json>.
//   BENCH_ROUNDS  JSON [{ "label": "...", "roundId": "..." }]
//   BENCH_ACTOR   email of the user the dashboards are read as (must be allowed to read them all)
import pg from "pg";
import { loadActor } from "../../lib/auth/actor";
import { getRoundDashboard } from "../../lib/dashboard/service";
import { getDb, getPool } from "../../lib/db";

const RUNS = Number(process.env.BENCH_QUERY_RUNS ?? 30);

let statements = 0;
let inFlight = 0;
let sqlStarted = 0;
let sqlMs = 0;

function begin(): void {
  statements += 1;
  if (inFlight++ === 0) sqlStarted = performance.now();
}
function end(): void {
  if (--inFlight === 0) sqlMs += performance.now() - sqlStarted;
}

type QueryFn = (...args: unknown[]) => unknown;
const original = pg.Client.prototype.query as unknown as QueryFn;
(pg.Client.prototype as unknown as { query: QueryFn }).query = function countedQuery(this: pg.Client, ...args: unknown[]): unknown {
  begin();
  const last = args.length - 1;
  if (typeof args[last] === "function") {
    const callback = args[last] as (...r: unknown[]) => void;
    args[last] = (...r: unknown[]) => {
      end();
      callback(...r);
    };
    return original.apply(this, args);
  }
  const result = original.apply(this, args);
  if (result && typeof (result as Promise<unknown>).then === "function") (result as Promise<unknown>).then(end, end);
  else end();
  return result;
};

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const rounds = JSON.parse(process.env.BENCH_ROUNDS ?? "[]") as { label: string; roundId: string }[];
const email = process.env.BENCH_ACTOR ?? "";
const {
  rows: [user],
} = await getPool().query<{ id: string; session_version: number }>("SELECT id, session_version FROM users WHERE email = $1", [email]);
const actor = user ? await loadActor(user.id, user.session_version) : null;
if (!actor) throw new Error(`no actor for ${email}`);

const results: { label: string; roundId: string; trend: number; statements: number; p50Ms: number; p95Ms: number; sqlP50Ms: number }[] = [];
for (const { label, roundId } of rounds) {
  // A first call opens the pool's connections and warms the JIT; it is not counted.
  const { trend } = await getRoundDashboard(actor, roundId);
  statements = 0;
  await getRoundDashboard(actor, roundId);
  const perRequest = statements;
  const total: number[] = [];
  const sql: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    sqlMs = 0;
    const t0 = performance.now();
    await getRoundDashboard(actor, roundId);
    total.push(performance.now() - t0);
    sql.push(sqlMs);
  }
  total.sort((a, b) => a - b);
  sql.sort((a, b) => a - b);
  results.push({ label, roundId, trend: trend.length, statements: perRequest, p50Ms: quantile(total, 0.5), p95Ms: quantile(total, 0.95), sqlP50Ms: quantile(sql, 0.5) });
}
console.log(`DASHBOARD_QUERIES ${JSON.stringify(results)}`);
await getDb().$disconnect();
process.exit(0);
