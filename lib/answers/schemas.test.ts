import { describe, expect, it } from "vitest";
import { parseInput } from "../api/parse";
import { ZAnswerSave } from "./schemas";

const answer = { kind: "LEVEL", level: 2, notApplicableReason: null, justification: "x", targetOverride: null };
const fieldsOf = (input: unknown): Record<string, string> | undefined => {
  try {
    parseInput(ZAnswerSave, input);
    return undefined;
  } catch (error) {
    return (error as { fields?: Record<string, string> }).fields;
  }
};

describe("ZAnswerSave", () => {
  it("refuses a version outside the integer column's range, or not an integer", () => {
    for (const version of [1e20, 2 ** 31, -1, 1.5, "3", null]) {
      expect(fieldsOf({ version, answer }), String(version)).toEqual({ version: "invalid" });
    }
    expect(fieldsOf({ version: 2 ** 31 - 1, answer })).toBeUndefined();
  });

  it("refuses control characters in the justification and the reason, naming the field", () => {
    expect(fieldsOf({ version: 0, answer: { ...answer, justification: "before\u0000after" } })).toEqual({ "answer.justification": "controlCharacters" });
    // The control character is the message, even when the text is also too long.
    expect(fieldsOf({ version: 0, answer: { ...answer, justification: `\u001b${"a".repeat(6000)}` } })).toEqual({ "answer.justification": "controlCharacters" });
    const na = { ...answer, kind: "NOT_APPLICABLE", level: null, notApplicableReason: "No\u0007 mandate" };
    expect(fieldsOf({ version: 0, answer: na })).toEqual({ "answer.notApplicableReason": "controlCharacters" });
  });

  it("keeps line breaks and tabs, and text in every script", () => {
    expect(fieldsOf({ version: 0, answer: { ...answer, justification: "Line one\r\nLine two\tتبويب 中文" } })).toBeUndefined();
  });
});
