import { describe, expect, it } from "vitest";
import { maxLength, string } from "zod/mini";
import { z } from "zod";
import { hasControlCharacters, plainText } from "./text";

describe("plainText", () => {
  it("refuses NUL and other control characters, keeps tab and newlines", () => {
    expect(hasControlCharacters("a\u0000b")).toBe(true);
    expect(hasControlCharacters("a\u001bb")).toBe(true);
    expect(hasControlCharacters("a\u0085b")).toBe(true);
    expect(hasControlCharacters("line one\nline two\r\n\tindented")).toBe(false);
    expect(hasControlCharacters("عربى 中文 ‏mixed")).toBe(false);
  });

  it("works as a check in zod/mini and in full zod, with the catalogue key as message", () => {
    const mini = string().check(maxLength(10), plainText());
    const full = z.string().check(plainText());
    for (const schema of [mini, full]) {
      const result = schema.safeParse("x\u0000");
      expect(result.success).toBe(false);
      expect(result.error?.issues[0].message).toBe("controlCharacters");
      expect(schema.safeParse("fine").success).toBe(true);
    }
  });
});
