// The service catalogue's JSON routes (app/api/v1/services/**) through the real handlers, by
// personal API token, against PostgreSQL: an administrator's token creates, edits, retires and
// reactivates; anyone else's is refused; a read-only token cannot write. Error messages come from
// the English catalogue (next-intl/server is replaced, as in lib/api-tokens/api.integration.test.ts).
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import en from "../../messages/en.json";
import { createApiToken } from "../api-tokens/service";
import { getDb } from "../db";
import { makeUser } from "../testing/fixtures";
import { ZServiceDetail, ZServiceSummary } from "./schemas";

vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined, getAll: () => [] }) }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => (key: string) => (en as unknown as Record<string, Record<string, string>>)[namespace]?.[key] ?? key,
}));

const listRoute = await import("@/app/api/v1/services/route");
const oneRoute = await import("@/app/api/v1/services/[code]/route");
const retireRoute = await import("@/app/api/v1/services/[code]/retire/route");
const reactivateRoute = await import("@/app/api/v1/services/[code]/reactivate/route");

const made: string[] = [];
afterAll(async () => {
  // Test data only: the catalogue itself never deletes a service.
  await getDb().service.deleteMany({ where: { code: { in: made } } });
});

const ctx = (code: string) => ({ params: Promise.resolve({ code }) });
function request(method: string, path: string, token: string, body?: unknown): Request {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (body !== undefined) headers["content-type"] = "application/json";
  return new Request(`http://localhost:3000${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}
const text = (label: string) => ({ en: label, fr: `${label} fr`, es: `${label} es`, ru: `${label} ru`, zh: `${label} zh`, ar: `${label} ar` });

describe("/api/v1/services", () => {
  it("lets an administrator's token create, read, edit, retire and reactivate a service", async () => {
    const admin = await makeUser({ isAdmin: true });
    const { token } = await createApiToken(admin, { name: "catalogue", scope: "read-write", expiresInDays: 30 });
    const code = `TA-${randomBytes(4).toString("hex").toUpperCase()}`;
    made.push(code);
    const body = { code, area: "VIRTUAL_ASSETS", mode: "CAPACITY_BUILDING", name: text("API service"), description: text("Made by the API"), indicatorCodes: ["FOR-01"] };

    const created = await listRoute.POST(request("POST", "/api/v1/services", token, body), { params: Promise.resolve({}) });
    expect(created.status).toBe(201);
    expect(ZServiceDetail.parse(await created.json())).toMatchObject({ code, indicatorCodes: ["FOR-01"], isActive: true });

    const unknown = await listRoute.POST(request("POST", "/api/v1/services", token, { ...body, code: `${code}-X`, indicatorCodes: ["NOPE-01"] }), { params: Promise.resolve({}) });
    expect(unknown.status).toBe(422);
    expect((await unknown.json()).error).toMatchObject({ code: "INVALID_INPUT", fields: { indicatorCodes: "indicatorUnknown" }, details: { unknownCodes: ["NOPE-01"] } });

    const patched = await oneRoute.PATCH(request("PATCH", `/api/v1/services/${code}`, token, { ...body, code: undefined, indicatorCodes: ["FOR-01", "FOR-02"] }), ctx(code));
    expect(patched.status).toBe(200);
    expect((await patched.json()).indicatorCodes).toEqual(["FOR-01", "FOR-02"]);

    expect((await retireRoute.POST(request("POST", `/api/v1/services/${code}/retire`, token), ctx(code))).status).toBe(200);
    expect((await retireRoute.POST(request("POST", `/api/v1/services/${code}/retire`, token), ctx(code))).status).toBe(409);
    const listed = await listRoute.GET(request("GET", "/api/v1/services", token), { params: Promise.resolve({}) });
    const rows = ((await listed.json()) as { services: unknown[] }).services.map((s) => ZServiceSummary.parse(s));
    expect(rows.find((s) => s.code === code)).toMatchObject({ isActive: false, indicatorCount: 2 });
    const reactivated = await reactivateRoute.POST(request("POST", `/api/v1/services/${code}/reactivate`, token), ctx(code));
    expect((await reactivated.json()).isActive).toBe(true);

    const read = await oneRoute.GET(request("GET", `/api/v1/services/${code}`, token), ctx(code));
    expect((await read.json()).code).toBe(code);
    expect((await oneRoute.GET(request("GET", "/api/v1/services/NO-SUCH", token), ctx("NO-SUCH"))).status).toBe(404);

    // Written by token: the audit events say which.
    const service = await getDb().service.findUniqueOrThrow({ where: { code }, select: { id: true } });
    const events = await getDb().auditEvent.findMany({ where: { entityType: "service", entityId: service.id }, orderBy: { id: "asc" }, select: { action: true, viaTokenId: true } });
    expect(events.map((e) => e.action)).toEqual(["service.create", "service.update", "service.retire", "service.reactivate"]);
    expect(events.every((e) => e.viaTokenId !== null)).toBe(true);
  });

  it("refuses a focal point's token (403) and an administrator's read-only token on a write (403)", async () => {
    const focal = await makeUser({ memberOf: { iso2: "AD", role: "FOCAL_POINT" } });
    const focalToken = (await createApiToken(focal, { name: "focal", scope: "read-write", expiresInDays: 30 })).token;
    const code = `TA-${randomBytes(4).toString("hex").toUpperCase()}`;
    made.push(code);
    const body = { code, area: "VIRTUAL_ASSETS", mode: "COOPERATION", name: text("x"), description: text("y"), indicatorCodes: ["FOR-01"] };
    expect((await listRoute.GET(request("GET", "/api/v1/services", focalToken), { params: Promise.resolve({}) })).status).toBe(403);
    const refused = await listRoute.POST(request("POST", "/api/v1/services", focalToken, body), { params: Promise.resolve({}) });
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe("FORBIDDEN");
    expect((await retireRoute.POST(request("POST", "/api/v1/services/CI-CB/retire", focalToken), ctx("CI-CB"))).status).toBe(403);

    const admin = await makeUser({ isAdmin: true });
    const readOnly = (await createApiToken(admin, { name: "read", scope: "read", expiresInDays: 30 })).token;
    expect((await listRoute.GET(request("GET", "/api/v1/services", readOnly), { params: Promise.resolve({}) })).status).toBe(200);
    const write = await listRoute.POST(request("POST", "/api/v1/services", readOnly, body), { params: Promise.resolve({}) });
    expect(write.status).toBe(403);
    expect((await write.json()).error.code).toBe("TOKEN_SCOPE");
    expect(await getDb().service.count({ where: { code } })).toBe(0);
    expect(await getDb().service.count({ where: { code: "CI-CB", isActive: true } })).toBe(1);
  });
});
