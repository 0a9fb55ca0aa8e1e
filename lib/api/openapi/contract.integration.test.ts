// The OpenAPI document describes what the routes really answer: real route handlers, called with a
// personal API token against PostgreSQL, and each answer parsed with the schema the document
// publishes for it (lib/api/openapi/responses.ts). The strict schemas also refuse a field the
// document does not name, so a new field cannot reach clients undocumented.
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import en from "../../../messages/en.json";
import type { Actor } from "../../authz";
import { saveAnswer } from "../../answers/service";
import { createApiToken } from "../../api-tokens/service";
import { addLinkEvidence } from "../../evidence/service";
import { indicatorOf, makeOpenRound, makeUser } from "../../testing/fixtures";
import { RESPONSES } from "./responses";

vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, getAll: () => [] }),
}));

vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => (key: string) => (en as unknown as Record<string, Record<string, string>>)[namespace]?.[key] ?? key,
}));

const roundsRoute = await import("@/app/api/v1/rounds/route");
const countriesRoute = await import("@/app/api/v1/countries/route");
const roundRoute = await import("@/app/api/v1/rounds/[roundId]/route");

const noParams = { params: Promise.resolve({} as Record<string, never>) };
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const get = (path: string, token: string) => new Request(`http://localhost:3000${path}`, { headers: { authorization: `Bearer ${token}` } });

async function tokenOf(actor: Actor): Promise<string> {
  return (await createApiToken(actor, { name: "contract", scope: "read", expiresInDays: 30 })).token;
}

/** The answer's body, parsed with the documented schema: throws with the paths that differ. */
async function documented(response: Response, schema: keyof typeof RESPONSES): Promise<unknown> {
  expect(response.status).toBe(200);
  const body: unknown = await response.json();
  const parsed = z.safeParse(RESPONSES[schema].schema, body);
  if (!parsed.success) throw new Error(`${schema} differs from the document: ${JSON.stringify(parsed.error.issues.slice(0, 5))}`);
  return body;
}

describe("the OpenAPI document's answers", () => {
  it("match what the lists and one round answer", async () => {
    const round = await makeOpenRound("CV");
    const focal = await makeUser({ memberOf: { iso2: "CV", role: "FOCAL_POINT" } });
    const indicator = await indicatorOf("PRE", 0);
    await saveAnswer(focal, round.id, indicator.id, { version: 0, answer: { kind: "LEVEL", level: 2, notApplicableReason: null, justification: "Two units.", targetOverride: null } });
    await addLinkEvidence(focal, round.id, indicator.id, { url: "https://example.org/strategy", title: "National strategy" });
    const admin = await makeUser({ isAdmin: true });
    const [focalToken, adminToken] = await Promise.all([tokenOf(focal), tokenOf(admin)]);

    const rounds = (await documented(await roundsRoute.GET(get("/api/v1/rounds?limit=200", adminToken), noParams), "roundPage")) as { items: unknown[] };
    expect(rounds.items.length).toBeGreaterThan(0);
    await documented(await roundsRoute.GET(get("/api/v1/rounds?country=CV", focalToken), noParams), "roundPage");
    const countries = (await documented(await countriesRoute.GET(get("/api/v1/countries?limit=200", adminToken), noParams), "countryPage")) as { items: unknown[] };
    expect(countries.items.length).toBeGreaterThan(100);
    const one = (await documented(await roundRoute.GET(get(`/api/v1/rounds/${round.id}`, focalToken), ctx({ roundId: round.id })), "round")) as { answers: { evidence: unknown[] }[] };
    expect(one.answers.map((a) => a.evidence.length)).toEqual([1]);
  });
});
