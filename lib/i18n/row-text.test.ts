import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl";
import { rowText } from "./row-text";

const messages = {
  plain: "Compare {country}",
  two: "{answered} of {total} answered",
  french: "Comparer l'indicateur : {country}",
  quoted: "Use '{braces}' literally for {name}",
  plural: "{count, plural, one {# country} other {# countries}}",
  number: "Score {value, number}",
  none: "No placeholder",
};

function translator() {
  return createTranslator({ locale: "en", messages });
}

describe("rowText", () => {
  const t = translator();
  // next-intl's types key the translator by the catalogue; rowText takes any translator of strings.
  const loose = t as unknown as Parameters<typeof rowText>[0];
  const cases: [keyof typeof messages, Record<string, string | number>][] = [
    ["plain", { country: "Kenya" }],
    ["two", { answered: 3, total: 10 }],
    ["french", { country: "Sénégal" }],
    ["quoted", { name: "x" }],
    ["plural", { count: 1 }],
    ["plural", { count: 5 }],
    ["number", { value: 1234.5 }],
    ["none", {}],
  ];
  it.each(cases)("reads %s exactly as t() does", (key, values) => {
    expect(rowText(loose, key)(values)).toBe(t(key, values));
  });

  it("fills plain placeholders without going through t()", () => {
    let calls = 0;
    const counting = Object.assign((key: string, values?: Record<string, string | number>) => {
      calls += 1;
      return t(key as keyof typeof messages, values);
    }, { raw: (key: string) => t.raw(key as keyof typeof messages) });
    const text = rowText(counting, "plain");
    expect([text({ country: "A" }), text({ country: "B" })]).toEqual(["Compare A", "Compare B"]);
    expect(calls).toBe(0);
    const plural = rowText(counting, "plural");
    expect(plural({ count: 2 })).toBe("2 countries");
    expect(plural({ count: 2 })).toBe("2 countries");
    expect(calls).toBe(1);
    expect(plural({ count: 1 })).toBe("1 country");
    expect(calls).toBe(2);
  });
});
