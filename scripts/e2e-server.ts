// The server Playwright runs against (see playwright.config.ts): a throwaway database with demo
// data and the production build, with single sign-on through a test identity provider
// (scripts/lib/mock-oidc.ts) on the next port. Stops everything on SIGTERM/SIGINT.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { e2eDatabaseUrlFile } from "./lib/e2e-database-url";
import { startMockOidcProvider, type MockOidcProvider } from "./lib/mock-oidc";
import { startTestServer, type TestServer } from "./lib/test-server";

const port = Number(process.env.E2E_PORT ?? 3210);
let server: TestServer | undefined;
let idp: MockOidcProvider | undefined;
let stopping = false;

async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    rmSync(e2eDatabaseUrlFile(port), { force: true });
    await server?.stop();
    await idp?.stop();
  }
  process.exit(code);
}
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));

try {
  idp = await startMockOidcProvider({ port: port + 1 });
  server = await startTestServer({
    port,
    label: "e2e",
    env: { OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: idp.clientId, OIDC_CLIENT_SECRET: idp.clientSecret, OIDC_NAME: "Test SSO" },
  });
  // For specs that create their own users directly (e2e/db.ts).
  mkdirSync(path.dirname(e2eDatabaseUrlFile(port)), { recursive: true });
  writeFileSync(e2eDatabaseUrlFile(port), server.databaseUrl, { mode: 0o600 });
  console.log(`e2e server ready at ${server.url}`);
} catch (error) {
  console.error(error);
  await stop(1);
}
