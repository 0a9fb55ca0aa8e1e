// The API's lists (GET /api/v1/rounds, GET /api/v1/countries) and its conditional reads (ETag,
// If-None-Match), through the real route handlers with a personal API token, against PostgreSQL.
// next/headers has no session here (token requests never read it); error messages come from the
// English catalogue, as they would for an English reader.
import pg from "pg";
import { randomBytes } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import en from "../../messages/en.json";
import { getDb } from "../db";
import type { Actor } from "../authz";
import { countryId, indicatorOf, makeOpenRound, makeUser } from "../testing/fixtures";
import { createApiToken } from "../api-tokens/service";
import { listRoundPage } from "../rounds/list-page";
import { ZRoundListQuery } from "../rounds/list-schemas";

vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, getAll: () => [] }),
}));

vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => (key: string) => (en as unknown as Record<string, Record<string, string>>)[namespace]?.[key] ?? key,
}));

const roundsRoute = await import("@/app/api/v1/rounds/route");
const countriesRoute = await import("@/app/api/v1/countries/route");
const roundRoute = await import("@/app/api/v1/rounds/[roundId]/route");
const answerRoute = await import("@/app/api/v1/rounds/[roundId]/answers/[indicatorId]/route");
const portfolioRoute = await import("@/app/api/v1/portfolio/route");

const BASE = "http://localhost:3000";
const noParams = { params: Promise.resolve({} as Record<string, never>) };
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });

function get(path: string, token: string, headers: Record<string, string> = {}): Request {
  return new Request(`${BASE}${path}`, { headers: { authorization: `Bearer ${token}`, ...headers } });
}

async function tokenOf(actor: Actor): Promise<string> {
  return (await createApiToken(actor, { name: "lists", scope: "read-write", expiresInDays: 30 })).token;
}

interface RoundItem {
  id: string;
  country: { iso2: string; name: { en: string } };
  cycle: string;
  status: string;
  frameworkVersion: string;
  openedAt: string;
  updatedAt: string;
  progress: { indicators: number; answered: number };
}
interface ListPage<T> {
  items: T[];
  nextCursor: string | null;
}

async function listRounds(token: string, query = ""): Promise<ListPage<RoundItem>> {
  const response = await roundsRoute.GET(get(`/api/v1/rounds${query}`, token), noParams);
  expect(response.status).toBe(200);
  return (await response.json()) as ListPage<RoundItem>;
}

/** Every page of a list, following nextCursor; the pages' sizes too. */
async function allPages<T>(fetchPage: (cursor: string | null) => Promise<ListPage<T>>): Promise<{ items: T[]; sizes: number[] }> {
  const items: T[] = [];
  const sizes: number[] = [];
  let cursor: string | null = null;
  for (let n = 0; n < 100; n++) {
    const page: ListPage<T> = await fetchPage(cursor);
    items.push(...page.items);
    sizes.push(page.items.length);
    if (page.nextCursor === null) return { items, sizes };
    cursor = page.nextCursor;
  }
  throw new Error("the list never ended");
}

/** A round with its dates set, outside the one-open-round rule when it is closed. */
async function roundOf(iso2: string, options: { cycle?: string; status?: "DRAFT" | "VALIDATED" | "ARCHIVED"; openedAt: Date }) {
  const db = getDb();
  const version = await db.frameworkVersion.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true } });
  return db.assessmentRound.create({
    data: {
      countryId: await countryId(iso2),
      frameworkVersionId: version.id,
      cycle: options.cycle ?? `L${randomBytes(3).toString("hex")}`,
      status: options.status ?? "VALIDATED",
      openedAt: options.openedAt,
    },
    select: { id: true },
  });
}

async function errorOf(response: Response) {
  const body = (await response.json()) as { error: { code: string; message: string; fields?: Record<string, string> } };
  return { status: response.status, ...body.error };
}

const day = (n: number) => new Date(Date.UTC(2019, 0, 1) + n * 86_400_000);

