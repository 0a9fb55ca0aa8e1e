// The OpenAPI document against the route files: every exported HTTP method of every
// app/api/v1/**/route.ts is documented (or listed in UNDOCUMENTED_ROUTES with its reason), every
// documented operation has its file and its export, and the document holds together (every $ref
// resolves, every path parameter is declared, the error shape is on every operation).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ERROR_CODES } from "../../errors";
import { buildOpenApiDocument, type JsonSchema } from "./document";
import { API_OPERATIONS, UNDOCUMENTED_ROUTES } from "./registry";
import { HTTP_METHODS, type ApiOperation } from "./types";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const V1 = path.join(ROOT, "app/api/v1");

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** `app/api/v1/rounds/[roundId]/route.ts` -> `/api/v1/rounds/{roundId}`. */
function urlPathOf(file: string): string {
  const segments = path.relative(path.join(ROOT, "app"), path.dirname(file)).split(path.sep);
  return `/${segments
    .filter((s) => !/^\(.*\)$/.test(s)) // route groups do not appear in URLs
    .map((s) => {
      if (s.startsWith("[...") || s.startsWith("[[")) throw new Error(`catch-all segment in ${file}: document it by hand`);
      return s.replace(/^\[(.+)\]$/, "{$1}");
    })
    .join("/")}`;
}

/** The HTTP methods a route file exports: `export const GET =`, `export function POST(`, `export { GET }`. */
function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:const|let|async\s+function|function)\s+([A-Z]+)\b/g)) found.add(m[1]);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) for (const name of m[1].split(",")) found.add(name.trim().split(/\s+as\s+/).pop()!.trim());
  return [...found].filter((name) => (HTTP_METHODS as readonly string[]).includes(name) || name === "HEAD" || name === "OPTIONS");
}

const routes = routeFiles(V1).map((file) => ({ file, path: urlPathOf(file), source: readFileSync(file, "utf8") }));
const implemented = routes.flatMap((r) => exportedMethods(r.source).map((method) => `${method} ${r.path}`));
const documented = API_OPERATIONS.map((op) => `${op.method} ${op.path}`);
const excluded = UNDOCUMENTED_ROUTES.map((r) => `${r.method} ${r.path}`);
const document = buildOpenApiDocument();

describe("the OpenAPI registry against app/api/v1", () => {
  it("finds the route files (the walk itself works)", () => {
    expect(routes.length).toBeGreaterThan(20);
    expect(implemented).toContain("PUT /api/v1/rounds/{roundId}/answers/{indicatorId}");
    expect(implemented).toContain("GET /api/v1/openapi.json");
  });

  it("documents every exported method of every route file, except those listed with a reason", () => {
    const missing = implemented.filter((op) => !documented.includes(op) && !excluded.includes(op));
    expect(missing, "add these to lib/api/openapi/registry.ts (see docs/api.md)").toEqual([]);
  });

  it("documents only operations that exist as a route file and an exported method", () => {
    expect(documented.filter((op) => !implemented.includes(op))).toEqual([]);
    expect(excluded.filter((op) => !implemented.includes(op))).toEqual([]);
    for (const r of UNDOCUMENTED_ROUTES) expect(r.reason.length).toBeGreaterThan(10);
  });

  it("has one entry per operation and unique operation ids", () => {
    expect(new Set(documented).size).toBe(documented.length);
    expect(documented.filter((op) => excluded.includes(op))).toEqual([]);
    const ids = API_OPERATIONS.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("states an auth that matches the method and the route file", () => {
    for (const op of API_OPERATIONS) {
      const source = routes.find((r) => r.path === op.path)!.source;
      if (op.auth === "token-read") expect(["GET"], `${op.method} ${op.path}`).toContain(op.method);
      if (op.auth === "token-read-write") expect(op.method, op.path).not.toBe("GET");
      // A session-only route says so to the wrapper; a route without that option takes tokens.
      if (op.auth === "session") expect(source, `${op.method} ${op.path}`).toContain('auth: "session"');
      if (!source.includes('auth: "session"')) expect(op.auth, `${op.method} ${op.path}`).not.toBe("session");
      // A body the route reads itself is `raw` to the wrapper, and is documented as such.
      if (op.body?.kind === "other") expect(source, `${op.method} ${op.path}`).toContain('body: "raw"');
    }
  });
});

/** Every `$ref` in the document, with where it is. */
function refsOf(value: unknown, at = "#"): { ref: string; at: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => refsOf(v, `${at}/${i}`));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, v]) => (key === "$ref" && typeof v === "string" ? [{ ref: v, at }] : refsOf(v, `${at}/${key}`)));
}

