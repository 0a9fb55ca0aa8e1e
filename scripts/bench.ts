// npm run bench: performance figures from one run, on this machine.
//  1. Bytes transferred (compressed, every request) by pages in headless Chromium with a cold cache,
//     each next to the bare page of the same build (the framework's floor).
//  2. Latency p50/p95 and requests/s at 50 connections, with wrk (a load generator in C, so it takes
//     little of the CPU the server needs: a generator in Node took about a core and halved the
//     figures): /api/health, a signed-in page, and autosave, which is measured three ways:
//       - 50 people each saving about once a second, unsynchronised (the questionnaire saves 800 ms
//         after the last keystroke, so one person rarely saves more often);
//       - 50 connections saving ten times as often;
//       - saturation: every connection sends its next save as soon as the last returns. Here
//         latency is only 50 / throughput (Little's law): it shows capacity, not what a person waits.
//  3. Throughput of the signed-in pages as a ratio to the bare page under the same load, measured
//     in the same run (so the machine's load colours both alike); the bare page is run before the
//     first page and after each one, and each page's ratio is to the mean of the two bare runs either
//     side of it. Each page is also set against the signed-in floor (an officer's inbox: a signed-in
//     page with almost nothing of its own).
//  4. The country dashboard on the bench's own data set (scripts/bench/dataset.ts: a region of 20
//     countries, one of them with ten rounds): server time of the page and of its JSON at 10
//     connections, and the SQL statements per dashboard (scripts/bench/dashboard-queries.ts) for a
//     country with one round and for the one with ten.
//  5. With --profile (npm run bench -- --profile): a CPU profile of the server under each of a few
//     loads (scripts/bench/profile-preload.cjs), summarised by origin and by function.
//  6. The portfolio on the large data set (scripts/lib/large-dataset.ts, as npm run seed:large: 193
//     countries x 5 cycles x every indicator), on a second server: the page's bytes against the bare
//     page, server time of the page and of GET /api/v1/portfolio at 10 connections for the officer
//     of the largest region and for an administrator, and SQL statements per portfolio; then the
//     data exports (scripts/bench/exports.ts): a full round's XLSX and CSV, the portfolio's XLSX and
//     CSV for an administrator, p50/p95 over 10 and the server's peak memory.
//  7. The JSON API by personal token on the same large data set (scripts/bench/api.ts): a page of 50
//     rounds (the first and a late one), one round with its answers, each also revalidated with
//     If-None-Match (304), p50/p95 and req/s at 10 connections.
//  With --history, every other country also gets nine validated rounds (about 80,000 answers), so
//  queries that read the whole answers table show.
// The port is BENCH_PORT (default 3300); BENCH_DURATION sets the seconds of each load (default 10).
// Later features add their pages and endpoints to the lists below.
import { chromium, type BrowserContext } from "@playwright/test";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { seedBenchDataset, seedInstallationHistory, type BenchDataset } from "./bench/dataset";
import { benchApi } from "./bench/api";
import { benchExports } from "./bench/exports";
import { printProfileSummary, summariseProfile } from "./bench/profile-summary";
import { benchReports } from "./bench/report";
import { hashPassword } from "../lib/auth/password";
import { LARGE_ADMIN, largeOfficer, seedLargeDataset } from "./lib/large-dataset";
import { startTestServer } from "./lib/test-server";

const PASSWORD = "cybercap-demo-2026";
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);

const PROFILE = process.argv.includes("--profile");
const SERVER_LOG = process.env.BENCH_SERVER_LOG === "1";
/** --history: nine more validated rounds for every other country (scripts/bench/dataset.ts). */
const HISTORY = process.argv.includes("--history");
const BENCH_FOCAL = "focal.bench@example.org";
/**
 * --only=a,b: run only these sections (sizes, throughput, load, dashboard, reports, profile, portfolio,
 * exports, api), e.g.
 * `npm run bench -- --only=throughput,profile` while working on one figure. Every section by default.
 */
const ONLY = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length).split(",");
const section = (name: string) => !ONLY || ONLY.includes(name);
/** The sections measured on the bench's own data set (the first server); the others need only the large one. */
const MAIN_SECTIONS = ["sizes", "throughput", "load", "dashboard", "reports", "profile"];
/** The JSON API by token (section `api`): 10 connections, as the issue measures it. */
const API_CONNECTIONS = 10;

