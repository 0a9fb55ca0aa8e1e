// npm test: every check and suite, in order of cost: type check, lint, unit, integration (real
// PostgreSQL), end-to-end (production build in Chromium), system (`npm start` supervised, and the
// container's server built and laid out as the Dockerfile says). Stops at the first failing step,
// and ends with one line counting the tests: "N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const REPORTS = path.join(process.cwd(), "test-results", "reports");
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Counts = { passed: 0, failed: 0, skipped: 0 };

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n━━ ${label} ━━`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  console.log(`━━ ${label}: ${result.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

function vitestCounts(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const r = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

function playwrightCounts(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const r = JSON.parse(readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected, skipped: r.stats.skipped };
}

function add(c: Counts) {
  total.passed += c.passed;
  total.failed += c.failed;
  total.skipped += c.skipped;
}

function finish(ok: boolean): never {
  console.log(`\ntests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
  process.exit(ok && total.failed === 0 ? 0 : 1);
}

const npx = "npx";
if (!run("type check", npx, ["--no-install", "tsc", "--noEmit"])) finish(false);
if (!run("lint", npx, ["--no-install", "eslint", "--max-warnings=0", "."])) finish(false);

const unitFile = path.join(REPORTS, "unit.json");
const unitOk = run("unit tests", npx, ["--no-install", "vitest", "run", "--project", "unit", "--reporter=default", "--reporter=json", `--outputFile.json=${unitFile}`]);
const unit = vitestCounts(unitFile);
add(unit);
// A suite's own report counts too: a failed test must stop the run even if its process exits 0.
if (!unitOk || unit.failed > 0) finish(false);

const integrationFile = path.join(REPORTS, "integration.json");
const integrationOk = run("integration tests (PostgreSQL)", npx, [
  "--no-install", "vitest", "run", "--project", "integration", "--reporter=default", "--reporter=json", `--outputFile.json=${integrationFile}`,
]);
const integration = vitestCounts(integrationFile);
add(integration);
if (!integrationOk || integration.failed > 0) finish(false);

const e2eFile = path.join(REPORTS, "e2e.json");
const e2eOk = run("end-to-end tests (Chromium)", npx, ["--no-install", "playwright", "test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eFile });
const e2e = playwrightCounts(e2eFile);
add(e2e);
if (e2eOk && e2e.passed === 0) {
  console.error("end-to-end suite ran no test");
  finish(false);
}
if (!e2eOk) finish(false);

// After the end-to-end tests, whose production build `npm start` reuses here; the container test
// makes its own standalone build in a temporary copy.
const systemFile = path.join(REPORTS, "system.json");
const systemOk = run("system tests (npm start supervision, container layout)", npx, [
  "--no-install", "vitest", "run", "--project", "system", "--reporter=default", "--reporter=json", `--outputFile.json=${systemFile}`,
]);
add(vitestCounts(systemFile));
finish(systemOk);
