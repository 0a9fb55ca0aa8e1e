// Counts the SQL statements a call sends and times it, in the bench's helper processes
// (dashboard-queries.ts, portfolio-queries.ts): a wrapper on pg.Client.prototype.query, as
// lib/dashboard/service.integration.test.ts spies on it. "SQL" time is the time some statement was
// in flight; the rest is the ORM's own work, scoring and shaping the result.
import pg from "pg";

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

/** Statements per call (after a warm-up call, not counted) and the call's time over RUNS calls, one at a time. */
export async function measureCalls(call: () => Promise<unknown>): Promise<{ statements: number; p50Ms: number; p95Ms: number; sqlP50Ms: number }> {
  await call();
  statements = 0;
  await call();
  const perCall = statements;
  const total: number[] = [];
  const sql: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    sqlMs = 0;
    const t0 = performance.now();
    await call();
    total.push(performance.now() - t0);
    sql.push(sqlMs);
  }
  total.sort((a, b) => a - b);
  sql.sort((a, b) => a - b);
  return { statements: perCall, p50Ms: quantile(total, 0.5), p95Ms: quantile(total, 0.95), sqlP50Ms: quantile(sql, 0.5) };
}
