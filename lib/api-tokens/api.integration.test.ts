// Personal API tokens end to end through the real route handlers (lib/api/handler.ts and the
// /api/v1 route files), against PostgreSQL. Next's request-scoped helpers are replaced: the
// session cookie store (next/headers) holds whatever session a test signs in with, and error
// messages come from the English catalogue (next-intl/server) as they would for an English reader.
import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";
import en from "../../messages/en.json";
import { getDb, getPool } from "../db";
import { verifyAuditChain } from "../audit/chain";
import { getRoundHistory } from "../review/history";
import { env, resetEnvForTests } from "../env";
import type { Actor } from "../authz";
import { setUserDisabled } from "../admin/users/service";
import { indicatorOf, makeOpenRound, makeUser } from "../testing/fixtures";
import { createApiToken } from "./service";

const cookieJar = new Map<string, string>();

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name)! } : undefined),
    getAll: () => [...cookieJar].map(([name, value]) => ({ name, value })),
  }),
}));

vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => (key: string) => (en as unknown as Record<string, Record<string, string>>)[namespace]?.[key] ?? key,
}));

const roundRoute = await import("@/app/api/v1/rounds/[roundId]/route");
const answerRoute = await import("@/app/api/v1/rounds/[roundId]/answers/[indicatorId]/route");
const evidenceRoute = await import("@/app/api/v1/rounds/[roundId]/answers/[indicatorId]/evidence/route");
const tokensRoute = await import("@/app/api/v1/tokens/route");
const tokenRoute = await import("@/app/api/v1/tokens/[tokenId]/route");

const BASE = "http://localhost:3000";
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });

