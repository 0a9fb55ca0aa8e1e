// npm run bench, the JSON API by personal token (issue 15): on the large data set's server (193
// countries x 5 cycles, 965 rounds), with a read-only token of its administrator, at 10 connections:
//   - GET /api/v1/rounds?limit=50, the first page and a late one (the keyset read costs the same);
//   - GET /api/v1/rounds/<id> of the round with the most answers and evidence;
//   - each again with If-None-Match holding its current ETag (304, no body): what a client that
//     revalidates saves.
// The token is written in SQL the way lib/api-tokens/service.ts makes one (its SHA-256 stored, the
// token itself kept by the bench only); the server runs with a rate limit the load cannot reach.
import pg from "pg";
import { generateApiToken } from "../../lib/api-tokens/format";

/** What the bench's load runner reports (scripts/bench.ts, wrk with get.lua). */
export interface ApiLoadResult {
  p50: number;
  p95: number;
  rps: number;
  total: number;
  cpuMsPerRequest?: number;
  statuses: Record<string, number>;
}

export interface BenchApiOptions {
  baseUrl: string;
  databaseUrl: string;
  adminEmail: string;
  connections: number;
  seconds: number;
  /** Runs wrk's get.lua on the URL with these environment variables (BENCH_AUTHORIZATION, BENCH_IF_NONE_MATCH). */
  load: (url: string, env: Record<string, string>) => Promise<ApiLoadResult>;
}

async function prepare(databaseUrl: string, adminEmail: string): Promise<{ token: string; roundId: string; answers: number; evidence: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { token, prefix, secretHash } = generateApiToken();
    const inserted = await client.query(
      `INSERT INTO api_tokens (id, user_id, name, scope, prefix, secret_hash, expires_at)
       SELECT gen_random_uuid(), id, 'bench', 'READ', $2, $3, now() + interval '1 day' FROM users WHERE email = $1`,
      [adminEmail, prefix, secretHash],
    );
    if (inserted.rowCount !== 1) throw new Error(`no user ${adminEmail} for the bench's API token`);
    const {
      rows: [round],
    } = await client.query<{ round_id: string; answers: number; evidence: number }>(
      `SELECT a.round_id, count(DISTINCT a.id)::int AS answers, count(e.id)::int AS evidence
         FROM answers a LEFT JOIN evidence_items e ON e.answer_id = a.id
        GROUP BY a.round_id ORDER BY count(e.id) DESC, a.round_id LIMIT 1`,
    );
    return { token, roundId: round.round_id, answers: round.answers, evidence: round.evidence };
  } finally {
    await client.end();
  }
}

/** One GET with the token: status, ETag, body size, and the body's next cursor if it has one. */
async function probe(url: string, authorization: string): Promise<{ status: number; etag: string; bytes: number; nextCursor: string | null }> {
  const response = await fetch(url, { headers: { authorization } });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`GET ${url}: HTTP ${response.status} ${text.slice(0, 200)}`);
  const body = JSON.parse(text) as { nextCursor?: string | null };
  return { status: response.status, etag: response.headers.get("etag") ?? "", bytes: Buffer.byteLength(text), nextCursor: body.nextCursor ?? null };
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

export async function benchApi(options: BenchApiOptions): Promise<void> {
  const { token, roundId, answers, evidence } = await prepare(options.databaseUrl, options.adminEmail);
  const authorization = `Bearer ${token}`;
  const firstPage = `${options.baseUrl}/api/v1/rounds?limit=50`;
  // A late page: follow the cursors to the 19th page of 20 (rows 901 to 950 of 965).
  let latePage = firstPage;
  for (let n = 1; n < 19; n++) {
    const { nextCursor } = await probe(latePage, authorization);
    if (nextCursor === null) break;
    latePage = `${options.baseUrl}/api/v1/rounds?limit=50&cursor=${nextCursor}`;
  }
  const oneRound = `${options.baseUrl}/api/v1/rounds/${roundId}`;

  console.log(`\nJSON API by personal token (administrator, large data set): ${options.connections} connections, ${options.seconds} s each (ms)`);
  console.log(`round with answers: ${roundId} (${answers} answers, ${evidence} evidence items)`);
  console.log(`${"endpoint".padEnd(66)} ${"bytes".padStart(8)} ${"p50".padStart(8)} ${"p95".padStart(8)} ${"req/s".padStart(8)} ${"CPU ms/req".padStart(10)}  statuses`);
  for (const [label, url] of [
    ["GET /api/v1/rounds?limit=50 (page 1)", firstPage],
    ["GET /api/v1/rounds?limit=50 (page 19, cursor)", latePage],
    ["GET /api/v1/rounds/<id> (with answers)", oneRound],
  ] as const) {
    const { etag, bytes } = await probe(url, authorization);
    for (const [variant, env] of [
      ["", { BENCH_AUTHORIZATION: authorization }],
      [", If-None-Match (304)", { BENCH_AUTHORIZATION: authorization, BENCH_IF_NONE_MATCH: etag }],
    ] as const) {
      const r = await options.load(url, env);
      const cpu = r.cpuMsPerRequest === undefined ? "-" : fmt(r.cpuMsPerRequest, 2);
      const size = variant === "" ? String(bytes) : "0";
      console.log(`${(label + variant).padEnd(66)} ${size.padStart(8)} ${fmt(r.p50).padStart(8)} ${fmt(r.p95).padStart(8)} ${fmt(r.rps, 0).padStart(8)} ${cpu.padStart(10)}  ${JSON.stringify(r.statuses)}`);
    }
  }
}