describe("GET /api/v1/rounds", () => {
  it("pages through every round an administrator may see, newest first, with no duplicate and no gap", async () => {
    const admin = await makeUser({ isAdmin: true });
    // Rounds opened at the same instant: the id breaks the tie, so none is skipped or repeated at a page boundary.
    const sameInstant = new Date(Date.UTC(2018, 5, 1, 9));
    for (const iso2 of ["AR", "BR", "CL", "PE", "UY", "PY", "BO"]) await roundOf(iso2, { openedAt: sameInstant });
    const token = await tokenOf(admin);

    const expected = await getDb().assessmentRound.findMany({ select: { id: true }, orderBy: [{ openedAt: "desc" }, { id: "desc" }] });
    const { items, sizes } = await allPages((cursor) => listRounds(token, `?limit=3${cursor ? `&cursor=${cursor}` : ""}`));
    expect(items.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    expect(new Set(items.map((r) => r.id)).size).toBe(items.length);
    expect(sizes.slice(0, -1).every((n) => n === 3)).toBe(true);
    expect(sizes.at(-1)).toBeGreaterThan(0);

    const first = items.find((r) => r.country.iso2 === "AR")!;
    expect(first).toMatchObject({ status: "VALIDATED", frameworkVersion: expect.any(String), openedAt: sameInstant.toISOString(), country: { name: { en: "Argentina" } } });
    expect(first.progress).toEqual({ indicators: expect.any(Number), answered: 0 });
    expect(first.progress.indicators).toBeGreaterThan(0);
  });

  it("defaults to 50 a page, and a full last page has no next cursor", async () => {
    const admin = await makeUser({ isAdmin: true });
    const token = await tokenOf(admin);
    const total = await getDb().assessmentRound.count();
    const page = await listRounds(token);
    expect(page.items).toHaveLength(Math.min(total, 50));
    expect(page.nextCursor === null).toBe(total <= 50);
    const exact = await listRounds(token, `?limit=${total}`);
    expect(exact.items).toHaveLength(total);
    expect(exact.nextCursor).toBeNull();
  });

  it("filters by country, status, cycle, programme region and time of the last change", async () => {
    const admin = await makeUser({ isAdmin: true });
    const token = await tokenOf(admin);
    const old = await roundOf("BN", { cycle: "2019", openedAt: day(0) });
    const archived = await roundOf("BN", { cycle: "2020", status: "ARCHIVED", openedAt: day(400) });
    const open = await makeOpenRound("BN");
    const elsewhere = await roundOf("ZM", { cycle: "2019", openedAt: day(1) });

    const ids = (page: ListPage<RoundItem>) => page.items.map((r) => r.id);
    expect(ids(await listRounds(token, "?country=bn"))).toEqual([open.id, archived.id, old.id]);
    expect(ids(await listRounds(token, "?country=BN&status=ARCHIVED"))).toEqual([archived.id]);
    expect(ids(await listRounds(token, "?country=BN&cycle=2019"))).toEqual([old.id]);
    expect(ids(await listRounds(token, "?cycle=2019"))).toEqual(expect.arrayContaining([old.id, elsewhere.id]));

    const region = await getDb().programmeRegion.findFirstOrThrow({ where: { countries: { some: { iso2: "BN" } } }, select: { code: true, countries: { select: { iso2: true } } } });
    const inRegion = await allPages((cursor) => listRounds(token, `?region=${region.code}&limit=200${cursor ? `&cursor=${cursor}` : ""}`));
    const regionCodes = new Set(region.countries.map((c) => c.iso2));
    expect(inRegion.items.map((r) => r.id)).toEqual(expect.arrayContaining([open.id, archived.id, old.id]));
    expect(inRegion.items.every((r) => regionCodes.has(r.country.iso2))).toBe(true);
    expect(regionCodes.has("ZM")).toBe(false);

    // updatedSince: the round's own change, or one of its answers'.
    await getDb().$executeRaw`UPDATE assessment_rounds SET updated_at = '2019-06-01' WHERE id IN (${old.id}::uuid, ${archived.id}::uuid, ${open.id}::uuid)`;
    const since = new Date(Date.now() - 1000).toISOString();
    expect(ids(await listRounds(token, `?country=BN&updatedSince=${encodeURIComponent(since)}`))).toEqual([]);
    const indicator = await indicatorOf("INV");
    const saved = await answerRoute.PUT(
      new Request(`${BASE}/api/v1/rounds/${open.id}/answers/${indicator.id}`, {
        method: "PUT",
        headers: { authorization: `Bearer ${await tokenOf(await makeUser({ memberOf: { iso2: "BN", role: "FOCAL_POINT" } }))}`, "content-type": "application/json" },
        body: JSON.stringify({ version: 0, answer: { kind: "LEVEL", level: 2, notApplicableReason: null, justification: "x", targetOverride: null } }),
      }),
      ctx({ roundId: open.id, indicatorId: indicator.id }),
    );
    expect(saved.status).toBe(200);
    await getDb().$executeRaw`UPDATE assessment_rounds SET updated_at = now() WHERE id = ${archived.id}::uuid`;
    const changed = await listRounds(token, `?country=BN&updatedSince=${encodeURIComponent(since)}`);
    expect(ids(changed)).toEqual([open.id, archived.id]);
    const answered = changed.items[0];
    expect(answered.progress.answered).toBe(1);
    expect(new Date(answered.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(since).getTime());
    // Offsets other than Z are instants too.
    expect((await roundsRoute.GET(get(`/api/v1/rounds?updatedSince=${encodeURIComponent("2019-01-01T03:00:00+03:00")}`, token), noParams)).status).toBe(200);
  });

  it("shows a focal point only their own country's rounds, and an officer only their region's", async () => {
    const namibia = await roundOf("NA", { openedAt: day(10) });
    const kenya = await roundOf("KE", { openedAt: day(11) });
    const focal = await makeUser({ memberOf: { iso2: "NA", role: "FOCAL_POINT" } });
    const focalToken = await tokenOf(focal);
    const mine = await allPages((cursor) => listRounds(focalToken, `?limit=2${cursor ? `&cursor=${cursor}` : ""}`));
    const expectedMine = await getDb().assessmentRound.findMany({ where: { country: { iso2: "NA" } }, select: { id: true }, orderBy: [{ openedAt: "desc" }, { id: "desc" }] });
    expect(mine.items.map((r) => r.id)).toEqual(expectedMine.map((r) => r.id));
    expect(mine.items.map((r) => r.id)).toContain(namibia.id);
    // Another country, asked for by name: nothing, not an error (the filter narrows the caller's own scope).
    expect((await listRounds(focalToken, "?country=KE")).items).toEqual([]);

    const region = await getDb().programmeRegion.findFirstOrThrow({ where: { countries: { some: { iso2: "KE" } } }, select: { code: true, countries: { select: { iso2: true } } } });
    expect(region.countries.map((c) => c.iso2)).not.toContain("NA");
    const officer = await makeUser({ officerOfRegion: region.code });
    const officerToken = await tokenOf(officer);
    const theirs = await allPages((cursor) => listRounds(officerToken, `?limit=200${cursor ? `&cursor=${cursor}` : ""}`));
    const regionCodes = new Set(region.countries.map((c) => c.iso2));
    expect(theirs.items.map((r) => r.id)).toContain(kenya.id);
    expect(theirs.items.map((r) => r.id)).not.toContain(namibia.id);
    expect(theirs.items.every((r) => regionCodes.has(r.country.iso2))).toBe(true);
    const expectedTheirs = await getDb().assessmentRound.count({ where: { country: { programmeRegion: { code: region.code } } } });
    expect(theirs.items).toHaveLength(expectedTheirs);

    // Nobody's rounds for someone with no role at all.
    expect((await listRounds(await tokenOf(await makeUser()))).items).toEqual([]);
  });

  it("refuses a tampered, foreign or malformed cursor and unreadable parameters with 400 INVALID_QUERY", async () => {
    const admin = await makeUser({ isAdmin: true });
    await roundOf("UY", { openedAt: day(20) });
    await roundOf("PY", { openedAt: day(21) });
    const token = await tokenOf(admin);
    const { nextCursor } = await listRounds(token, "?limit=1");
    expect(nextCursor).not.toBeNull();
    const cursor = nextCursor!;
    const tampered = cursor.slice(0, 10) + (cursor[10] === "A" ? "B" : "A") + cursor.slice(11);
    // A cursor re-made by hand from its visible part: the sort key is there, but not a valid signature.
    const bytes = Buffer.from(cursor, "base64url");
    const handMade = Buffer.concat([Buffer.alloc(16), bytes.subarray(16)]).toString("base64url");
    const countriesCursor = ((await (await countriesRoute.GET(get("/api/v1/countries?limit=1", token), noParams)).json()) as ListPage<unknown>).nextCursor!;

    for (const bad of [tampered, handMade, countriesCursor, "not-a-cursor", "a+b"]) {
      const response = await roundsRoute.GET(get(`/api/v1/rounds?cursor=${encodeURIComponent(bad)}`, token), noParams);
      expect(await errorOf(response)).toEqual({ status: 400, code: "INVALID_QUERY", message: en.errors.INVALID_QUERY, fields: { cursor: "cursorInvalid" } });
    }
    for (const [query, fields] of [
      ["?limit=0", { limit: "invalid" }],
      ["?limit=201", { limit: "invalid" }],
      ["?limit=ten", { limit: "invalid" }],
      ["?status=OPEN", { status: "invalid" }],
      ["?country=KEN", { country: "invalid" }],
      ["?updatedSince=yesterday", { updatedSince: "invalid" }],
      ["?status=DRAFT&status=VALIDATED", { status: "invalid" }],
      ["?sort=cycle", { sort: "unknown" }],
    ] as const) {
      const response = await roundsRoute.GET(get(`/api/v1/rounds${query}`, token), noParams);
      expect(await errorOf(response), query).toMatchObject({ status: 400, code: "INVALID_QUERY", fields });
    }
    expect(en.validation.cursorInvalid).toBeTruthy();
  });

  it("reads a page in two SQL statements, whatever its size", async () => {
    const admin = await makeUser({ isAdmin: true });
    for (let n = 0; n < 6; n++) await roundOf("FJ", { openedAt: day(30 + n) });
    const statementsFor = async (limit: number) => {
      const spy = vi.spyOn(pg.Client.prototype, "query");
      const page = await listRoundPage(admin, ZRoundListQuery.parse({ limit: String(limit), country: "FJ" }));
      const calls = spy.mock.calls.length;
      spy.mockRestore();
      expect(page.items).toHaveLength(limit);
      return calls;
    };
    expect(await statementsFor(1)).toBe(2);
    expect(await statementsFor(6)).toBe(2);
  });
});

describe("GET /api/v1/countries", () => {
  interface CountryItem {
    iso2: string;
    iso3: string;
    name: { en: string };
    programmeRegion: { code: string; name: { en: string } } | null;
  }
  const listCountries = async (token: string, query = ""): Promise<ListPage<CountryItem>> => {
    const response = await countriesRoute.GET(get(`/api/v1/countries${query}`, token), noParams);
    expect(response.status).toBe(200);
    return (await response.json()) as ListPage<CountryItem>;
  };

  it("pages through every country for an administrator, by ISO code, with its programme region", async () => {
    const token = await tokenOf(await makeUser({ isAdmin: true }));
    const { items, sizes } = await allPages((cursor) => listCountries(token, `?limit=50${cursor ? `&cursor=${cursor}` : ""}`));
    const all = await getDb().country.findMany({ select: { iso2: true }, orderBy: { iso2: "asc" } });
    expect(items.map((c) => c.iso2)).toEqual(all.map((c) => c.iso2));
    expect(sizes).toEqual([50, 50, 50, all.length - 150]);
    const kenya = items.find((c) => c.iso2 === "KE")!;
    expect(kenya).toMatchObject({ iso3: "KEN", name: { en: "Kenya" }, programmeRegion: { code: expect.any(String), name: { en: expect.any(String) } } });
  });

  it("shows a focal point their country and an officer their region's, and filters by region", async () => {
    const focalToken = await tokenOf(await makeUser({ memberOf: { iso2: "UG", role: "FOCAL_POINT" } }));
    expect((await listCountries(focalToken)).items.map((c) => c.iso2)).toEqual(["UG"]);

    const region = await getDb().programmeRegion.findFirstOrThrow({ where: { countries: { some: { iso2: "UG" } } }, select: { code: true, countries: { select: { iso2: true }, orderBy: { iso2: "asc" } } } });
    const officerToken = await tokenOf(await makeUser({ officerOfRegion: region.code, officerOfCountry: "FR" }));
    const theirs = await allPages((cursor) => listCountries(officerToken, `?limit=5${cursor ? `&cursor=${cursor}` : ""}`));
    expect(theirs.items.map((c) => c.iso2)).toEqual([...region.countries.map((c) => c.iso2), "FR"].sort());
    expect((await listCountries(officerToken, `?region=${region.code.toLowerCase()}&limit=200`)).items.map((c) => c.iso2)).toEqual(region.countries.map((c) => c.iso2));
    const response = await countriesRoute.GET(get("/api/v1/countries?cursor=AAAA", officerToken), noParams);
    expect(await errorOf(response)).toMatchObject({ status: 400, code: "INVALID_QUERY", fields: { cursor: "cursorInvalid" } });
  });
});

describe("conditional reads (ETag, If-None-Match)", () => {
  it("answers 304 to a client holding the current tag, and a new tag once the round changes", async () => {
    const focal = await makeUser({ memberOf: { iso2: "CL", role: "FOCAL_POINT" } });
    const token = await tokenOf(focal);
    const round = await makeOpenRound("CL");
    const indicator = await indicatorOf("LEG");

    const reads: [string, () => Promise<Response>, (headers: Record<string, string>) => Promise<Response>][] = [
      ["list", () => roundsRoute.GET(get("/api/v1/rounds?country=CL", token), noParams), (h) => roundsRoute.GET(get("/api/v1/rounds?country=CL", token, h), noParams)],
      ["round", () => roundRoute.GET(get(`/api/v1/rounds/${round.id}`, token), ctx({ roundId: round.id })), (h) => roundRoute.GET(get(`/api/v1/rounds/${round.id}`, token, h), ctx({ roundId: round.id }))],
    ];
    const tags = new Map<string, string>();
    for (const [label, read, readWith] of reads) {
      const first = await read();
      expect(first.status, label).toBe(200);
      expect(first.headers.get("cache-control")).toBe("private, no-cache");
      const etag = first.headers.get("etag")!;
      expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
      tags.set(label, etag);
      const again = await readWith({ "if-none-match": etag });
      expect(again.status, label).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("etag")).toBe(etag);
      // A proxy's weakened copy of the tag, in a list of tags: still the same representation.
      expect((await readWith({ "if-none-match": `"stale", W/${etag}` })).status, label).toBe(304);
      expect((await readWith({ "if-none-match": '"stale"' })).status, label).toBe(200);
    }

    const saved = await answerRoute.PUT(
      new Request(`${BASE}/api/v1/rounds/${round.id}/answers/${indicator.id}`, {
        method: "PUT",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ version: 0, answer: { kind: "LEVEL", level: 3, notApplicableReason: null, justification: "changed", targetOverride: null } }),
      }),
      ctx({ roundId: round.id, indicatorId: indicator.id }),
    );
    expect(saved.status).toBe(200);
    for (const [label, , readWith] of reads) {
      const after = await readWith({ "if-none-match": tags.get(label)! });
      expect(after.status, label).toBe(200);
      expect(after.headers.get("etag"), label).not.toBe(tags.get(label));
    }
  });

  it("is on the portfolio too, and a session's uncached routes keep no-store", async () => {
    const officer = await makeUser({ officerOfCountry: "PE" });
    const token = await tokenOf(officer);
    const first = await portfolioRoute.GET(get("/api/v1/portfolio", token), noParams);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag")!;
    expect((await portfolioRoute.GET(get("/api/v1/portfolio", token, { "if-none-match": etag }), noParams)).status).toBe(304);
    // An error is never cached nor tagged.
    const refused = await roundsRoute.GET(get("/api/v1/rounds?limit=0", token), noParams);
    expect(refused.headers.get("cache-control")).toBe("no-store");
    expect(refused.headers.get("etag")).toBeNull();
    // A filter the portfolio cannot read is a bad query (400), as on the lists.
    const badFilter = await portfolioRoute.GET(get("/api/v1/portfolio?status=NOT_A_STATUS", token), noParams);
    expect(badFilter.status).toBe(400);
    expect(((await badFilter.json()) as { error: { code: string; fields: Record<string, string> } }).error).toMatchObject({ code: "INVALID_QUERY", fields: { status: expect.any(String) } });
  });
});