function resolvePointer(root: unknown, ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  return ref
    .slice(2)
    .split("/")
    .map((part) => decodeURIComponent(part).replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), root);
}

describe("the generated document", () => {
  const operations = Object.entries(document.paths).flatMap(([p, item]) => Object.entries(item).map(([method, op]) => ({ path: p, method, op })));

  it("is OpenAPI 3.1 with the session and token security schemes", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.jsonSchemaDialect).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(document.components.securitySchemes.sessionCookie).toMatchObject({ type: "apiKey", in: "cookie" });
    expect(document.components.securitySchemes.personalToken).toMatchObject({ type: "http", scheme: "bearer" });
    expect(operations).toHaveLength(API_OPERATIONS.length);
  });

  it("resolves every $ref", () => {
    const refs = refsOf(document);
    expect(refs.length).toBeGreaterThan(API_OPERATIONS.length);
    expect(refs.filter(({ ref }) => resolvePointer(document, ref) === undefined)).toEqual([]);
  });

  it("declares every path parameter, and only those", () => {
    for (const { path: p, method, op } of operations) {
      const placeholders = [...p.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
      const declared = ((op.parameters ?? []) as JsonSchema[]).filter((x) => x.in === "path");
      expect(declared.map((x) => x.name).sort(), `${method} ${p}`).toEqual(placeholders);
      for (const x of declared) expect(x.required, `${method} ${p} ${String(x.name)}`).toBe(true);
    }
  });

  it("documents the error shape and the statuses each operation can answer", () => {
    const allowed = new Set(["200", "201", "204", "default", "400", "401", "403", "404", "409", "410", "413", "415", "422", "429", "503"]);
    for (const { path: p, method, op } of operations) {
      const responses = op.responses as Record<string, { content?: Record<string, { schema: JsonSchema }> }>;
      const statuses = Object.keys(responses);
      for (const s of statuses) expect(allowed, `${method} ${p} ${s}`).toContain(s);
      const auth = (op.security as unknown[]).length > 0;
      if (auth) expect(statuses, `${method} ${p}`).toContain("401");
      if (method !== "get") expect(statuses, `${method} ${p}`).toContain("403"); // CROSS_ORIGIN at least
      for (const s of statuses.filter((x) => /^[45]/.test(x) || x === "default")) {
        expect(JSON.stringify(responses[s].content?.["application/json"]?.schema), `${method} ${p} ${s}`).toContain("#/components/schemas/Error");
      }
    }
    expect(document.components.schemas.Error).toMatchObject({ required: ["error"] });
  });

  it("gives each error status only codes of that status", () => {
    for (const { path: p, method, op } of operations) {
      for (const [status, response] of Object.entries(op.responses as Record<string, { content?: Record<string, { schema: { allOf?: JsonSchema[] } }> }>)) {
        const codes = (response.content?.["application/json"]?.schema.allOf?.[1] as { properties: { error: { properties: { code: { enum: string[] } } } } } | undefined)?.properties.error.properties.code.enum;
        for (const code of codes ?? []) expect(String(ERROR_CODES[code as keyof typeof ERROR_CODES]), `${method} ${p} ${code}`).toBe(status);
      }
    }
  });

  it("takes its request schemas from the routes' own zod schemas", () => {
    const answer = document.components.schemas.AnswerSave as { required: string[]; properties: Record<string, JsonSchema> };
    expect(answer.required).toEqual(["version", "answer"]);
    expect(answer.properties.version).toMatchObject({ type: "integer", minimum: 0 });
    const token = document.components.schemas.CreateApiToken as { properties: Record<string, JsonSchema> };
    expect(token.properties.scope).toMatchObject({ enum: ["read", "read-write"] });
    expect(token.properties.expiresInDays).toMatchObject({ type: "integer", minimum: 1, maximum: 365 });
    const exportOp = document.paths["/api/v1/rounds/{roundId}/export"].get as { parameters: JsonSchema[] };
    expect(exportOp.parameters.find((x) => x.name === "format")).toMatchObject({ in: "query", required: true, schema: { enum: ["xlsx", "csv", "json", "pdf", "docx"] } });
  });

  it("refuses one name for two different schemas", () => {
    const [first, second] = API_OPERATIONS.filter((op) => op.body?.kind === "json" && op.body.schema.name !== "AdminRoundAction");
    if (first.body?.kind !== "json" || second.body?.kind !== "json") throw new Error("two JSON bodies expected");
    const clash: ApiOperation = { ...second, body: { ...second.body, schema: { name: first.body.schema.name, schema: second.body.schema.schema } } };
    expect(() => buildOpenApiDocument([first, clash])).toThrow(/two schemas are named/);
  });
});
