import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./document";
import { constraintsOf, propertyRows, typeOf } from "./describe";

const { components } = buildOpenApiDocument();

describe("the reference page's reading of a schema", () => {
  it("lists an object's properties with their types, constraints and whether they are required", () => {
    const rows = propertyRows({ $ref: "#/components/schemas/CreateApiToken" }, components.schemas);
    expect(rows.map((r) => r.name)).toEqual(["name", "scope", "expiresInDays"]);
    expect(rows.find((r) => r.name === "scope")).toMatchObject({ type: '"read" | "read-write"', required: true });
    expect(rows.find((r) => r.name === "expiresInDays")).toMatchObject({ type: "integer", constraints: ["minimum: 1", "maximum: 365"] });
  });

  it("reads nullable, referenced and array types", () => {
    expect(typeOf({ anyOf: [{ type: "integer", minimum: 0, maximum: 4 }, { type: "null" }] })).toBe("integer | null");
    expect(constraintsOf({ anyOf: [{ type: "integer", minimum: 0, maximum: 4 }, { type: "null" }] })).toEqual(["minimum: 0", "maximum: 4"]);
    expect(typeOf({ type: "array", items: { $ref: "#/components/schemas/Evidence" } })).toBe("array of Evidence");
    expect(typeOf({ type: "string", format: "uuid", pattern: "^x$" })).toBe("string (uuid)");
    expect(constraintsOf({ type: "string", format: "uuid", pattern: "^x$" })).toEqual([]);
    expect(typeOf({ type: ["string", "null"] })).toBe("string | null");
    const answer = propertyRows({ $ref: "#/components/schemas/AnswerSave" }, components.schemas);
    expect(answer.find((r) => r.name === "answer")).toMatchObject({ type: "object", required: true });
    expect(answer.find((r) => r.name === "answer.level")).toMatchObject({ type: "integer | null", required: true, constraints: ["minimum: 0", "maximum: 4"] });
  });
});
