import { describe, expect, it } from "vitest";
import { ZAnswerSave } from "../answers/schemas";
import { parseInput } from "./parse";

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
