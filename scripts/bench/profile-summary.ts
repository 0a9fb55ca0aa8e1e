// Summarises a V8 .cpuprofile (from profile-preload.cjs, or node --cpu-prof): self time by where the
// code comes from (a package, Next's compiled React, the app's server bundle, Node, GC, idle) and the
// functions with the most self time. Also runnable on its own: tsx scripts/bench/profile-summary.ts <file>.
import { readFileSync } from "node:fs";
import path from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Where a function's code comes from, from its script URL. */
export function originOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  if (url.startsWith("node:")) return "node internals";
  const file = url.replace(/^file:\/\//, "");
  const compiled = /node_modules\/next\/dist\/compiled\/([^/]+)/.exec(file);
  if (compiled) return `next/compiled/${compiled[1]}`;
  const pkg = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (pkg) return pkg[1] === "next" ? `next/${/node_modules\/next\/dist\/([^/]+)/.exec(file)?.[1] ?? ""}` : pkg[1];
  if (file.includes("/.next/server/")) return "app server bundle (.next/server)";
  if (file.includes("/lib/generated/")) return "prisma generated client";
  return path.relative(process.cwd(), file) || file;
}

/** Self time in ms per node id (samples × their time deltas; hit counts when there are no samples). */
function selfTimes(profile: CpuProfile): Map<number, number> {
  const self = new Map<number, number>();
  if (profile.samples && profile.timeDeltas) {
    // timeDeltas[i] is the time before sample i; the time until the next sample belongs to sample i.
    for (let i = 0; i < profile.samples.length; i++) {
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
    }
    return self;
  }
  const hits = profile.nodes.reduce((n, node) => n + (node.hitCount ?? 0), 0) || 1;
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  for (const node of profile.nodes) self.set(node.id, ((node.hitCount ?? 0) / hits) * totalMs);
  return self;
}

export interface ProfileSummary {
  totalMs: number;
  busyMs: number;
  byOrigin: { origin: string; ms: number }[];
  topFunctions: { name: string; origin: string; ms: number }[];
  /** The app's own functions by total time (their own and their callees'), each counted once per stack. */
  topAppFunctions: { name: string; ms: number }[];
}

/** Total (inclusive) time of the app server bundle's functions: where in our code the time starts. */
function appTotals(profile: CpuProfile, self: Map<number, number>, top: number): { name: string; ms: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  const walk = (id: number, onStack: Set<string>): number => {
    const node = byId.get(id);
    if (!node) return 0;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const isApp = url.includes("/.next/server/");
    const name = `${functionName || "(anonymous)"} ${path.basename(url)}:${lineNumber + 1}:${columnNumber + 1}`;
    const counted = isApp && !onStack.has(name);
    if (counted) onStack.add(name);
    let ms = self.get(id) ?? 0;
    for (const child of node.children ?? []) ms += walk(child, onStack);
    if (counted) {
      onStack.delete(name);
      totals.set(name, (totals.get(name) ?? 0) + ms);
    }
    return ms;
  };
  const root = profile.nodes[0];
  if (root) walk(root.id, new Set());
  return [...totals.entries()].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms).slice(0, top);
}

export function summariseProfile(file: string, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const self = selfTimes(profile);
  const byOrigin = new Map<string, number>();
  const byFunction = new Map<string, { name: string; origin: string; ms: number }>();
  let totalMs = 0;
  let idleMs = 0;
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (ms === 0) continue;
    totalMs += ms;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === "(idle)") idleMs += ms;
    const origin = originOf(url, functionName);
    byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + ms);
    const name = `${functionName || "(anonymous)"}${url ? ` ${path.basename(url)}:${lineNumber + 1}` : ""}`;
    const entry = byFunction.get(name) ?? { name, origin, ms: 0 };
    entry.ms += ms;
    byFunction.set(name, entry);
  }
  return {
    totalMs,
    busyMs: totalMs - idleMs,
    byOrigin: [...byOrigin.entries()].map(([origin, ms]) => ({ origin, ms })).sort((a, b) => b.ms - a.ms),
    topFunctions: [...byFunction.values()].filter((f) => f.name !== "(idle)").sort((a, b) => b.ms - a.ms).slice(0, top),
    topAppFunctions: appTotals(profile, self, top),
  };
}

export function printProfileSummary(label: string, s: ProfileSummary, lines = 12): void {
  const pct = (ms: number) => `${((100 * ms) / (s.busyMs || 1)).toFixed(1).padStart(5)}%`;
  console.log(`\n${label}: ${(s.busyMs / 1000).toFixed(1)} s on the CPU of ${(s.totalMs / 1000).toFixed(1)} s profiled (shares are of the CPU time)`);
  console.log("  self time by origin");
  for (const o of s.byOrigin.filter((x) => x.origin !== "(idle)").slice(0, lines)) console.log(`    ${pct(o.ms)}  ${o.origin}`);
  console.log("  functions with the most self time");
  for (const f of s.topFunctions.slice(0, lines)) console.log(`    ${pct(f.ms)}  ${f.name}  [${f.origin}]`);
  console.log("  the app's functions by total time (with what they call)");
  for (const f of s.topAppFunctions.slice(0, lines)) console.log(`    ${pct(f.ms)}  ${f.name}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  for (const file of process.argv.slice(2)) printProfileSummary(file, summariseProfile(file, 25), 25);
}
