// What the non-demo e2e server (scripts/e2e-server.ts) hands to the specs of the "non-demo"
// project: its address, its database (for making a fresh administrator per test, with
// admin:create's own function) and the first administrator's one-time link. No Playwright import:
// the server script loads this too.
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createAdministrator } from "../lib/admin/setup/service";

export const NON_DEMO_ADMIN_EMAIL = "first.admin@non-demo.example.org";

export interface NonDemoState {
  url: string;
  databaseUrl: string;
  adminEmail: string;
  adminLink: string;
}

/** Outside test-results/, which Playwright empties when the run starts. */
export function nonDemoStatePath(port: number): string {
  return path.join(os.tmpdir(), `cybercap-e2e-${port}`, "non-demo.json");
}

export function nonDemoState(): NonDemoState {
  return JSON.parse(readFileSync(nonDemoStatePath(Number(process.env.E2E_PORT ?? 3210)), "utf8")) as NonDemoState;
}

/** A fresh administrator of the non-demo installation, as `npm run admin:create` makes one: its link's path. */
export async function makeAdministrator(email: string): Promise<string> {
  const state = nonDemoState();
  const pool = new pg.Pool({ connectionString: state.databaseUrl, max: 1 });
  try {
    return new URL((await createAdministrator(pool, { email, baseUrl: state.url })).link).pathname;
  } finally {
    await pool.end();
  }
}
