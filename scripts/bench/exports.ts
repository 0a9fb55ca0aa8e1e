// npm run bench, data exports (issue 14): on the large data set's server, the XLSX and CSV of a full
// round (every indicator answered, with evidence) and the portfolio's XLSX and CSV for an
// administrator (193 countries): p50/p95 over 10 downloads each (one at a time, warm, the whole
// body read), the file's size, and the server's resident memory (its process tree, sampled every
// 20 ms from /proc) before and at its peak during the downloads: streaming keeps it flat.
//
// Standalone (against any running server):
//   npx tsx scripts/bench/exports.ts --url=http://127.0.0.1:3000 --cookie='next-auth.session-token=…' \
//     --round=<round id> [--pid=<server pid>] [--runs=10]
import { readdirSync, readFileSync } from "node:fs";
import pg from "pg";

const RUNS = 10;
const GOAL_PORTFOLIO_MS = 5000;

/** Resident memory (bytes) of a process and its descendants; 0 when /proc cannot tell. */
function treeRss(pid: number): number {
  try {
    const children = new Map<number, number[]>();
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
        children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
      } catch {
        // the process ended meanwhile
      }
    }
    let total = 0;
    const stack = [pid];
    while (stack.length > 0) {
      const p = stack.pop() as number;
      try {
        const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
        total += rss ? Number(rss[1]) * 1024 : 0;
      } catch {
        // gone
      }
      stack.push(...(children.get(p) ?? []));
    }
    return total;
  } catch {
    return 0;
  }
}

/** Samples the tree's RSS every 20 ms until stopped; returns the peak. */
function sampleRss(pid: number | undefined): () => number {
  if (!pid) return () => 0;
  let peak = treeRss(pid);
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(pid))), 20);
  return () => {
    clearInterval(timer);
    return Math.max(peak, treeRss(pid));
  };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

export interface ExportMeasure {
  label: string;
  p50Ms: number;
  p95Ms: number;
  bytes: number;
  rssBeforeMb: number;
  rssPeakMb: number;
}

async function measure(label: string, url: string, cookie: string, pid: number | undefined, runs: number): Promise<ExportMeasure> {
  const get = async () => {
    const response = await fetch(url, { headers: { cookie } });
    if (response.status !== 200) throw new Error(`${label}: HTTP ${response.status} ${await response.text()}`);
    return (await response.arrayBuffer()).byteLength;
  };
  await get(); // warm-up: the first download compiles the route's code paths
  const before = pid ? treeRss(pid) : 0;
  const stop = sampleRss(pid);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    bytes = await get();
    times.push(performance.now() - start);
  }
  const peak = stop();
  times.sort((a, b) => a - b);
  return { label, p50Ms: quantile(times, 0.5), p95Ms: quantile(times, 0.95), bytes, rssBeforeMb: Number(mb(before)), rssPeakMb: Number(mb(peak)) };
}

/** The round with the most answers (a full one), for the round exports. */
async function fullestRound(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      "SELECT a.round_id AS id FROM answers a GROUP BY a.round_id ORDER BY count(*) DESC, a.round_id LIMIT 1",
    );
    if (!rows[0]) throw new Error("no round with answers");
    return rows[0].id;
  } finally {
    await client.end();
  }
}

/** Measures and prints; `cookie` must read every round and the whole portfolio (an administrator). */
export async function benchExports(options: { baseUrl: string; cookie: string; pid: number | undefined; roundId?: string; databaseUrl?: string; runs?: number }): Promise<ExportMeasure[]> {
  const runs = options.runs ?? RUNS;
  const roundId = options.roundId ?? (options.databaseUrl ? await fullestRound(options.databaseUrl) : undefined);
  if (!roundId) throw new Error("benchExports: a round id or a database URL is needed");
  const targets: [string, string][] = [
    ["round XLSX (full round)", `/api/v1/rounds/${roundId}/export?format=xlsx&lang=en`],
    ["round CSV (full round)", `/api/v1/rounds/${roundId}/export?format=csv&lang=en`],
    ["round XLSX, Arabic", `/api/v1/rounds/${roundId}/export?format=xlsx&lang=ar`],
    ["portfolio XLSX (administrator)", "/api/v1/portfolio/export?format=xlsx&lang=en"],
    ["portfolio CSV (administrator)", "/api/v1/portfolio/export?format=csv&lang=en"],
  ];
  const results: ExportMeasure[] = [];
  console.log(`\nData exports: ${runs} downloads each, one at a time, warm (ms; server RSS of its process tree in MB)`);
  console.log(`${"export".padEnd(34)} ${"p50".padStart(8)} ${"p95".padStart(8)} ${"bytes".padStart(9)} ${"RSS before".padStart(11)} ${"RSS peak".padStart(9)}  goal`);
  for (const [label, path] of targets) {
    const r = await measure(label, `${options.baseUrl}${path}`, options.cookie, options.pid, runs);
    results.push(r);
    const goal = label.startsWith("portfolio XLSX") ? `p95 < ${GOAL_PORTFOLIO_MS} ${r.p95Ms < GOAL_PORTFOLIO_MS ? "ok" : "MISSED"}` : "";
    console.log(
      `${label.padEnd(34)} ${r.p50Ms.toFixed(0).padStart(8)} ${r.p95Ms.toFixed(0).padStart(8)} ${String(r.bytes).padStart(9)} ${String(r.rssBeforeMb).padStart(11)} ${String(r.rssPeakMb).padStart(9)}  ${goal}`,
    );
  }
  return results;
}

// Standalone run.
if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const baseUrl = arg("url");
  const cookie = arg("cookie");
  if (!baseUrl || !cookie || (!arg("round") && !process.env.DATABASE_URL)) {
    console.error("usage: tsx scripts/bench/exports.ts --url=<base> --cookie=<cookie header> (--round=<id> | DATABASE_URL=…) [--pid=<server pid>] [--runs=N]");
    process.exit(2);
  }
  await benchExports({ baseUrl, cookie, pid: arg("pid") ? Number(arg("pid")) : undefined, roundId: arg("round"), databaseUrl: process.env.DATABASE_URL, runs: arg("runs") ? Number(arg("runs")) : undefined });
}
