// Schema drift: every model, field, type, nullability, unique constraint and index declared in
// prisma/schema.prisma must exist, as declared, in a database built only from the migrations.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createScratchDatabase } from "../testing/database";
import { migrate } from "./migrate";

const require = createRequire(import.meta.url);
// Prisma's own schema parser (WebAssembly, no engine download).
const { get_dmmf } = require("@prisma/prisma-schema-wasm") as { get_dmmf: (params: string) => string };

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  nativeType?: [string, string[]] | null;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: "id" | "normal" | "unique" | "fulltext";
  fields: { name: string }[];
}
interface Dmmf {
  datamodel: { models: DmmfModel[]; enums: { name: string; values: { name: string }[] }[]; indexes: DmmfIndex[] };
}

const schema = readFileSync(path.join(process.cwd(), "prisma", "schema.prisma"), "utf8");
const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schema]] }))) as Dmmf;

/** The PostgreSQL type Prisma maps a field to: (information_schema data_type, udt_name). */
function expectedType(field: DmmfField): { udt: string } {
  if (field.kind === "enum") return { udt: field.type };
  const native = field.nativeType?.[0];
  const byNative: Record<string, string> = { Uuid: "uuid", Char: "bpchar", VarChar: "varchar", Timestamptz: "timestamptz", Json: "json" };
  if (native && byNative[native]) return { udt: byNative[native] };
  const byScalar: Record<string, string> = {
    String: "text",
    Int: "int4",
    BigInt: "int8",
    Boolean: "bool",
    DateTime: "timestamp",
    Json: "jsonb",
    Bytes: "bytea",
    Float: "float8",
    Decimal: "numeric",
  };
  return { udt: byScalar[field.type] };
}

let client: pg.Client;
let drop: () => Promise<void>;

beforeAll(async () => {
  const db = await createScratchDatabase(inject("adminDatabaseUrl"), "drift");
  drop = db.drop;
  await migrate({ connectionString: db.url });
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
});

afterAll(async () => {
  await client.end();
  await drop();
});

async function columns(table: string) {
  const { rows } = await client.query<{ column_name: string; udt_name: string; is_nullable: "YES" | "NO" }>(
    `SELECT column_name, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
    [table],
  );
  return new Map(rows.map((r) => [r.column_name, r]));
}

/** Column lists of every index of a table (primary keys and unique constraints are indexes too). */
async function indexes(table: string): Promise<{ columns: string[]; unique: boolean; primary: boolean }[]> {
  const { rows } = await client.query<{ columns: string[]; indisunique: boolean; indisprimary: boolean; partial: boolean }>(
    `SELECT array_agg(a.attname::text ORDER BY k.ord) AS columns, i.indisunique, i.indisprimary, i.indpred IS NOT NULL AS partial
       FROM pg_index i
       JOIN pg_class t ON t.oid = i.indrelid
       JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord) ON true
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      -- Key columns only: an index may INCLUDE more (answers' levels index carries target_override),
      -- which Prisma's schema cannot say.
      WHERE t.relname = $1 AND k.ord <= i.indnkeyatts
      GROUP BY i.indexrelid, i.indisunique, i.indisprimary, i.indpred`,
    [table],
  );
  return rows.filter((r) => !r.partial).map((r) => ({ columns: r.columns, unique: r.indisunique, primary: r.indisprimary }));
}

describe("schema.prisma and the migrations agree", () => {
  it("has every enum with every value", async () => {
    for (const e of dmmf.datamodel.enums) {
      const { rows } = await client.query<{ enumlabel: string }>(
        `SELECT e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = $1 ORDER BY e.enumsortorder`,
        [e.name],
      );
      expect(rows.map((r) => r.enumlabel), `enum ${e.name}`).toEqual(e.values.map((v) => v.name));
    }
  });

  for (const model of dmmf.datamodel.models) {
    const table = model.dbName ?? model.name;
    it(`model ${model.name}: every field with its type and nullability`, async () => {
      const cols = await columns(table);
      expect(cols.size, `table ${table} exists`).toBeGreaterThan(0);
      for (const field of model.fields.filter((f) => f.kind === "scalar" || f.kind === "enum")) {
        const column = field.dbName ?? field.name;
        const actual = cols.get(column);
        expect(actual, `${table}.${column}`).toBeDefined();
        const { udt } = expectedType(field);
        expect(actual!.udt_name, `${table}.${column} type`).toBe(field.isList ? `_${udt}` : udt);
        expect(actual!.is_nullable, `${table}.${column} nullability`).toBe(field.isRequired && !field.isList ? "NO" : "YES"); // Prisma maps lists to nullable arrays
      }
    });

    it(`model ${model.name}: every id, unique and index`, async () => {
      const actual = await indexes(table);
      const columnOf = (name: string) => {
        const f = model.fields.find((x) => x.name === name);
        return f?.dbName ?? name;
      };
      for (const index of dmmf.datamodel.indexes.filter((i) => i.model === model.name)) {
        const wanted = index.fields.map((f) => columnOf(f.name));
        const match = actual.find((a) => a.columns.join(",") === wanted.join(","));
        expect(match, `${index.type} index on ${table}(${wanted.join(", ")})`).toBeDefined();
        if (index.type === "id") expect(match!.primary, `${table} primary key`).toBe(true);
        if (index.type === "unique") expect(match!.unique, `${table}(${wanted.join(", ")}) unique`).toBe(true);
      }
    });
  }
});