/** Paths may name {KE} (Kenya's open demo round) and {DASH} (the bench's ten-round country's current round). */
const PAGES: { label: string; path: string; as?: string; goal?: number }[] = [
  { label: "bare page (floor)", path: "/bare" },
  { label: "sign-in", path: "/sign-in" },
  { label: "home: focal point", path: "/", as: "focal.ke@example.org" },
  { label: "home: respondent", path: "/", as: "respondent1.ke@example.org" },
  { label: "home: officer", path: "/", as: "officer.eaf@example.org" },
  { label: "home: administrator", path: "/", as: "admin@example.org" },
  { label: "country page (officer)", path: "/countries/KE", as: "officer.eaf@example.org" },
  { label: "round overview (focal point)", path: "/rounds/{KE}", as: "focal.ke@example.org" },
  { label: "questionnaire (focal point)", path: "/rounds/{KE}/pillars/INV", as: "focal.ke@example.org", goal: 1.3 },
  { label: "dashboard (focal point)", path: "/rounds/{DASH}/dashboard", as: BENCH_FOCAL, goal: 2.0 },
  { label: "countries, 193 (administrator)", path: "/countries", as: "admin@example.org" },
  { label: "users (administrator)", path: "/admin/users", as: "admin@example.org" },
  { label: "own account", path: "/account", as: "respondent1.ke@example.org" },
];

function resolvePath(p: string): string {
  return p.replace("{KE}", keRoundId).replace("{DASH}", dataset?.currentRoundId ?? "");
}

function chromiumPath(): string | undefined {
  return [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p): p is string => Boolean(p && existsSync(p)));
}

async function signIn(context: BrowserContext, baseUrl: string, email: string, password = PASSWORD): Promise<void> {
  const csrf = (await (await context.request.get(`${baseUrl}/api/auth/csrf`)).json()) as { csrfToken: string };
  const response = await context.request.post(`${baseUrl}/api/auth/callback/credentials`, {
    form: { csrfToken: csrf.csrfToken, email, password, json: "true" },
  });
  if (!response.ok()) throw new Error(`sign-in as ${email} failed: ${response.status()}`);
}

async function sessionCookie(baseUrl: string, email: string, browserPath?: string, password = PASSWORD): Promise<string> {
  const browser = await chromium.launch({ executablePath: browserPath, args: ["--no-sandbox", "--disable-gpu"] });
  const context = await browser.newContext();
  await signIn(context, baseUrl, email, password);
  const cookies = await context.cookies();
  await browser.close();
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

let keRoundId = "";
let dataset: BenchDataset | undefined;
const LUA_DIR = path.resolve("scripts/bench");

/** The demo round in review (Tanzania's), read through the API as its officer would. */
async function roundInReview(baseUrl: string, cookie: string): Promise<string> {
  const country = (await (await fetch(`${baseUrl}/api/v1/countries/TZ`, { headers: { cookie } })).json()) as { rounds: { id: string; status: string }[] };
  return country.rounds.find((r) => r.status === "IN_REVIEW")!.id;
}

/** Kenya's open demo round, read through the API as the focal point would. */
async function kenyaRoundId(baseUrl: string, cookie: string): Promise<string> {
  const country = (await (await fetch(`${baseUrl}/api/v1/countries/KE`, { headers: { cookie } })).json()) as { rounds: { id: string; status: string }[] };
  return country.rounds.find((r) => r.status === "DRAFT")!.id;
}

/** Every indicator of the round with the version of its saved answer (0 when none), as "id version" lines. */
async function saveTargets(databaseUrl: string, roundId: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; version: number }>(
      `SELECT i.id, COALESCE(a.version, 0) AS version
         FROM assessment_rounds r JOIN indicators i ON i.framework_version_id = r.framework_version_id
         LEFT JOIN answers a ON a.round_id = r.id AND a.indicator_id = i.id
        WHERE r.id = $1 ORDER BY i.code`,
      [roundId],
    );
    return rows.map((r) => `${r.id} ${r.version}\n`).join("");
  } finally {
    await client.end();
  }
}

/** The CPU time (user + system) the server process has used so far, in ms; undefined off Linux. */
function serverCpuMs(pid: number | undefined): number | undefined {
  if (!pid || !existsSync(`/proc/${pid}/stat`)) return undefined;
  // Fields after the command name (which may hold spaces, in parentheses): utime and stime are the
  // 14th and 15th of the line, in clock ticks (100 per second on Linux).
  const rest = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  const ticks = Number(rest[11]) + Number(rest[12]);
  return Number.isFinite(ticks) ? ticks * 10 : undefined;
}

/** Set once the server runs: its process, for CPU time per request. */
const serverProcess: { pid?: number } = {};

interface LoadResult {
  /** Server CPU time per request (ms): unlike req/s, barely changed by other work on the machine. */
  cpuMsPerRequest?: number;
  p50: number;
  p95: number;
  rps: number;
  total: number;
  errors: number;
  statuses: Record<string, number>;
}

