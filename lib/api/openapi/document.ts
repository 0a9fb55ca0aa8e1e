// Builds the OpenAPI 3.1 document of /api/v1 from the registry (registry.ts). JSON Schemas come from
// zod's own z.toJSONSchema (JSON Schema 2020-12, the dialect of OpenAPI 3.1): the schemas the routes
// parse with become `components.schemas`, so the document cannot drift from the validation. Request
// schemas are converted as input (a field with a default is optional), answers as output.
import { z } from "zod";
import { ERROR_CODES } from "../../errors";
import { ERROR_MEANINGS, errorCodesByStatus } from "./errors";
import { API_OPERATIONS } from "./registry";
import { ZApiError } from "./responses";
import { API_TAGS, type ApiAuth, type ApiOperation, type NamedSchema, type Schema } from "./types";

export type JsonSchema = { [key: string]: unknown };
export type OpenApiDocument = {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  jsonSchemaDialect: string;
  servers: { url: string }[];
  tags: { name: string }[];
  paths: Record<string, Record<string, JsonSchema>>;
  components: { schemas: Record<string, JsonSchema>; securitySchemes: Record<string, JsonSchema> };
};

const COMPONENT = "#/components/schemas/";
export const ERROR_SCHEMA_NAME = "Error";
/** The security schemes' names in the document. */
export const SESSION_SCHEME = "sessionCookie";
export const TOKEN_SCHEME = "personalToken";

const SECURITY: Record<ApiAuth, Record<string, string[]>[]> = {
  public: [],
  session: [{ [SESSION_SCHEME]: [] }],
  // Either a session or a token; the scope named is the least the token needs.
  "token-read": [{ [SESSION_SCHEME]: [] }, { [TOKEN_SCHEME]: ["read"] }],
  "token-read-write": [{ [SESSION_SCHEME]: [] }, { [TOKEN_SCHEME]: ["read-write"] }],
};

function withoutMeta(schema: JsonSchema): JsonSchema {
  const { $schema: _dialect, $id: _id, ...rest } = schema;
  return rest;
}

/** Adds a named schema to a set, refusing one name for two different schemas. */
function collect(into: Map<string, Schema>, named: NamedSchema): void {
  const known = into.get(named.name);
  if (known !== undefined && known !== named.schema) throw new Error(`two schemas are named ${named.name} in the API registry`);
  into.set(named.name, named.schema);
}

/** The named schemas converted together, so one may refer to another by `$ref`. */
function convert(named: Map<string, Schema>, io: "input" | "output"): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of named) registry.add(schema, { id });
  // `unrepresentable: "any"`: refinements (plainText, cross-field rules) have no JSON Schema form;
  // they stay server-side checks and the schema shows the rest.
  const { schemas } = z.toJSONSchema(registry, { io, unrepresentable: "any", uri: (id) => `${COMPONENT}${id}` });
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, withoutMeta(schema as JsonSchema)]));
}

const ref = (name: string): JsonSchema => ({ $ref: `${COMPONENT}${name}` });

function parameters(op: ApiOperation): JsonSchema[] {
  const out: JsonSchema[] = [];
  const add = (schema: Schema | undefined, where: "path" | "query") => {
    if (!schema) return;
    const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as { properties?: Record<string, JsonSchema>; required?: string[] };
    const required = new Set(json.required ?? []);
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      const { description, ...rest } = property;
      out.push({ name, in: where, required: where === "path" || required.has(name), ...(description ? { description } : {}), schema: rest });
    }
  };
  add(op.params, "path");
  add(op.query, "query");
  return out;
}

function requestBody(op: ApiOperation): JsonSchema | undefined {
  if (!op.body) return undefined;
  if (op.body.kind === "json") {
    return { required: true, description: `JSON, ${op.body.maxBytes / 1024} KB at most.`, content: { "application/json": { schema: ref(op.body.schema.name) } } };
  }
  const content: JsonSchema = {};
  for (const [type, c] of Object.entries(op.body.content)) {
    if (c.schema) content[type] = { schema: ref(c.schema.name) };
    else if (c.form) {
      const properties = Object.fromEntries(
        Object.entries(c.form).map(([name, f]) => [name, { type: f.type, ...(f.binary ? { format: "binary" } : {}), ...(f.maxLength ? { maxLength: f.maxLength } : {}) }]),
      );
      const required = Object.entries(c.form).filter(([, f]) => f.required).map(([name]) => name);
      content[type] = { schema: { type: "object", properties, required } };
    } else content[type] = { schema: { type: "string", format: "binary" } };
  }
  return { required: true, description: op.body.description, content };
}

