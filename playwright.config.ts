import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);
/** scripts/e2e-server.ts: the demo server on `port`, a fresh non-demo installation on port + 2. */
const nonDemoPort = port + 2;
/** Specs that run against the installation without demo data (DEMO_MODE=false). */
const NON_DEMO_SPECS = /admin-non-demo\.spec\.ts$/;

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: chromiumPath(),
    // Without these Chromium keeps trying to reach the internet from a closed network.
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  },
};

/** Playwright cannot download browsers here: use the machine's Chromium (CHROMIUM_PATH, Debian's). */
function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  return candidates.find((p): p is string => Boolean(p && existsSync(p)));
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "off",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "chromium", testIgnore: NON_DEMO_SPECS, use: chromium },
    { name: "non-demo", testMatch: NON_DEMO_SPECS, use: { ...chromium, baseURL: `http://127.0.0.1:${nonDemoPort}` } },
  ],
  // One command starts both servers; it starts the non-demo one first, so when the demo server's
  // health answers, both are up.
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    env: { E2E_PORT: String(port) },
  },
});
