// The servers Playwright runs against (see playwright.config.ts), each with a throwaway database
// and the production build:
// - on E2E_PORT, demo data, with single sign-on through a test identity provider
//   (scripts/lib/mock-oidc.ts) on E2E_PORT+1: the "chromium" project;
// - on E2E_PORT+2, a fresh production installation (DEMO_MODE=false, no single sign-on, reference
//   data only) whose first administrator is made by admin:create's own function: the "non-demo"
//   project. Its one-time link and database address go to a file the specs read (e2e/admin-support.ts).
// The non-demo server starts first, so that once the demo server answers (what Playwright waits
// for) both are up. Stops everything on SIGTERM/SIGINT.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { createAdministrator } from "../lib/admin/setup/service";
import { nonDemoStatePath, NON_DEMO_ADMIN_EMAIL, type NonDemoState } from "../e2e/admin-support";
import { e2eStateFile, type E2eState } from "./lib/e2e-state";
import { startMockOidcProvider, type MockOidcProvider } from "./lib/mock-oidc";
import { startTestServer, type TestServer } from "./lib/test-server";

const port = Number(process.env.E2E_PORT ?? 3210);
let server: TestServer | undefined;
let nonDemo: TestServer | undefined;
let idp: MockOidcProvider | undefined;
let stopping = false;
const statePath = nonDemoStatePath(port);

async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    rmSync(e2eStateFile(port), { force: true });
    await server?.stop();
    await nonDemo?.stop();
    await idp?.stop();
    rmSync(statePath, { force: true });
  }
  process.exit(code);
}
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));

async function firstAdministrator(target: TestServer): Promise<NonDemoState> {
  const pool = new pg.Pool({ connectionString: target.databaseUrl, max: 1 });
  try {
    const admin = await createAdministrator(pool, { email: NON_DEMO_ADMIN_EMAIL, name: "First Administrator", baseUrl: target.url });
    return { url: target.url, databaseUrl: target.databaseUrl, adminEmail: admin.email, adminLink: admin.link };
  } finally {
    await pool.end();
  }
}

try {
  // A file left by a run that was killed names a database that no longer exists.
  rmSync(e2eStateFile(port), { force: true });
  nonDemo = await startTestServer({ port: port + 2, label: "e2e_nodemo", demo: false });
  mkdirSync(path.dirname(statePath), { recursive: true });
  writeFileSync(statePath, JSON.stringify(await firstAdministrator(nonDemo)), { mode: 0o600 });
  idp = await startMockOidcProvider({ port: port + 1 });
  server = await startTestServer({
    port,
    label: "e2e",
    env: { OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: idp.clientId, OIDC_CLIENT_SECRET: idp.clientSecret, OIDC_NAME: "Test SSO" },
  });
  const state: E2eState = { databaseUrl: server.databaseUrl };
  writeFileSync(e2eStateFile(port), JSON.stringify(state), { mode: 0o600 });
  console.log(`e2e servers ready at ${server.url} (demo) and ${nonDemo.url} (no demo data)`);
} catch (error) {
  console.error(error);
  await stop(1);
}
