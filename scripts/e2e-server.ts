// The server Playwright runs against (see playwright.config.ts): a throwaway database with demo
// data and the production build. Stops everything on SIGTERM/SIGINT.
import { startTestServer, type TestServer } from "./lib/test-server";

const port = Number(process.env.E2E_PORT ?? 3210);
let server: TestServer | undefined;
let stopping = false;

async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await server?.stop();
  }
  process.exit(code);
}
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));

try {
  server = await startTestServer({ port, label: "e2e" });
  console.log(`e2e server ready at ${server.url}`);
} catch (error) {
  console.error(error);
  await stop(1);
}
