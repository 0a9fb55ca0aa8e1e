import { describe, expect, it } from "vitest";
import { ZAnswerSave } from "../answers/schemas";
import { z } from "zod";
import { parseInput, parseQuery, queryOf } from "./parse";

describe("parseInput", () => {
  const valid = { version: 0, answer: { kind: "LEVEL", level: 2, notApplicableReason: null, justification: "x", targetOverride: null } };

  it("returns the parsed value", () => {
    expect(parseInput(ZAnswerSave, valid).answer.level).toBe(2);
  });

  it("maps each invalid field to its message key", () => {
    const bad = { ...valid, answer: { ...valid.answer, level: 7, justification: "a".repeat(5001) } };
    expect(() => parseInput(ZAnswerSave, bad)).toThrowError(expect.objectContaining({ code: "INVALID_INPUT", fields: { "answer.level": "level", "answer.justification": "justificationTooLong" } }));
  });

  it("requires a reason for not applicable and a level for a level", () => {
    const na = { ...valid, answer: { ...valid.answer, kind: "NOT_APPLICABLE", level: null, notApplicableReason: " " } };
    expect(() => parseInput(ZAnswerSave, na)).toThrowError(expect.objectContaining({ fields: { "answer.notApplicableReason": "reasonRequired" } }));
    const noLevel = { ...valid, answer: { ...valid.answer, level: null } };
    expect(() => parseInput(ZAnswerSave, noLevel)).toThrowError(expect.objectContaining({ fields: { "answer.level": "levelRequired" } }));
  });
});

describe("parseQuery", () => {
  const ZQuery = z.strictObject({ status: z.enum(["DRAFT", "VALIDATED"], "invalid").optional(), limit: z.coerce.number().int().min(1, "invalid").default(50) });

  it("reads a query string with the schema", () => {
    expect(parseQuery(ZQuery, new URLSearchParams("status=DRAFT&limit=10"))).toEqual({ status: "DRAFT", limit: 10 });
    expect(parseQuery(ZQuery, new URLSearchParams(""))).toEqual({ limit: 50 });
  });

  it("is a 400 INVALID_QUERY naming each wrong, repeated or unknown parameter", () => {
    expect(() => parseQuery(ZQuery, new URLSearchParams("status=OPEN&limit=0&sort=x"))).toThrowError(
      expect.objectContaining({ code: "INVALID_QUERY", status: 400, fields: { status: "invalid", limit: "invalid", sort: "unknown" } }),
    );
    // A parameter named like Object's prototype is a parameter like any other.
    const refusal = (() => {
      try {
        return parseQuery(ZQuery, new URLSearchParams("__proto__=y"));
      } catch (error) {
        return error as { fields: Record<string, string> };
      }
    })() as { fields: Record<string, string> };
    expect(Object.entries(refusal.fields)).toEqual([["__proto__", "unknown"]]);
    expect(() => parseQuery(ZQuery, new URLSearchParams("status=DRAFT&status=VALIDATED"))).toThrowError(expect.objectContaining({ fields: { status: "invalid" } }));
  });
});

describe("queryOf", () => {
  it("gives one string per name, and the list of a repeated name", () => {
    expect(queryOf(new URLSearchParams("a=1&b=2&a=3"))).toEqual({ a: ["1", "3"], b: "2" });
  });
});
