// The OpenAPI document describes what the routes really answer: real route handlers, called with a
// personal API token against PostgreSQL, and each answer parsed with the schema the document
// publishes for it (lib/api/openapi/responses.ts). The strict schemas also refuse a field the
// document does not name, so a new field cannot reach clients undocumented.
import { describe, expect, expectTypeOf, it, vi } from "vitest";
import { z } from "zod";
import en from "../../../messages/en.json";
import type { Actor } from "../../authz";
import { saveAnswer } from "../../answers/service";
import { createApiToken } from "../../api-tokens/service";
import type { DashboardJson } from "../../dashboard/json";
import { getDb } from "../../db";
import { addLinkEvidence } from "../../evidence/service";
import { decideIndicator, sendReview, startReview } from "../../review/service";
import { indicatorOf, makeOpenRound, makeUser, makeValidatedRound } from "../../testing/fixtures";
import { RESPONSES, ZDashboard } from "./responses";

vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, getAll: () => [] }),
}));

vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => (key: string) => (en as unknown as Record<string, Record<string, string>>)[namespace]?.[key] ?? key,
}));

const roundsRoute = await import("@/app/api/v1/rounds/route");
const countriesRoute = await import("@/app/api/v1/countries/route");
const roundRoute = await import("@/app/api/v1/rounds/[roundId]/route");
const dashboardRoute = await import("@/app/api/v1/rounds/[roundId]/dashboard/route");

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

  it("match the dashboard's answer, and its validated levels as each reader may see them", async () => {
    // The schema names exactly the fields of the JSON's own type (checked by tsc).
    expectTypeOf<z.infer<typeof ZDashboard>>().toEqualTypeOf<DashboardJson>();

    // LB: a previous validated round (so progress and trend have entries), then a round answered in
    // part (a level, a target override, not applicable, don't know, the rest unanswered).
    const [a, b, c, d] = await Promise.all([0, 1, 2, 3].map((i) => indicatorOf("PRE", i)));
    await makeValidatedRound("LB", { validatedAt: new Date(Date.now() - 864e5), answers: [{ code: a.code, level: 1 }, { code: b.code, level: 3 }] });
    const round = await makeOpenRound("LB");
    const focal = await makeUser({ memberOf: { iso2: "LB", role: "FOCAL_POINT" } });
    const save = (indicatorId: string, answer: Parameters<typeof saveAnswer>[3]["answer"]) => saveAnswer(focal, round.id, indicatorId, { version: 0, answer });
    await save(a.id, { kind: "LEVEL", level: 3, notApplicableReason: null, justification: "A unit with a mandate.", targetOverride: null });
    await save(b.id, { kind: "LEVEL", level: 1, notApplicableReason: null, justification: null, targetOverride: 4 });
    await save(c.id, { kind: "NOT_APPLICABLE", level: null, notApplicableReason: "No such body here.", justification: null, targetOverride: null });
    await save(d.id, { kind: "DONT_KNOW", level: null, notApplicableReason: null, justification: null, targetOverride: null });
    await getDb().assessmentRound.update({ where: { id: round.id }, data: { status: "SUBMITTED" } });

    // The officer validates a lower level for `a` in a review not yet sent.
    const officer = await makeUser({ officerOfCountry: "LB" });
    await startReview(officer, round.id);
    await decideIndicator(officer, round.id, a.id, { decision: "ACCEPTED", validatedLevel: 2, validatedReason: "The mandate is not funded." });
    const [focalToken, officerToken] = await Promise.all([tokenOf(focal), tokenOf(officer)]);
    const dashboard = async (token: string, lang = "fr") =>
      (await documented(await dashboardRoute.GET(get(`/api/v1/rounds/${round.id}/dashboard?lang=${lang}`, token), ctx({ roundId: round.id })), "dashboard")) as DashboardJson;
    const entry = (json: DashboardJson, code: string) => json.indicators.find((i) => i.code === code);

    const officerView = await dashboard(officerToken);
    expect(officerView.lang).toBe("fr");
    expect(entry(officerView, a.code)).toMatchObject({ state: "level", level: 3, validatedLevel: 2, progress: { state: "compared", previousLevel: 1, delta: 2 } });
    expect(entry(officerView, b.code)).toMatchObject({ level: 1, validatedLevel: null, target: 4, targetOverridden: true, gap: 3 });
    expect([entry(officerView, c.code)?.state, entry(officerView, d.code)?.state]).toEqual(["notApplicable", "dontKnow"]);
    expect(officerView.previousRound).not.toBeNull();
    expect(officerView.trend.length).toBeGreaterThanOrEqual(2);
    // The country's team does not see a draft of the review.
    expect(entry(await dashboard(focalToken), a.code)).toMatchObject({ level: 3, validatedLevel: null });

    // Once the review is sent, it does (in the reader's own language when `lang` is unknown).
    await sendReview(officer, round.id, { outcome: "COMMENT", summary: "One level lowered." });
    const sent = await dashboard(focalToken, "xx");
    expect(sent.lang).toBe("en");
    expect(entry(sent, a.code)).toMatchObject({ level: 3, validatedLevel: 2 });
    expect(sent.indicators.filter((i) => i.validatedLevel !== null).map((i) => i.code)).toEqual([a.code]);
  });
});
