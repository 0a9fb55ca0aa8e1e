// Direct access to the e2e server's throwaway database, for specs that need people of their own
// (a fresh officer, say) that no page can create yet. The server writes its database URL to a file
// (scripts/e2e-server.ts); this refuses any database that is not a local throwaway one.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { hash } from "@node-rs/argon2";
import pg from "pg";
import { e2eStateFile, type E2eState } from "../scripts/lib/e2e-state";

export const E2E_PASSWORD = "e2e-password-2026";

/** The e2e server's throwaway database (it writes the address when it is up). */
export function databaseUrl(): string {
  const port = Number(process.env.E2E_PORT ?? 3210);
  const url = (JSON.parse(readFileSync(e2eStateFile(port), "utf8")) as E2eState).databaseUrl;
  const { hostname, pathname } = new URL(url);
  // Throwaway databases are named cybercap_e2e… (lib/testing/database.ts): never touch another.
  if (!["127.0.0.1", "localhost", "::1"].includes(hostname) || !/^\/cybercap_e2e/.test(pathname)) {
    throw new Error(`e2e/db.ts refuses to write to ${hostname}${pathname}: not a throwaway e2e database`);
  }
  return url;
}

async function withClient<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export interface E2eUser {
  id: string;
  email: string;
  name: string;
  password: string;
}

/** A new account with a password and no role: not a demo account, so no other spec depends on it. */
export async function createUser(options: { prefix?: string; name?: string } = {}): Promise<E2eUser> {
  const email = `${options.prefix ?? "e2e"}.${randomBytes(5).toString("hex")}@e2e.example.org`;
  const name = options.name ?? `E2E ${email.split("@")[0]}`;
  const passwordHash = await hash(E2E_PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const id = await withClient(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      "INSERT INTO users (id, email, name, password_hash, updated_at) VALUES (gen_random_uuid(), $1, $2, $3, now()) RETURNING id::text",
      [email, name, passwordHash],
    );
    return rows[0].id;
  });
  return { id, email, name, password: E2E_PASSWORD };
}

/** The programme region a country is in now (to restore it after a spec moved it). */
export async function programmeRegionOf(iso2: string): Promise<string | null> {
  return withClient(async (client) => {
    const { rows } = await client.query<{ code: string | null }>(
      "SELECT r.code FROM countries c LEFT JOIN programme_regions r ON r.id = c.programme_region_id WHERE c.iso2 = $1",
      [iso2],
    );
    return rows[0]?.code ?? null;
  });
}
