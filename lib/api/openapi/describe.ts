// JSON Schema made readable for the reference page (/api-docs): one row per property with its type
// and constraints, in JSON Schema's own words (`integer`, `maxLength: 200`), which read the same in
// every language.
import type { JsonSchema } from "./document";

export interface SchemaRow {
  name: string;
  type: string;
  required: boolean;
  constraints: string[];
  description?: string;
}

const COMPONENT = "#/components/schemas/";
const CONSTRAINTS = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems", "pattern", "default"] as const;

const asSchema = (value: unknown): JsonSchema => (value !== null && typeof value === "object" ? (value as JsonSchema) : {});

/** The component a `$ref` names, or the schema itself. */
export function resolveSchema(schema: JsonSchema, components: Record<string, JsonSchema>): JsonSchema {
  const ref = schema.$ref;
  return typeof ref === "string" && ref.startsWith(COMPONENT) ? (components[ref.slice(COMPONENT.length)] ?? {}) : schema;
}

/** A short type: `string (uuid)`, `integer | null`, `"read" | "read-write"`, `array of Evidence`. */
export function typeOf(schema: JsonSchema): string {
  if (typeof schema.$ref === "string") return schema.$ref.replace(COMPONENT, "");
  if (Array.isArray(schema.anyOf)) return schema.anyOf.map((s) => typeOf(asSchema(s))).join(" | ");
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if ("const" in schema) return JSON.stringify(schema.const);
  if (schema.type === "array") return `array of ${typeOf(asSchema(schema.items))}`;
  if (Array.isArray(schema.type)) return schema.type.join(" | ");
  if (typeof schema.type === "string") return typeof schema.format === "string" ? `${schema.type} (${schema.format})` : schema.type;
  return "any";
}

/** Constraints of the schema (and of the non-null branch of a nullable one), as `keyword: value`. */
export function constraintsOf(schema: JsonSchema): string[] {
  const branches = Array.isArray(schema.anyOf) ? [schema, ...schema.anyOf.map(asSchema)] : [schema];
  const out: string[] = [];
  for (const branch of branches) {
    for (const key of CONSTRAINTS) {
      // A format's pattern (uuid, date-time) says no more than the format does, at length.
      if (key === "pattern" && typeof branch.format === "string") continue;
      if (key in branch) out.push(`${key}: ${typeof branch[key] === "string" && key !== "pattern" ? JSON.stringify(branch[key]) : String(branch[key])}`);
    }
  }
  return out;
}

/**
 * The rows of an object schema (after its `$ref`): its properties in declared order, and those of an
 * inline object property under a dotted name (`answer.kind`), a few levels deep.
 */
export function propertyRows(schema: JsonSchema, components: Record<string, JsonSchema>, prefix = "", depth = 0): SchemaRow[] {
  const resolved = resolveSchema(schema, components);
  const properties = asSchema(resolved.properties);
  const required = new Set(Array.isArray(resolved.required) ? (resolved.required as string[]) : []);
  return Object.entries(properties).flatMap(([key, value]) => {
    const property = asSchema(value);
    const name = `${prefix}${key}`;
    const row: SchemaRow = {
      name,
      type: typeOf(property),
      required: required.has(key),
      constraints: constraintsOf(property),
      ...(typeof property.description === "string" ? { description: property.description } : {}),
    };
    const nested = property.type === "object" && property.properties && depth < 3 ? propertyRows(property, components, `${name}.`, depth + 1) : [];
    return [row, ...nested];
  });
}