function request(method: string, path: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Request {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  return new Request(`${BASE}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
}

async function signInAs(actor: Actor | null): Promise<void> {
  cookieJar.clear();
  if (!actor) return;
  const { sessionVersion } = await getDb().user.findUniqueOrThrow({ where: { id: actor.userId }, select: { sessionVersion: true } });
  cookieJar.set("next-auth.session-token", await encode({ token: { uid: actor.userId, sv: sessionVersion, name: actor.name }, secret: env().NEXTAUTH_SECRET! }));
}

const level = (n: number) => ({ kind: "LEVEL", level: n, notApplicableReason: null, justification: `level ${n}`, targetOverride: null });

async function tokenFor(actor: Actor, scope: "read" | "read-write" = "read-write") {
  return createApiToken(actor, { name: `test ${scope}`, scope, expiresInDays: 30 });
}

async function errorOf(response: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await response.json()) as { error: { code: string; message: string } };
  return { status: response.status, code: body.error.code, message: body.error.message };
}

beforeEach(() => signInAs(null));

describe("a personal API token", () => {
  it("reads a round of its owner's country, with its answers and evidence metadata", async () => {
    const focal = await makeUser({ memberOf: { iso2: "KE", role: "FOCAL_POINT" } });
    const round = await makeOpenRound("KE");
    const indicator = await indicatorOf("INV");
    const { token } = await tokenFor(focal, "read");
    const saved = await answerRoute.PUT(
      request("PUT", `/api/v1/rounds/${round.id}/answers/${indicator.id}`, { token: (await tokenFor(focal)).token, body: { version: 0, answer: level(2) } }),
      ctx({ roundId: round.id, indicatorId: indicator.id }),
    );
    expect(saved.status).toBe(200);
    const answer = await getDb().answer.findFirstOrThrow({ where: { roundId: round.id, indicatorId: indicator.id }, select: { id: true } });
    await getDb().evidenceItem.create({ data: { answerId: answer.id, kind: "LINK", url: "https://example.org/law", title: "The law", addedById: focal.userId } });

    const response = await roundRoute.GET(request("GET", `/api/v1/rounds/${round.id}`, { token }), ctx({ roundId: round.id }));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.round).toMatchObject({ id: round.id, status: "DRAFT", country: { iso2: "KE" } });
    expect(body.answers).toEqual([
      expect.objectContaining({
        indicatorId: indicator.id,
        indicatorCode: indicator.code,
        kind: "LEVEL",
        level: 2,
        version: 1,
        evidence: [expect.objectContaining({ kind: "LINK", url: "https://example.org/law", title: "The law", fileName: null })],
      }),
    ]);
    expect(JSON.stringify(body)).not.toContain("storageKey");
  });

  it("writes an answer with the questionnaire's version rule, audited as done by token", async () => {
    const focal = await makeUser({ memberOf: { iso2: "UG", role: "FOCAL_POINT" } });
    const round = await makeOpenRound("UG");
    const indicator = await indicatorOf("LEG", 1);
    const { id: tokenId, token } = await tokenFor(focal);
    const put = (version: number, n: number) =>
      answerRoute.PUT(request("PUT", `/api/v1/rounds/${round.id}/answers/${indicator.id}`, { token, body: { version, answer: level(n) } }), ctx({ roundId: round.id, indicatorId: indicator.id }));

    const first = await put(0, 1);
    expect(first.status).toBe(200);
    expect((await first.json()).answer).toMatchObject({ version: 1, level: 1 });
    // A stale version: the same conflict as the questionnaire gets, with the saved answer.
    const stale = await put(0, 3);
    expect(stale.status).toBe(409);
    const conflict = await stale.json();
    expect(conflict.error).toMatchObject({ code: "VERSION_CONFLICT", details: { current: { version: 1, level: 1 } } });
    expect((await put(1, 3)).status).toBe(200);

    const events = await getDb().auditEvent.findMany({ where: { action: "answer.save", actorId: focal.userId }, orderBy: { id: "asc" } });
    expect(events).toHaveLength(2);
    expect(events.map((e) => ({ viaTokenId: e.viaTokenId, hasRequestId: e.requestId !== null }))).toEqual([
      { viaTokenId: tokenId, hasRequestId: true },
      { viaTokenId: tokenId, hasRequestId: true },
    ]);
    // The token's id is covered by the tamper-evident chain.
    expect(await verifyAuditChain(getPool(), { ids: events.map((e) => e.id.toString()) })).toMatchObject({ ok: true, checked: 2 });
    // The round's history says so.
    const history = await getRoundHistory(focal, round.id);
    expect(history.items.filter((i) => i.type === "answer").map((i) => i.type === "answer" && i.viaApiToken)).toEqual([true, true]);
  });

  it("adds evidence, audited as done by token, while a session's writes are not marked", async () => {
    const focal = await makeUser({ memberOf: { iso2: "MA", role: "FOCAL_POINT" } });
    const round = await makeOpenRound("MA");
    const indicator = await indicatorOf("FOR");
    const { id: tokenId, token } = await tokenFor(focal);
    const add = (options: { token?: string; url: string }) =>
      evidenceRoute.POST(
        request("POST", `/api/v1/rounds/${round.id}/answers/${indicator.id}/evidence`, { token: options.token, body: { url: options.url, title: "" } }),
        ctx({ roundId: round.id, indicatorId: indicator.id }),
      );
    expect((await add({ token, url: "https://example.org/by-token" })).status).toBe(200);
    await signInAs(focal);
    expect((await add({ url: "https://example.org/by-session" })).status).toBe(200);
    const events = await getDb().auditEvent.findMany({ where: { action: "evidence.add", actorId: focal.userId }, orderBy: { id: "asc" }, select: { viaTokenId: true, after: true } });
    expect(events.map((e) => [(e.after as { url?: string }).url, e.viaTokenId])).toEqual([
      ["https://example.org/by-token", tokenId],
      ["https://example.org/by-session", null],
    ]);
  });

  it("is refused on another country's round (403), like its owner", async () => {
    const focal = await makeUser({ memberOf: { iso2: "TZ", role: "FOCAL_POINT" } });
    const other = await makeOpenRound("RW");
    const indicator = await indicatorOf("INV");
    const { token } = await tokenFor(focal);
    const read = await roundRoute.GET(request("GET", `/api/v1/rounds/${other.id}`, { token }), ctx({ roundId: other.id }));
    expect(await errorOf(read)).toMatchObject({ status: 403, code: "FORBIDDEN" });
    const write = await answerRoute.PUT(
      request("PUT", `/api/v1/rounds/${other.id}/answers/${indicator.id}`, { token, body: { version: 0, answer: level(2) } }),
      ctx({ roundId: other.id, indicatorId: indicator.id }),
    );
    expect((await errorOf(write)).status).toBe(403);
    expect(await getDb().answer.count({ where: { roundId: other.id } })).toBe(0);
  });

  it("follows its owner's rights as they change, read fresh on each request", async () => {
    const respondent = await makeUser({ memberOf: { iso2: "ET", role: "RESPONDENT", pillars: ["INV"] } });
    const round = await makeOpenRound("ET");
    const { token } = await tokenFor(respondent, "read");
    const read = () => roundRoute.GET(request("GET", `/api/v1/rounds/${round.id}`, { token }), ctx({ roundId: round.id }));
    expect((await read()).status).toBe(200);
    await getDb().membership.deleteMany({ where: { userId: respondent.userId } });
    expect((await read()).status).toBe(403);
  });

  it("is refused for a write when read-only (403 TOKEN_SCOPE), and nothing is written", async () => {
    const focal = await makeUser({ memberOf: { iso2: "GH", role: "FOCAL_POINT" } });
    const round = await makeOpenRound("GH");
    const indicator = await indicatorOf("PRE");
    const { token } = await tokenFor(focal, "read");
    const response = await answerRoute.PUT(
      request("PUT", `/api/v1/rounds/${round.id}/answers/${indicator.id}`, { token, body: { version: 0, answer: level(2) } }),
      ctx({ roundId: round.id, indicatorId: indicator.id }),
    );
    expect(await errorOf(response)).toMatchObject({ status: 403, code: "TOKEN_SCOPE", message: en.errors.TOKEN_SCOPE });
    expect(await getDb().answer.count({ where: { roundId: round.id } })).toBe(0);
  });

  it("stops working once revoked (401 TOKEN_INVALID)", async () => {
    const focal = await makeUser({ memberOf: { iso2: "SN", role: "FOCAL_POINT" } });
    const round = await makeOpenRound("SN");
    const { id, token } = await tokenFor(focal);
    const read = () => roundRoute.GET(request("GET", `/api/v1/rounds/${round.id}`, { token }), ctx({ roundId: round.id }));
    expect((await read()).status).toBe(200);
    await signInAs(focal);
    const revoked = await tokenRoute.DELETE(request("DELETE", `/api/v1/tokens/${id}`), ctx({ tokenId: id }));
    expect(revoked.status).toBe(204);
    await signInAs(null);
    const after = await read();
    expect(await errorOf(after)).toMatchObject({ status: 401, code: "TOKEN_INVALID", message: en.errors.TOKEN_INVALID });
    expect(after.headers.get("www-authenticate")).toContain("Bearer");
    expect(await getDb().auditEvent.count({ where: { action: "apiToken.revoke", entityId: id, actorId: focal.userId } })).toBe(1);
  });

  it("stops working when its owner is disabled (401), even with a session cookie beside it", async () => {
    const admin = await makeUser({ isAdmin: true });
    const focal = await makeUser({ memberOf: { iso2: "CI", role: "FOCAL_POINT" } });
    const round = await makeOpenRound("CI");
    const { token } = await tokenFor(focal);
    await setUserDisabled(admin, focal.userId, true);
    await signInAs(admin); // an administrator's cookie in the same request is not a fallback
    const response = await roundRoute.GET(request("GET", `/api/v1/rounds/${round.id}`, { token }), ctx({ roundId: round.id }));
    expect(await errorOf(response)).toMatchObject({ status: 401, code: "TOKEN_INVALID" });
  });

  it("stops working once expired, and an unknown or malformed token is refused the same way", async () => {
    const focal = await makeUser({ memberOf: { iso2: "ZM", role: "FOCAL_POINT" } });
    const round = await makeOpenRound("ZM");
    const { id, token } = await tokenFor(focal);
    await getDb().$executeRaw`UPDATE api_tokens SET created_at = now() - interval '31 days', expires_at = now() - interval '1 second' WHERE id = ${id}::uuid`;
    for (const candidate of [token, `${token.slice(0, -2)}xx`, "cc_nothing", ""]) {
      const response = await roundRoute.GET(request("GET", `/api/v1/rounds/${round.id}`, { token: candidate }), ctx({ roundId: round.id }));
      expect(await errorOf(response)).toMatchObject({ status: 401, code: "TOKEN_INVALID" });
    }
  });

  it("is rate-limited per token in PostgreSQL (429 with Retry-After)", async () => {
    process.env.API_TOKEN_RATE_LIMIT = "3";
    resetEnvForTests();
    try {
      const focal = await makeUser({ memberOf: { iso2: "NA", role: "FOCAL_POINT" } });
      const round = await makeOpenRound("NA");
      const [{ token }, { token: second }] = [await tokenFor(focal, "read"), await tokenFor(focal, "read")];
      const read = (t: string) => roundRoute.GET(request("GET", `/api/v1/rounds/${round.id}`, { token: t }), ctx({ roundId: round.id }));
      for (let i = 0; i < 3; i++) expect((await read(token)).status).toBe(200);
      const limited = await read(token);
      expect(await errorOf(limited)).toMatchObject({ status: 429, code: "RATE_LIMITED" });
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect((await read(second)).status).toBe(200); // counted per token
      expect(await getDb().rateLimit.count({ where: { key: { startsWith: "api-token:" } } })).toBeGreaterThanOrEqual(2);
    } finally {
      delete process.env.API_TOKEN_RATE_LIMIT;
      resetEnvForTests();
    }
  });

  it("records its last use at most once a minute", async () => {
    const focal = await makeUser({ memberOf: { iso2: "BW", role: "FOCAL_POINT" } });
    const round = await makeOpenRound("BW");
    const { id, token } = await tokenFor(focal, "read");
    const read = () => roundRoute.GET(request("GET", `/api/v1/rounds/${round.id}`, { token }), ctx({ roundId: round.id }));
    const lastUsed = async () => (await getDb().apiToken.findUniqueOrThrow({ where: { id }, select: { lastUsedAt: true } })).lastUsedAt;
    expect(await lastUsed()).toBeNull();
    await read();
    const first = await lastUsed();
    expect(first).not.toBeNull();
    await read();
    expect(await lastUsed()).toEqual(first);
    await getDb().apiToken.update({ where: { id }, data: { lastUsedAt: new Date(Date.now() - 61_000) } });
    await read();
    expect((await lastUsed())!.getTime()).toBeGreaterThan(first!.getTime() - 1);
  });

  it("cannot create or revoke tokens (403 SESSION_REQUIRED), even read-write", async () => {
    const focal = await makeUser({ memberOf: { iso2: "MZ", role: "FOCAL_POINT" } });
    const { id, token } = await tokenFor(focal);
    const create = await tokensRoute.POST(request("POST", "/api/v1/tokens", { token, body: { name: "child", scope: "read-write", expiresInDays: 365 } }), ctx({}));
    expect(await errorOf(create)).toMatchObject({ status: 403, code: "SESSION_REQUIRED" });
    const revoke = await tokenRoute.DELETE(request("DELETE", `/api/v1/tokens/${id}`, { token }), ctx({ tokenId: id }));
    expect(await errorOf(revoke)).toMatchObject({ status: 403, code: "SESSION_REQUIRED" });
    expect(await getDb().apiToken.count({ where: { userId: focal.userId } })).toBe(1);
  });

  it("skips the same-origin check (no ambient credentials), which still guards cookie sessions", async () => {
    const focal = await makeUser({ memberOf: { iso2: "LS", role: "FOCAL_POINT" } });
    const round = await makeOpenRound("LS");
    const indicator = await indicatorOf("INV");
    const { token } = await tokenFor(focal);
    const crossSite = { origin: "https://evil.example", "sec-fetch-site": "cross-site" };
    const byToken = await answerRoute.PUT(
      request("PUT", `/api/v1/rounds/${round.id}/answers/${indicator.id}`, { token, body: { version: 0, answer: level(1) }, headers: crossSite }),
      ctx({ roundId: round.id, indicatorId: indicator.id }),
    );
    expect(byToken.status).toBe(200);
    await signInAs(focal);
    const byCookie = await answerRoute.PUT(
      request("PUT", `/api/v1/rounds/${round.id}/answers/${indicator.id}`, { body: { version: 1, answer: level(2) }, headers: crossSite }),
      ctx({ roundId: round.id, indicatorId: indicator.id }),
    );
    expect(await errorOf(byCookie)).toMatchObject({ status: 403, code: "CROSS_ORIGIN" });
  });
});

describe("managing tokens with a session", () => {
  it("creates a token shown once, lists it without its secret, and audits both changes", async () => {
    const person = await makeUser();
    await signInAs(person);
    const created = await tokensRoute.POST(request("POST", "/api/v1/tokens", { body: { name: "Dashboard", scope: "read", expiresInDays: 7 } }), ctx({}));
    expect(created.status).toBe(201);
    const { id, token } = (await created.json()) as { id: string; token: string };
    expect(token).toMatch(/^cc_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    const stored = await getDb().apiToken.findUniqueOrThrow({ where: { id } });
    expect(stored.secretHash).not.toContain(token.slice(12));
    expect(stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);

    const listed = await tokensRoute.GET(request("GET", "/api/v1/tokens"), ctx({}));
    const { tokens } = await listed.json();
    expect(tokens).toEqual([expect.objectContaining({ id, name: "Dashboard", scope: "read", prefix: token.slice(0, 11), lastUsedAt: null, revokedAt: null })]);
    expect(JSON.stringify(tokens)).not.toContain(token.slice(12));
    expect(await getDb().auditEvent.count({ where: { action: "apiToken.create", entityId: id, actorId: person.userId } })).toBe(1);
  });

  it("refuses a bad expiry or scope with field errors", async () => {
    await signInAs(await makeUser());
    const response = await tokensRoute.POST(request("POST", "/api/v1/tokens", { body: { name: "", scope: "admin", expiresInDays: 400 } }), ctx({}));
    expect(response.status).toBe(422);
    expect((await response.json()).error.fields).toEqual({ name: "required", scope: "tokenScope", expiresInDays: "tokenExpiry" });
  });

  it("lets only the owner revoke a token: anyone else gets 404", async () => {
    const owner = await makeUser();
    const stranger = await makeUser({ isAdmin: true });
    const { id } = await tokenFor(owner);
    await signInAs(stranger);
    const response = await tokenRoute.DELETE(request("DELETE", `/api/v1/tokens/${id}`), ctx({ tokenId: id }));
    expect(await errorOf(response)).toMatchObject({ status: 404, code: "NOT_FOUND" });
    expect((await getDb().apiToken.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
    const listed = await (await tokensRoute.GET(request("GET", "/api/v1/tokens"), ctx({}))).json();
    expect(listed.tokens).toEqual([]);
  });

  it("needs a sign-in", async () => {
    const response = await tokensRoute.GET(request("GET", "/api/v1/tokens"), ctx({}));
    expect(await errorOf(response)).toMatchObject({ status: 401, code: "UNAUTHENTICATED" });
  });
});
