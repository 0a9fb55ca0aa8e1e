// The server Playwright runs against (see playwright.config.ts): a throwaway database with demo
// data and the production build, with single sign-on through a test identity provider
// (scripts/lib/mock-oidc.ts) on the next port. Stops everything on SIGTERM/SIGINT.
import { rmSync, writeFileSync } from "node:fs";
import { e2eServerInfoPath } from "../e2e/server-info";
import { startMockOidcProvider, type MockOidcProvider } from "./lib/mock-oidc";
import { startTestServer, type TestServer } from "./lib/test-server";

const port = Number(process.env.E2E_PORT ?? 3210);
let server: TestServer | undefined;
let idp: MockOidcProvider | undefined;
let stopping = false;

async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    rmSync(e2eServerInfoPath(port), { force: true });
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
  // Specs that make their own users and countries write them through this throwaway database.
  writeFileSync(e2eServerInfoPath(port), JSON.stringify({ databaseUrl: server.databaseUrl }), { mode: 0o600 });
  console.log(`e2e server ready at ${server.url}`);
} catch (error) {
  console.error(error);
  await stop(1);
}
