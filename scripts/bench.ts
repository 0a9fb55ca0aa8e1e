// npm run bench: performance figures from one run, on this machine.
//  1. Bytes transferred (compressed, every request) by pages in headless Chromium with a cold cache,
//     each next to the bare page of the same build (the framework's floor).
//  2. Latency p50/p95 and requests/s under autocannon at 50 connections: /api/health and a
//     signed-in page.
// Later features add their pages and endpoints to the lists below.
import autocannon from "autocannon";
import { chromium, type BrowserContext } from "@playwright/test";
import { existsSync } from "node:fs";
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

/** Kenya's open demo round and its indicators, read through the API as the focal point would. */
async function kenyaRound(baseUrl: string, cookie: string): Promise<{ roundId: string; indicatorIds: string[] }> {
  const country = (await (await fetch(`${baseUrl}/api/countries/KE`, { headers: { cookie } })).json()) as { rounds: { id: string; status: string }[] };
  const roundId = country.rounds.find((r) => r.status === "DRAFT")!.id;
  const indicatorIds: string[] = [];
  for (const pillar of ["PRE", "INV", "FOR", "EVI", "PRO", "LEG"]) {
    const html = await (await fetch(`${baseUrl}/rounds/${roundId}/pillars/${pillar}`, { headers: { cookie } })).text();
    for (const m of html.matchAll(/data-indicator-id="([0-9a-f-]{36})"/g)) indicatorIds.push(m[1]);
  }
  return { roundId, indicatorIds };
}

/**
 * Autosave under load: each connection edits its own indicator (as respondents do), sending the
 * version the previous save returned, so every request is a real, successful save.
 */
async function loadAutosave(baseUrl: string, cookie: string, roundId: string, indicatorIds: string[]) {
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let next = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections: Math.min(CONNECTIONS, indicatorIds.length),
        duration: DURATION_S,
        headers: { cookie, "content-type": "application/json" },
        // autocannon resets a request's context on every loop, so each connection keeps its
        // indicator and last version in a closure of its own.
        setupClient: (client) => {
          const state = { indicator: indicatorIds[next++ % indicatorIds.length], version: 0, n: 0 };
          client.setRequests([
            {
              method: "PUT",
              path: `/api/rounds/${roundId}/answers/${state.indicator}`,
              setupRequest: (req) => {
                state.n += 1;
                const answer = { kind: "LEVEL", level: state.n % 5, notApplicableReason: null, justification: `Load test edit ${state.n}`, targetOverride: null };
                return { ...req, body: JSON.stringify({ version: state.version, answer }) };
              },
              onResponse: (status, body) => {
                statuses[status] = (statuses[status] ?? 0) + 1;
                if (status === 200) state.version = (JSON.parse(body) as { answer: { version: number } }).answer.version;
                else if (status === 409) state.version = (JSON.parse(body) as { error: { details?: { current?: { version: number } | null } } }).error.details?.current?.version ?? 0;
              },
            },
          ]);
        },
      },
      (error, r) => (error ? reject(error) : resolve(r)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  console.log(`  autosave responses by status: ${JSON.stringify(statuses)}`);
  return { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), rps: result.requests.average, total: result.requests.total, non2xx: result.non2xx + result.errors + result.timeouts };
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

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

async function load(url: string, headers: Record<string, string> = {}) {
  const latencies: number[] = [];
  // autocannon reports fixed percentiles (p90, p97.5…); record every response time to compute p95.
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers }, (error, r) => (error ? reject(error) : resolve(r)));
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  const non2xx = result.non2xx + result.errors + result.timeouts;
  return { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), rps: result.requests.average, total: result.requests.total, non2xx };
}

const port = Number(process.env.BENCH_PORT ?? 3300);
console.log("starting a production server on a throwaway database…");
const server = await startTestServer({ port, label: "bench", quiet: true, env: { AUTH_THROTTLE_IP_MAX: "100000" } });
try {
  const focalCookie = await sessionCookie(server.url, "focal.ke@example.org", chromiumPath());
  const kenya = await kenyaRound(server.url, focalCookie);
  keRoundId = kenya.roundId;
  console.log(`\nTransfer size (compressed bytes, cold cache, headless Chromium)`);
  const sizes = await measureBytes(server.url);
  const floor = sizes[0].bytes;
  console.log(`${"page".padEnd(28)} ${"bytes".padStart(9)} ${"requests".padStart(9)} ${"ratio to bare".padStart(14)}`);
  for (const s of sizes) console.log(`${s.label.padEnd(28)} ${String(s.bytes).padStart(9)} ${String(s.requests).padStart(9)} ${(s.bytes / floor).toFixed(2).padStart(14)}`);

  console.log(`\nLoad (autocannon, ${CONNECTIONS} connections, ${DURATION_S} s each)`);
  const cookie = await sessionCookie(server.url, "officer.eaf@example.org", chromiumPath());
  const runs = [
    { label: "GET /api/health", ...(await load(`${server.url}/api/health`)) },
    { label: "GET / (officer, signed in)", ...(await load(`${server.url}/`, { cookie })) },
    { label: "PUT answer (autosave)", ...(await loadAutosave(server.url, focalCookie, kenya.roundId, kenya.indicatorIds)) },
  ];
  console.log(`${"endpoint".padEnd(28)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"req/s".padStart(8)} ${"requests".padStart(9)} ${"errors".padStart(7)}`);
  for (const r of runs) {
    console.log(`${r.label.padEnd(28)} ${String(r.p50).padStart(8)} ${String(r.p95).padStart(8)} ${r.rps.toFixed(0).padStart(8)} ${String(r.total).padStart(9)} ${String(r.non2xx).padStart(7)}`);
  }
} finally {
  await server.stop();
}
