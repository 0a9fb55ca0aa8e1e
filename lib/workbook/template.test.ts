import { describe, expect, it } from "vitest";
import { answerChoices, choiceLabel, readChoice } from "./template";

const choices = answerChoices({ level: (l) => `${l} – Level ${l}`, notApplicable: "Not applicable", dontKnow: "Don't know" });

describe("workbook answer choices", () => {
  it("reads labels, bare digits and empty cells", () => {
    expect(readChoice("2 – Level 2", choices)).toEqual({ kind: "LEVEL", level: 2 });
    expect(readChoice(" 4 ", choices)).toEqual({ kind: "LEVEL", level: 4 });
    expect(readChoice("not applicable", choices)).toEqual({ kind: "NOT_APPLICABLE", level: null });
    expect(readChoice("Don't know", choices)).toEqual({ kind: "DONT_KNOW", level: null });
    expect(readChoice("", choices)).toEqual({ kind: null, level: null });
  });

  it("refuses anything else", () => {
    expect(readChoice("5", choices)).toBe("invalid");
    expect(readChoice("maybe", choices)).toBe("invalid");
  });

  it("labels answers for the pre-filled cells", () => {
    expect(choiceLabel({ kind: "LEVEL", level: 3 }, choices)).toBe("3 – Level 3");
    expect(choiceLabel({ kind: "DONT_KNOW", level: null }, choices)).toBe("Don't know");
    expect(choiceLabel({ kind: null, level: null }, choices)).toBeNull();
  });
});