/** Runs wrk with one of the scripts in scripts/bench and reads the JSON line its done() prints. */
async function wrk(args: { url: string; script: string; threads: number; env: Record<string, string>; seconds?: number; connections?: number }): Promise<LoadResult> {
  // --timeout: a slow response counts in the latency figures rather than as a socket error.
  const child = spawn("wrk", [`-t${args.threads}`, `-c${args.connections ?? CONNECTIONS}`, `-d${args.seconds ?? DURATION_S}s`, "--timeout", "10s", "-s", path.join(LUA_DIR, args.script), args.url], {
    env: { ...process.env, BENCH_LUA_DIR: LUA_DIR, ...args.env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  const cpuBefore = serverCpuMs(serverProcess.pid);
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  const cpuAfter = serverCpuMs(serverProcess.pid);
  const line = out.split("\n").find((l) => l.startsWith("WRK_RESULT "));
  if (code !== 0 || !line) throw new Error(`wrk failed (${code}):\n${out}`);
  const r = JSON.parse(line.slice("WRK_RESULT ".length)) as { requests: number; durationUs: number; p50Us: number; p95Us: number; socketErrors: number; statuses: Record<string, number> };
  const ok = Object.entries(r.statuses).reduce((n, [status, count]) => n + (status.startsWith("2") ? count : 0), 0);
  return {
    cpuMsPerRequest: cpuBefore !== undefined && cpuAfter !== undefined && r.requests > 0 ? (cpuAfter - cpuBefore) / r.requests : undefined,
    p50: r.p50Us / 1000,
    p95: r.p95Us / 1000,
    rps: r.requests / (r.durationUs / 1e6),
    total: r.requests,
    errors: r.requests - ok + r.socketErrors,
    statuses: r.statuses,
  };
}

function loadGet(url: string, cookie = "", connections = CONNECTIONS, seconds?: number): Promise<LoadResult> {
  return wrk({ url, script: "get.lua", threads: 2, env: { BENCH_COOKIE: cookie }, connections, seconds });
}

/** The status of one GET (which also warms the route up before its load); redirects not followed. */
async function probe(url: string, cookie = ""): Promise<number> {
  const response = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  await response.arrayBuffer();
  return response.status;
}

/** A load on a GET, or the reason it was skipped (a page this build does not have, a redirect...). */
async function loadPage(url: string, cookie = "", connections = CONNECTIONS, seconds?: number): Promise<LoadResult | { skipped: string }> {
  const status = await probe(url, cookie);
  if (status !== 200) return { skipped: status === 404 ? "HTTP 404: not in this build" : `HTTP ${status}` };
  return loadGet(url, cookie, connections, seconds);
}

/** Autosave: one connection per wrk thread, each a person saving their own indicator (see autosave.lua). */
async function loadAutosave(baseUrl: string, databaseUrl: string, cookie: string, roundId: string, paceMs: number, seconds?: number): Promise<LoadResult> {
  const dir = mkdtempSync(path.join(tmpdir(), "cybercap-bench-"));
  try {
    const targets = path.join(dir, "targets.txt");
    // Let the saves still in flight from the previous run land before reading the versions each
    // connection starts from; otherwise its first save can be a (correct) 409.
    await new Promise((r) => setTimeout(r, 2000));
    writeFileSync(targets, await saveTargets(databaseUrl, roundId));
    return await wrk({
      url: baseUrl,
      script: "autosave.lua",
      threads: CONNECTIONS,
      env: { BENCH_TARGETS: targets, BENCH_PATH: `/api/v1/rounds/${roundId}/answers/`, BENCH_COOKIE: cookie, BENCH_PACE_MS: String(paceMs) },
      seconds,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface SizeResult {
  label: string;
  bytes: number;
  requests: number;
  /** Requests that the app renders or answers (documents, RSC fetches, API calls): not static files. */
  appRequests: number;
  /** The server's CPU for the whole page view (every request it caused), when its pid is known. */
  serverCpuMs?: number;
  status: number;
  goal?: number;
}

async function measureBytes(
  baseUrl: string,
  pages: { label: string; path: string; as?: string; goal?: number; password?: string }[] = PAGES,
  serverPid?: number,
): Promise<SizeResult[]> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const results: SizeResult[] = [];
  for (const p of pages) {
    const context = await browser.newContext();
    if (p.as) await signIn(context, baseUrl, p.as, p.password);
    const page = await context.newPage();
    const url = `${baseUrl}${resolvePath(p.path)}`;
    // One view first, unmeasured, so the server's figure is not its first compile of the page's code.
    await page.goto(url, { waitUntil: "networkidle" });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    let bytes = 0;
    let requests = 0;
    let appRequests = 0;
    cdp.on("Network.requestWillBeSent", (e: { request: { url: string } }) => {
      const target = new URL(e.request.url);
      if (target.origin === baseUrl && !target.pathname.startsWith("/_next/static/")) appRequests += 1;
    });
    cdp.on("Network.loadingFinished", (e: { encodedDataLength: number }) => {
      bytes += e.encodedDataLength;
      requests += 1;
    });
    const cpuBefore = serverCpuMs(serverPid);
    const response = await page.goto(url, { waitUntil: "networkidle" });
    await page.waitForTimeout(300);
    const counted = { bytes, requests, appRequests };
    // Two more views for the CPU figure: the kernel counts it in 10 ms ticks.
    for (let i = 0; i < 2; i++) {
      await page.goto(url, { waitUntil: "networkidle" });
      await page.waitForTimeout(300);
    }
    const cpuAfter = serverCpuMs(serverPid);
    const serverCpu = cpuBefore !== undefined && cpuAfter !== undefined ? (cpuAfter - cpuBefore) / 3 : undefined;
    results.push({ label: p.label, ...counted, serverCpuMs: serverCpu, status: response?.status() ?? 0, goal: p.goal });
    await context.close();
  }
  await browser.close();
  return results;
}

/** The bench's query counter and in-process timing of getRoundDashboard, in a process of its own. */
function dashboardQueries(databaseUrl: string, rounds: { label: string; roundId: string }[]): { label: string; trend: number; statements: number; p50Ms: number; p95Ms: number; sqlP50Ms: number }[] {
  const result = spawnSync("npx", ["--no-install", "tsx", "--conditions=react-server", "scripts/bench/dashboard-queries.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, DEMO_MODE: "true", DEMO_MODE_ALLOW_EXTERNAL_DB: "true", LOG_LEVEL: "warn", BENCH_ACTOR: "admin@example.org", BENCH_ROUNDS: JSON.stringify(rounds) },
    encoding: "utf8",
  });
  const line = result.stdout.split("\n").find((l) => l.startsWith("DASHBOARD_QUERIES "));
  if (result.status !== 0 || !line) throw new Error(`dashboard-queries failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return JSON.parse(line.slice("DASHBOARD_QUERIES ".length)) as ReturnType<typeof dashboardQueries>;
}

/** Runs `load` with the server's CPU profiler on (profile-preload.cjs) and returns the profile's file. */
async function profiled(pid: number, dir: string, n: number, load: () => Promise<unknown>): Promise<string> {
  process.kill(pid, "SIGUSR2");
  await new Promise((r) => setTimeout(r, 200));
  await load();
  process.kill(pid, "SIGUSR2");
  const file = path.join(dir, `${n}.cpuprofile`);
  for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
  if (!existsSync(file)) throw new Error(`no profile written to ${file}`);
  return file;
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);
const goalMark = (ok: boolean) => (ok ? "ok" : "MISSED");

if (spawnSync("wrk", ["--version"]).error) {
  console.error("npm run bench needs wrk for its load figures: apt-get install -y wrk (Debian, Ubuntu) or brew install wrk.");
  process.exit(1);
}

const port = Number(process.env.BENCH_PORT ?? 3300);
const profileDir = PROFILE ? mkdtempSync(path.join(tmpdir(), "cybercap-bench-profile-")) : "";
// The bench's own data set on a first server, unless only sections of the large data set were asked for.
if (MAIN_SECTIONS.some(section)) {
  console.log("starting a production server on a throwaway database…");
  const server = await startTestServer({
    port,
    label: "bench",
    // BENCH_SERVER_LOG=1 shows the server's own log (with LOG_LEVEL=debug: each report's timings).
    quiet: !SERVER_LOG,
    env: { AUTH_THROTTLE_IP_MAX: "100000", ...(PROFILE ? { BENCH_PROFILE_DIR: profileDir } : {}), ...(SERVER_LOG ? { LOG_LEVEL: process.env.LOG_LEVEL ?? "info" } : {}) },
    nodeArgs: PROFILE ? ["--require", path.join(LUA_DIR, "profile-preload.cjs")] : [],
  });
  serverProcess.pid = server.pid;
  try {
    dataset = await seedBenchDataset(server.databaseUrl);
    console.log(`bench data set: region of 20 countries; ${dataset.focusIso2} has 10 rounds (current ${dataset.currentRoundId}), signed in as ${dataset.focalEmail}`);
    if (HISTORY) console.log(`--history: ${await seedInstallationHistory(server.databaseUrl)} more answers in nine validated rounds of every other country`);
    const focalCookie = await sessionCookie(server.url, "focal.ke@example.org", chromiumPath());
    keRoundId = await kenyaRoundId(server.url, focalCookie);
    const sizes = section("sizes") ? await measureBytes(server.url, PAGES, server.pid) : [];
    // "to the app": the requests the server renders or answers (the page, its data fetches, API
    // calls), not static files; "server CPU": the server's CPU for the whole view, static files
    // included (the mean of three views, after one unmeasured view of the same page).
    if (sizes.length > 0) console.log(`\nTransfer size (compressed bytes, cold cache, headless Chromium), and what one page view costs the server`);
    const floor = sizes[0]?.bytes ?? 0;
    if (sizes.length > 0) console.log(`${"page".padEnd(32)} ${"bytes".padStart(9)} ${"requests".padStart(9)} ${"ratio to bare".padStart(14)}  ${"goal".padEnd(9)} ${"to the app".padStart(10)} ${"server CPU ms".padStart(13)}`);
    for (const s of sizes) {
      if (s.status !== 200) {
        console.log(`${s.label.padEnd(32)} ${"-".padStart(9)} ${"-".padStart(9)} ${"-".padStart(14)}  HTTP ${s.status}${s.status === 404 ? ": not in this build" : ""}`);
        continue;
      }
      const ratio = s.bytes / floor;
      const goal = s.goal === undefined ? "" : `<= ${fmt(s.goal)} ${goalMark(ratio <= s.goal)}`;
      const cpu = s.serverCpuMs === undefined ? "-" : fmt(s.serverCpuMs, 0);
      console.log(`${s.label.padEnd(32)} ${String(s.bytes).padStart(9)} ${String(s.requests).padStart(9)} ${fmt(ratio, 2).padStart(14)}  ${goal.padEnd(9)} ${String(s.appRequests).padStart(10)} ${cpu.padStart(13)}`);
    }

    const officerCookie = await sessionCookie(server.url, "officer.eaf@example.org", chromiumPath());
    const adminCookie = await sessionCookie(server.url, "admin@example.org", chromiumPath());
    const benchCookie = await sessionCookie(server.url, BENCH_FOCAL, chromiumPath());
    const dashboardPage = `${server.url}/rounds/${dataset.currentRoundId}/dashboard`;
    const dashboardJson = `${server.url}/api/v1/rounds/${dataset.currentRoundId}/dashboard`;

    // A short warm-up, so the first figures do not include the JIT compiling the save path.
    await loadAutosave(server.url, server.databaseUrl, focalCookie, keRoundId, 0, 3);

    if (section("throughput")) {
      console.log(`\nThroughput against the bare page (wrk, ${CONNECTIONS} connections, ${DURATION_S} s each, same run; latency in ms)`);
      // The bare page runs before the first page and again after each one, as long as a page, and each
      // page is set against the mean of the bare runs either side of it: this machine's speed drifts
      // within a run (the bare page's CPU per request has moved from 5 to 8 ms between its first and
      // last run), and a page compared with a bare run minutes away carried that drift in its ratio.
      // (Shorter bare runs read faster: they see fewer of the collector's major pauses.)
      const bareUrl = `${server.url}/bare`;
      const bareSeconds = DURATION_S;
      // Each run starts after a pause, so the server has finished the last one's work (and its
      // collector its garbage) before the next is timed: a bare run right after a heavy page read up
      // to a quarter slower.
      const settle = () => new Promise((resolve) => setTimeout(resolve, 2000));
      const bare = async () => {
        await settle();
        return loadGet(bareUrl, "", CONNECTIONS, bareSeconds);
      };
      // Every page, the bare one included, is also loaded for 2 s untimed first, so that no figure
      // includes the compiler's first pass over its code (the first bare run read 40% slower); the
      // first, for the server's shared code, as long as a timed run.
      const warm = (url: string, cookie = "", seconds = 2) => loadGet(url, cookie, CONNECTIONS, seconds);
      await warm(bareUrl, "", DURATION_S);
      const bareRuns: LoadResult[] = [await bare()];
      const measured: { label: string; result: LoadResult | { skipped: string }; goal: boolean }[] = [];
      const measure = async (label: string, url: string, cookie: string, goal = true) => {
        if ((await probe(url, cookie)) === 200) await warm(url, cookie);
        await settle();
        const result = await loadPage(url, cookie);
        measured.push({ label, result, goal });
        if (!("skipped" in result)) bareRuns.push(await bare());
      };
      // The signed-in floor: a signed-in page with almost nothing of its own (the officer's inbox). It
      // pays what every signed-in page pays (the session, the actor's statement, the signed-in layout
      // and header), so "vs floor" reads as what each page's own data and render cost.
      await measure("signed-in floor (inbox)", `${server.url}/notifications`, officerCookie, false);
      for (const [label, url, cookie] of [
        ["home (officer)", `${server.url}/`, officerCookie],
        ["round overview (focal point)", `${server.url}/rounds/${keRoundId}`, focalCookie],
        ["questionnaire (focal point)", `${server.url}/rounds/${keRoundId}/pillars/INV`, focalCookie],
        ["dashboard page (10 rounds)", dashboardPage, benchCookie],
        ["dashboard JSON (10 rounds)", dashboardJson, benchCookie],
        ["review page (officer)", `${server.url}/rounds/${await roundInReview(server.url, officerCookie)}/review`, officerCookie],
        ["countries, 193 (administrator)", `${server.url}/countries`, adminCookie],
      ] as const) {
        await measure(label, url, cookie);
      }
      const floor = measured[0]?.result;
      const floorRps = floor && !("skipped" in floor) ? floor.rps : undefined;
      // CPU ratio: the bare page's server CPU per request over the page's, what the req/s ratio would be
      // if the server's CPU were the only limit (PostgreSQL's own CPU is not in it).
      console.log(`${"page".padEnd(32)} ${"p50".padStart(8)} ${"p95".padStart(8)} ${"req/s".padStart(8)} ${"ratio".padStart(7)}  goal    ${"CPU ms/req".padStart(10)} ${"CPU ratio".padStart(9)} ${"vs floor".padStart(8)} errors`);
      const mean = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : (a + b) / 2);
      let bareIndex = 0;
      for (const { label, result, goal } of measured) {
        if ("skipped" in result) {
          console.log(`${label.padEnd(32)} skipped: ${result.skipped}`);
          continue;
        }
        const [before, after] = [bareRuns[bareIndex], bareRuns[bareIndex + 1]];
        bareIndex += 1;
        const bareRps = mean(before?.rps, after?.rps) ?? result.rps;
        const bareCpu = mean(before?.cpuMsPerRequest, after?.cpuMsPerRequest);
        const ratio = result.rps / bareRps;
        const cpu = result.cpuMsPerRequest === undefined ? "-" : fmt(result.cpuMsPerRequest, 2);
        const cpuRatio = result.cpuMsPerRequest && bareCpu ? `${fmt(bareCpu / result.cpuMsPerRequest, 2)}x` : "-";
        const vsFloor = floorRps ? `${fmt(result.rps / floorRps, 2)}x` : "-";
        console.log(`${label.padEnd(32)} ${fmt(result.p50).padStart(8)} ${fmt(result.p95).padStart(8)} ${fmt(result.rps, 0).padStart(8)} ${`${fmt(ratio, 2)}x`.padStart(7)}  ${(goal ? goalMark(ratio >= 0.6) : "").padEnd(7)} ${cpu.padStart(10)} ${cpuRatio.padStart(9)} ${vsFloor.padStart(8)} ${result.errors}`);
      }
      const bareRates = bareRuns.map((r) => r.rps);
      const bareCpus = bareRuns.flatMap((r) => (r.cpuMsPerRequest === undefined ? [] : [r.cpuMsPerRequest]));
      console.log(
        `bare page: ${bareRuns.length} runs of ${bareSeconds} s, one before the first page and one after each; req/s ${bareRates.map((r) => fmt(r, 0)).join(", ")}` +
          (bareCpus.length > 0 ? `; CPU ms/req ${bareCpus.map((c) => fmt(c, 2)).join(", ")}` : "") +
          " (each page's ratios are to the two runs either side of it)",
      );

    }
    if (section("load")) {
      console.log(`\nLoad (wrk, ${CONNECTIONS} connections, ${DURATION_S} s each; latency in ms)`);
      const runs: ({ label: string } & LoadResult)[] = [
        { label: "GET /api/health", ...(await loadGet(`${server.url}/api/health`)) },
        { label: "autosave, 50 people ~1/s", ...(await loadAutosave(server.url, server.databaseUrl, focalCookie, keRoundId, 1000)) },
        { label: "autosave, 10x that rate", ...(await loadAutosave(server.url, server.databaseUrl, focalCookie, keRoundId, 100)) },
        { label: "autosave, saturation", ...(await loadAutosave(server.url, server.databaseUrl, focalCookie, keRoundId, 0)) },
        // Last: a heavy page leaves the server busy for a moment after wrk stops, which would colour the
        // paced autosave figures that follow it.
        { label: "GET /countries?q=a (admin)", ...(await loadGet(`${server.url}/countries?q=a`, adminCookie)) },
      ];
      console.log(`${"endpoint".padEnd(28)} ${"p50".padStart(8)} ${"p95".padStart(8)} ${"req/s".padStart(8)} ${"requests".padStart(9)} ${"errors".padStart(7)}  statuses`);
      for (const r of runs) {
        console.log(
          `${r.label.padEnd(28)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.rps.toFixed(0).padStart(8)} ${String(r.total).padStart(9)} ${String(r.errors).padStart(7)}  ${JSON.stringify(r.statuses)}`,
        );
      }

    }
    if (section("dashboard")) {
      console.log(`\nDashboard of ${dataset.focusIso2} (10 rounds, region of 20 countries): server time at 10 connections, ${DURATION_S} s each (ms)`);
      console.log(`${"endpoint".padEnd(32)} ${"p50".padStart(8)} ${"p95".padStart(8)} ${"req/s".padStart(8)} ${"CPU ms/req".padStart(10)}  goal`);
      for (const [label, url, goal] of [
        ["dashboard page", dashboardPage, undefined],
        ["dashboard JSON", dashboardJson, 150],
      ] as const) {
        const r = await loadPage(url, benchCookie, 10);
        if ("skipped" in r) {
          console.log(`${label.padEnd(32)} skipped: ${r.skipped}`);
          continue;
        }
        console.log(`${label.padEnd(32)} ${fmt(r.p50).padStart(8)} ${fmt(r.p95).padStart(8)} ${fmt(r.rps, 0).padStart(8)} ${(r.cpuMsPerRequest === undefined ? "-" : fmt(r.cpuMsPerRequest, 2)).padStart(10)}  ${goal === undefined ? "" : `p95 < ${goal} ${goalMark(r.p95 < goal)}`}`);
      }

      const queries = dashboardQueries(server.databaseUrl, [
        { label: `${dataset.oneRoundIso2}, 1 round`, roundId: dataset.oneRoundId },
        { label: `${dataset.focusIso2}, 10 rounds`, roundId: dataset.currentRoundId },
      ]);
      console.log(`\ngetRoundDashboard in-process (one call at a time; SQL = some statement in flight; ms)`);
      console.log(`${"round".padEnd(32)} ${"trend".padStart(6)} ${"SQL stmts".padStart(10)} ${"p50".padStart(8)} ${"p95".padStart(8)} ${"SQL p50".padStart(8)}`);
      for (const q of queries) console.log(`${q.label.padEnd(32)} ${String(q.trend).padStart(6)} ${String(q.statements).padStart(10)} ${fmt(q.p50Ms).padStart(8)} ${fmt(q.p95Ms).padStart(8)} ${fmt(q.sqlP50Ms).padStart(8)}`);
      console.log(`queries per dashboard request: ${queries[0].statements} (1 round) / ${queries[1].statements} (10 rounds), plus 1 for the session's actor`);
    }
    if (section("reports")) await benchReports({ baseUrl: server.url, roundId: dataset.currentRoundId, cookie: benchCookie, serverPid: server.pid });
    if (PROFILE && server.pid && section("profile")) {
      console.log(`\nCPU profiles of the server (10 connections, ${DURATION_S} s each; files in ${profileDir})`);
      const targets: [string, string, string][] = [
        ["dashboard JSON (10 rounds)", dashboardJson, benchCookie],
        ["dashboard page (10 rounds)", dashboardPage, benchCookie],
        ["home (officer)", `${server.url}/`, officerCookie],
        ["round overview (focal point)", `${server.url}/rounds/${keRoundId}`, focalCookie],
        ["questionnaire (focal point)", `${server.url}/rounds/${keRoundId}/pillars/INV`, focalCookie],
        ["bare page", `${server.url}/bare`, ""],
      ];
      let n = 0;
      for (const [label, url, cookie] of targets) {
        if ((await probe(url, cookie)) !== 200) {
          console.log(`\n${label}: skipped (not HTTP 200 in this build)`);
          continue;
        }
        let result: LoadResult | undefined;
        const file = await profiled(server.pid, profileDir, ++n, async () => (result = await loadGet(url, cookie, 10)));
        printProfileSummary(`${label} (${fmt(result?.rps ?? 0, 0)} req/s under the profiler)`, summariseProfile(file));
      }
    }
  } finally {
    await server.stop();
  }
}

if (section("portfolio") || section("api")) {
  // --- 6. The portfolio, exports and the JSON API on the large data set, on a server of its own ------
  const LARGE_PASSWORD = "large-data-set-2026";
  const largeProfileDir = path.join(profileDir, "large");
  if (PROFILE) mkdirSync(largeProfileDir, { recursive: true });
console.log("\nstarting a second server on the large data set (193 countries x 5 cycles x every indicator)…");
  const large = await startTestServer({
    port: port + 1,
    label: "bench_large",
    quiet: !SERVER_LOG,
    demo: false,
    // Its profiles in a folder of their own: the preload numbers them from 1 in each process.
    // The API section's token makes thousands of requests a minute: a limit the load cannot reach.
    env: { AUTH_THROTTLE_IP_MAX: "100000", API_TOKEN_RATE_LIMIT: "100000", ...(PROFILE ? { BENCH_PROFILE_DIR: largeProfileDir } : {}) },
    nodeArgs: PROFILE ? ["--require", path.join(LUA_DIR, "profile-preload.cjs")] : [],
  });
  serverProcess.pid = large.pid;
  try {
    const client = new pg.Client({ connectionString: large.databaseUrl });
    await client.connect();
    const counts = await seedLargeDataset(client, await hashPassword(LARGE_PASSWORD));
    const {
      rows: [biggest],
    } = await client.query<{ code: string; countries: number }>(
      `SELECT r.code, count(c.id)::int AS countries FROM programme_regions r JOIN countries c ON c.programme_region_id = r.id GROUP BY r.code ORDER BY 2 DESC, 1 LIMIT 1`,
    );
    await client.end();
    console.log(`large data set: ${counts.rounds} rounds, ${counts.answers} answers, ${counts.evidence} evidence items; largest region ${biggest.code} (${biggest.countries} countries)`);
    const officerEmail = largeOfficer(biggest.code);
    if (section("portfolio")) {
      const sizes = await measureBytes(large.url, [
        { label: "bare page (floor)", path: "/bare" },
        { label: `portfolio (officer, ${biggest.code})`, path: "/portfolio", as: officerEmail, password: LARGE_PASSWORD, goal: 2.0 },
        { label: "portfolio (administrator, 193)", path: "/portfolio", as: LARGE_ADMIN, password: LARGE_PASSWORD, goal: 2.0 },
      ]);
      console.log(`\nPortfolio transfer size (compressed bytes, cold cache)`);
      for (const s of sizes) {
        if (s.status !== 200) {
          console.log(`${s.label.padEnd(32)} HTTP ${s.status}${s.status === 404 ? ": not in this build" : ""}`);
          continue;
        }
        const ratio = s.bytes / sizes[0].bytes;
        console.log(`${s.label.padEnd(32)} ${String(s.bytes).padStart(9)} ${fmt(ratio, 2).padStart(8)}  ${s.goal === undefined ? "" : `<= ${fmt(s.goal)} ${goalMark(ratio <= s.goal)}`}`);
      }

      const officerCookie = await sessionCookie(large.url, officerEmail, chromiumPath(), LARGE_PASSWORD);
      const adminCookie = await sessionCookie(large.url, LARGE_ADMIN, chromiumPath(), LARGE_PASSWORD);
      console.log(`\nPortfolio on the large data set: server time at 10 connections, ${DURATION_S} s each (ms)`);
      console.log(`${"endpoint".padEnd(40)} ${"p50".padStart(8)} ${"p95".padStart(8)} ${"req/s".padStart(8)} ${"CPU ms/req".padStart(10)}  goal`);
      for (const [label, url, cookie] of [
        [`portfolio JSON (officer, ${biggest.code})`, `${large.url}/api/v1/portfolio`, officerCookie],
        ["portfolio JSON (administrator)", `${large.url}/api/v1/portfolio`, adminCookie],
        [`portfolio page (officer, ${biggest.code})`, `${large.url}/portfolio`, officerCookie],
        ["portfolio page (administrator)", `${large.url}/portfolio`, adminCookie],
      ] as const) {
        const r = await loadPage(url, cookie, 10);
        if ("skipped" in r) {
          console.log(`${label.padEnd(40)} skipped: ${r.skipped}`);
          continue;
        }
        console.log(`${label.padEnd(40)} ${fmt(r.p50).padStart(8)} ${fmt(r.p95).padStart(8)} ${fmt(r.rps, 0).padStart(8)} ${(r.cpuMsPerRequest === undefined ? "-" : fmt(r.cpuMsPerRequest, 2)).padStart(10)}  p95 < 300 ${goalMark(r.p95 < 300)}`);
      }

      if (PROFILE && large.pid && section("profile")) {
        console.log(`\nCPU profiles of the large data set's server (10 connections, ${DURATION_S} s each; files in ${largeProfileDir})`);
        let n = 0;
        for (const [label, url, cookie] of [
          ["portfolio JSON (administrator)", `${large.url}/api/v1/portfolio`, adminCookie],
          ["portfolio page (administrator)", `${large.url}/portfolio`, adminCookie],
          [`portfolio page (officer, ${biggest.code})`, `${large.url}/portfolio`, officerCookie],
        ] as const) {
          let result: LoadResult | undefined;
          const file = await profiled(large.pid, largeProfileDir, ++n, async () => (result = await loadGet(url, cookie, 10)));
          printProfileSummary(`${label} (${fmt(result?.rps ?? 0, 0)} req/s under the profiler)`, summariseProfile(file));
        }
      }

      const result = spawnSync("npx", ["--no-install", "tsx", "--conditions=react-server", "scripts/bench/portfolio-queries.ts"], {
        env: { ...process.env, DATABASE_URL: large.databaseUrl, LOG_LEVEL: "warn", BENCH_ACTORS: JSON.stringify([{ label: `officer, ${biggest.code}`, email: officerEmail }, { label: "administrator", email: LARGE_ADMIN }]) },
        encoding: "utf8",
      });
      const line = result.stdout.split("\n").find((l) => l.startsWith("PORTFOLIO_QUERIES "));
      if (result.status !== 0 || !line) throw new Error(`portfolio-queries failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
      const queries = JSON.parse(line.slice("PORTFOLIO_QUERIES ".length)) as { label: string; countries: number; statements: number; p50Ms: number; p95Ms: number; sqlP50Ms: number }[];
      console.log(`\ngetPortfolio in-process (one call at a time; ms)`);
      console.log(`${"reader".padEnd(32)} ${"countries".padStart(9)} ${"SQL stmts".padStart(10)} ${"p50".padStart(8)} ${"p95".padStart(8)} ${"SQL p50".padStart(8)}`);
      for (const q of queries) console.log(`${q.label.padEnd(32)} ${String(q.countries).padStart(9)} ${String(q.statements).padStart(10)} ${fmt(q.p50Ms).padStart(8)} ${fmt(q.p95Ms).padStart(8)} ${fmt(q.sqlP50Ms).padStart(8)}`);
      if (section("exports")) await benchExports({ baseUrl: large.url, cookie: adminCookie, pid: large.pid, databaseUrl: large.databaseUrl });
    }
    if (section("api")) {
      await benchApi({
        baseUrl: large.url,
        databaseUrl: large.databaseUrl,
        adminEmail: LARGE_ADMIN,
        connections: API_CONNECTIONS,
        seconds: DURATION_S,
        load: (url, env) => wrk({ url, script: "get.lua", threads: 2, env, connections: API_CONNECTIONS }),
      });
    }
  } finally {
    await large.stop();
  }
}
