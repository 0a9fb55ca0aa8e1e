// A complete app for tests and benchmarks: a throwaway database (embedded, or a fresh database on
// the DATABASE_URL server) with demo data (or, with `demo: false`, only the reference data of a
// fresh production installation), and the production build served by `next start`.
import { startTestDatabase } from "../../lib/testing/database";
import { prepareDatabase } from "./database";
import { buildApp, isBuildStale, startNext, stopChild, waitForHealthy } from "./next-server";

export interface TestServer {
  url: string;
  /** The throwaway database, for checks that read it directly. */
  databaseUrl: string;
  /** The server process, e.g. for signalling a preload given in nodeArgs. */
  pid: number | undefined;
  stop: () => Promise<void>;
}

export async function startTestServer(options: { port: number; label: string; quiet?: boolean; demo?: boolean; env?: Record<string, string>; nodeArgs?: string[] }): Promise<TestServer> {
  const demo = options.demo ?? true;
  const database = await startTestDatabase(process.env.DATABASE_URL, options.label);
  let child: ReturnType<typeof startNext> | undefined;
  const stop = async () => {
    if (child) await stopChild(child);
    child = undefined;
    await database.stop();
  };
  try {
    // A throwaway database of its own (embedded, or a scratch database on DATABASE_URL's server):
    // demo data, when wanted, is allowed there, so the guard against demo mode on an external
    // database is lifted for it.
    await prepareDatabase(database.url, { demo, embedded: false, allowExternalDemo: demo });
    const url = `http://127.0.0.1:${options.port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      DEMO_MODE: String(demo),
      DEMO_MODE_ALLOW_EXTERNAL_DB: String(demo),
      NEXTAUTH_URL: url,
      NEXTAUTH_SECRET: "test-server-secret-test-server-secret-0123",
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "warn",
      ...options.env,
    };
    if (isBuildStale()) buildApp(env);
    child = startNext({ dev: false, port: options.port, host: "127.0.0.1", env, quiet: options.quiet, nodeArgs: options.nodeArgs });
    await waitForHealthy(url);
    return { url, databaseUrl: database.url, pid: child.pid, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
