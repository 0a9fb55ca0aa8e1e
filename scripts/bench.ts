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
// Later features add their pages and endpoints to the lists below.
import { chromium, type BrowserContext } from "@playwright/test";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { startTestServer } from "./lib/test-server";

const PASSWORD = "cybercap-demo-2026";
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);

const PAGES: { label: string; path: string; as?: string }[] = [
  { label: "bare page (floor)", path: "/bare" },
  { label: "sign-in", path: "/sign-in" },
  { label: "home: focal point", path: "/", as: "focal.ke@example.org" },
  { label: "home: respondent", path: "/", as: "respondent1.ke@example.org" },
  { label: "home: officer", path: "/", as: "officer.eaf@example.org" },
  { label: "home: administrator", path: "/", as: "admin@example.org" },
  { label: "country page (officer)", path: "/countries/KE", as: "officer.eaf@example.org" },
  { label: "round overview (focal point)", path: "/rounds/{KE}", as: "focal.ke@example.org" },
  { label: "questionnaire (focal point)", path: "/rounds/{KE}/pillars/INV", as: "focal.ke@example.org" },
  { label: "dashboard (focal point)", path: "/rounds/{KE}/dashboard", as: "focal.ke@example.org" },
  { label: "countries, 193 (administrator)", path: "/countries", as: "admin@example.org" },
  { label: "users (administrator)", path: "/admin/users", as: "admin@example.org" },
  { label: "own account", path: "/account", as: "respondent1.ke@example.org" },
];

function chromiumPath(): string | undefined {
  return [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p): p is string => Boolean(p && existsSync(p)));
}

async function signIn(context: BrowserContext, baseUrl: string, email: string): Promise<void> {
  const csrf = (await (await context.request.get(`${baseUrl}/api/auth/csrf`)).json()) as { csrfToken: string };
  const response = await context.request.post(`${baseUrl}/api/auth/callback/credentials`, {
    form: { csrfToken: csrf.csrfToken, email, password: PASSWORD, json: "true" },
  });
  if (!response.ok()) throw new Error(`sign-in as ${email} failed: ${response.status()}`);
}

async function sessionCookie(baseUrl: string, email: string, browserPath?: string): Promise<string> {
  const browser = await chromium.launch({ executablePath: browserPath, args: ["--no-sandbox", "--disable-gpu"] });
  const context = await browser.newContext();
  await signIn(context, baseUrl, email);
  const cookies = await context.cookies();
  await browser.close();
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

let keRoundId = "";
const LUA_DIR = path.resolve("scripts/bench");

/** Kenya's open demo round, read through the API as the focal point would. */
async function kenyaRoundId(baseUrl: string, cookie: string): Promise<string> {
  const country = (await (await fetch(`${baseUrl}/api/countries/KE`, { headers: { cookie } })).json()) as { rounds: { id: string; status: string }[] };
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

interface LoadResult {
  p50: number;
  p95: number;
  rps: number;
  total: number;
  errors: number;
  statuses: Record<string, number>;
}

/** Runs wrk with one of the scripts in scripts/bench and reads the JSON line its done() prints. */
async function wrk(args: { url: string; script: string; threads: number; env: Record<string, string>; seconds?: number }): Promise<LoadResult> {
  // --timeout: a slow response counts in the latency figures rather than as a socket error.
  const child = spawn("wrk", [`-t${args.threads}`, `-c${CONNECTIONS}`, `-d${args.seconds ?? DURATION_S}s`, "--timeout", "10s", "-s", path.join(LUA_DIR, args.script), args.url], {
    env: { ...process.env, BENCH_LUA_DIR: LUA_DIR, ...args.env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  const line = out.split("\n").find((l) => l.startsWith("WRK_RESULT "));
  if (code !== 0 || !line) throw new Error(`wrk failed (${code}):\n${out}`);
  const r = JSON.parse(line.slice("WRK_RESULT ".length)) as { requests: number; durationUs: number; p50Us: number; p95Us: number; socketErrors: number; statuses: Record<string, number> };
  const ok = Object.entries(r.statuses).reduce((n, [status, count]) => n + (status.startsWith("2") ? count : 0), 0);
  return {
    p50: r.p50Us / 1000,
    p95: r.p95Us / 1000,
    rps: r.requests / (r.durationUs / 1e6),
    total: r.requests,
    errors: r.requests - ok + r.socketErrors,
    statuses: r.statuses,
  };
}

function loadGet(url: string, cookie = ""): Promise<LoadResult> {
  return wrk({ url, script: "get.lua", threads: 2, env: { BENCH_COOKIE: cookie } });
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
      env: { BENCH_TARGETS: targets, BENCH_PATH: `/api/rounds/${roundId}/answers/`, BENCH_COOKIE: cookie, BENCH_PACE_MS: String(paceMs) },
      seconds,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measureBytes(baseUrl: string): Promise<{ label: string; bytes: number; requests: number }[]> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const results: { label: string; bytes: number; requests: number }[] = [];
  for (const p of PAGES) {
    const context = await browser.newContext();
    if (p.as) await signIn(context, baseUrl, p.as);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    let bytes = 0;
    let requests = 0;
    cdp.on("Network.loadingFinished", (e: { encodedDataLength: number }) => {
      bytes += e.encodedDataLength;
      requests += 1;
    });
    await page.goto(`${baseUrl}${p.path.replace("{KE}", keRoundId)}`, { waitUntil: "networkidle" });
    await page.waitForTimeout(300);
    results.push({ label: p.label, bytes, requests });
    await context.close();
  }
  await browser.close();
  return results;
}

if (spawnSync("wrk", ["--version"]).error) {
  console.error("npm run bench needs wrk for its load figures: apt-get install -y wrk (Debian, Ubuntu) or brew install wrk.");
  process.exit(1);
}

const port = Number(process.env.BENCH_PORT ?? 3300);
console.log("starting a production server on a throwaway database…");
const server = await startTestServer({ port, label: "bench", quiet: true, env: { AUTH_THROTTLE_IP_MAX: "100000" } });
try {
  const focalCookie = await sessionCookie(server.url, "focal.ke@example.org", chromiumPath());
  keRoundId = await kenyaRoundId(server.url, focalCookie);
  console.log(`\nTransfer size (compressed bytes, cold cache, headless Chromium)`);
  const sizes = await measureBytes(server.url);
  const floor = sizes[0].bytes;
  console.log(`${"page".padEnd(28)} ${"bytes".padStart(9)} ${"requests".padStart(9)} ${"ratio to bare".padStart(14)}`);
  for (const s of sizes) console.log(`${s.label.padEnd(28)} ${String(s.bytes).padStart(9)} ${String(s.requests).padStart(9)} ${(s.bytes / floor).toFixed(2).padStart(14)}`);

  console.log(`\nLoad (wrk, ${CONNECTIONS} connections, ${DURATION_S} s each; latency in ms)`);
  const officerCookie = await sessionCookie(server.url, "officer.eaf@example.org", chromiumPath());
  const adminCookie = await sessionCookie(server.url, "admin@example.org", chromiumPath());
  // A short warm-up, so the first figures do not include the JIT compiling the save path.
  await loadAutosave(server.url, server.databaseUrl, focalCookie, keRoundId, 0, 3);
  const runs: ({ label: string } & LoadResult)[] = [
    { label: "GET /api/health", ...(await loadGet(`${server.url}/api/health`)) },
    { label: "GET / (officer, signed in)", ...(await loadGet(`${server.url}/`, officerCookie)) },
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
} finally {
  await server.stop();
}