function responses(op: ApiOperation): JsonSchema {
  const success = op.response;
  const out: JsonSchema = {
    [String(success.status)]: {
      description: success.description,
      ...(success.schema ? { content: { "application/json": { schema: ref(success.schema.name) } } } : {}),
      ...(success.files ? { content: Object.fromEntries(success.files.map((type) => [type, { schema: { type: "string", format: "binary" } }])) } : {}),
    },
  };
  for (const [status, codes] of errorCodesByStatus(op)) {
    out[String(status)] = {
      description: codes.map((code) => `${code}: ${ERROR_MEANINGS[code] ?? code}`).join("; "),
      content: {
        "application/json": {
          schema: { allOf: [ref(ERROR_SCHEMA_NAME), { type: "object", properties: { error: { type: "object", properties: { code: { enum: codes } } } } }] },
        },
      },
    };
  }
  out.default = { description: `INTERNAL (${ERROR_CODES.INTERNAL}) or UNAVAILABLE (${ERROR_CODES.UNAVAILABLE}): an unexpected error; the message carries the request id.`, content: { "application/json": { schema: ref(ERROR_SCHEMA_NAME) } } };
  return out;
}

function operationObject(op: ApiOperation): JsonSchema {
  const params = parameters(op);
  const body = requestBody(op);
  return {
    operationId: op.operationId,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: [op.tag],
    security: SECURITY[op.auth],
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(body ? { requestBody: body } : {}),
    responses: responses(op),
  };
}

export function buildOpenApiDocument(operations: readonly ApiOperation[] = API_OPERATIONS): OpenApiDocument {
  const inputs = new Map<string, Schema>();
  const outputs = new Map<string, Schema>([[ERROR_SCHEMA_NAME, ZApiError]]);
  for (const op of operations) {
    if (op.body?.kind === "json") collect(inputs, op.body.schema);
    if (op.body?.kind === "other") for (const c of Object.values(op.body.content)) if (c.schema) collect(inputs, c.schema);
    if (op.response.schema) collect(outputs, op.response.schema);
  }
  for (const name of inputs.keys()) if (outputs.has(name)) throw new Error(`${name} names both a request and a response schema`);

  const paths: OpenApiDocument["paths"] = {};
  for (const op of operations) {
    const item = (paths[op.path] ??= {});
    const method = op.method.toLowerCase();
    if (item[method]) throw new Error(`${op.method} ${op.path} is registered twice`);
    item[method] = operationObject(op);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Cybercap API",
      version: "1",
      description: "The JSON API of Cybercap: a signed-in browser session or a personal API token (`Authorization: Bearer cc_…`). Errors have one shape, `{error: {code, message, fields?, details?}}`. The guide: docs/api.md; the reference page: /api-docs.",
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    servers: [{ url: "/" }],
    tags: API_TAGS.filter((tag) => operations.some((op) => op.tag === tag)).map((name) => ({ name })),
    paths,
    components: {
      schemas: { ...convert(inputs, "input"), ...convert(outputs, "output") },
      securitySchemes: {
        [SESSION_SCHEME]: {
          type: "apiKey",
          in: "cookie",
          // Over HTTPS the cookie is `__Secure-next-auth.session-token`.
          name: "next-auth.session-token",
          description: "The browser session of a signed-in person (the app's own pages). Writes must come from the app's own origin.",
        },
        [TOKEN_SCHEME]: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "cc_<8 hex>_<43 base64url>",
          description: "A personal API token made on the account page; scope `read` (GET only) or `read-write`. It acts with its owner's rights.",
        },
      },
    },
  };
}

let cached: { document: OpenApiDocument; json: string } | undefined;

/**
 * The document and its JSON text, built once per process: it is a pure function of the code (every
 * instance of the same build computes the same text), so this is no state two instances could
 * disagree on.
 */
export function openApiDocument(): { document: OpenApiDocument; json: string } {
  if (!cached) {
    const document = buildOpenApiDocument();
    cached = { document, json: JSON.stringify(document) };
  }
  return cached;
}
