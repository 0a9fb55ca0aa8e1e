// npm run bench, gap reports: the PDF of a full round (the ten-round country's current round, every
// indicator answered), warm, p50/p95 over 10 renders one after another (goal < 2 s), and the peak
// memory of the server and of its report browser (Chromium's processes, children of the server)
// while they run; then the DOCX of the same round.
import { readdirSync, readFileSync } from "node:fs";

const RENDERS = 10;
const GOAL_MS = 2000;

/** Resident memory (bytes) of a process, 0 when it is gone. */
function rssOf(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith("VmRSS:"));
    return line ? Number(line.replace(/\D+/g, "")) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Every descendant of `root` (Linux /proc). */
function descendantsOf(root: number): number[] {
  const parent = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const rest = readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
      parent.set(Number(entry), Number(rest[1]));
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    for (const [child, p] of parent) {
      if (p !== pid) continue;
      out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}

function memorySampler(serverPid: number | undefined) {
  let server = 0;
  let browser = 0;
  const sample = () => {
    if (!serverPid) return;
    server = Math.max(server, rssOf(serverPid));
    browser = Math.max(browser, descendantsOf(serverPid).reduce((n, pid) => n + rssOf(pid), 0));
  };
  const timer = setInterval(sample, 100);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return { server, browser };
    },
  };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

async function timed(url: string, cookie: string): Promise<{ ms: number; bytes: number; status: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  const body = new Uint8Array(await response.arrayBuffer());
  return { ms: performance.now() - started, bytes: body.length, status: response.status };
}

export async function benchReports(options: { baseUrl: string; roundId: string; cookie: string; serverPid?: number }): Promise<void> {
  const url = (format: string, lang: string) => `${options.baseUrl}/api/v1/rounds/${options.roundId}/export?format=${format}&lang=${lang}`;
  console.log(`\nGap report of a full round (one render at a time; ms)`);
  const first = await timed(url("pdf", "en"), options.cookie);
  if (first.status !== 200) {
    console.log(`skipped: the PDF answered HTTP ${first.status}${first.status === 404 ? " (not in this build)" : ""}`);
    return;
  }
  console.log(`first PDF (launches the browser): ${first.ms.toFixed(0)} ms, ${(first.bytes / 1024).toFixed(0)} KB`);
  const memory = memorySampler(options.serverPid);
  const times: number[] = [];
  for (let i = 0; i < RENDERS; i++) times.push((await timed(url("pdf", i % 2 === 0 ? "en" : "ar"), options.cookie)).ms);
  const peak = memory.stop();
  times.sort((a, b) => a - b);
  const p95 = quantile(times, 0.95);
  console.log(`${"report".padEnd(32)} ${"p50".padStart(8)} ${"p95".padStart(8)}  goal`);
  console.log(`${`PDF warm (${RENDERS}, en and ar)`.padEnd(32)} ${quantile(times, 0.5).toFixed(0).padStart(8)} ${p95.toFixed(0).padStart(8)}  p95 < ${GOAL_MS} ${p95 < GOAL_MS ? "ok" : "MISSED"}`);
  const docx: number[] = [];
  for (let i = 0; i < 3; i++) docx.push((await timed(url("docx", "en"), options.cookie)).ms);
  docx.sort((a, b) => a - b);
  console.log(`${"DOCX warm (3, en)".padEnd(32)} ${quantile(docx, 0.5).toFixed(0).padStart(8)} ${docx[docx.length - 1].toFixed(0).padStart(8)}`);
  if (options.serverPid) console.log(`peak memory while rendering PDFs: server ${mb(peak.server)}, report browser ${mb(peak.browser)} (resident)`);
}
