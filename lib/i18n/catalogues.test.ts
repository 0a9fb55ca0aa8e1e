// Every catalogue has every key of the English one, no empty value, the same placeholders, and
// messages that parse as ICU (plurals with the categories each language needs).
import { readFileSync } from "node:fs";
import path from "node:path";
import compile from "icu-minify/compile";
import formatCompiled from "icu-minify/format";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./config";

type Tree = { [key: string]: string | Tree };

function load(locale: string): Tree {
  return JSON.parse(readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8")) as Tree;
}

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

/** Argument names used by a message: {name}, {count, plural, ...}. */
function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([a-zA-Z][\w]*)\s*[,}]/g)].map((m) => m[1]))].sort();
}

const english = flatten(load("en"));

describe.each(LOCALES.filter((l) => l !== "en"))("messages/%s.json", (locale) => {
  const messages = flatten(load(locale));

  it("has exactly the English keys", () => {
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("has no empty message", () => {
    for (const [key, value] of messages) expect(value.trim(), key).not.toBe("");
  });

  it("keeps every placeholder", () => {
    for (const [key, value] of english) expect(placeholders(messages.get(key) ?? ""), key).toEqual(placeholders(value));
  });

  it("formats every message", () => {
    for (const [key, value] of messages) {
      const args = Object.fromEntries(placeholders(value).map((p) => [p, p === "count" || p === "percent" || p === "answered" || p === "total" ? 3 : "x"]));
      expect(() => new IntlMessageFormat(value, locale).format(args), key).not.toThrow();
    }
  });
});

// The build compiles the catalogues (next.config.js, next-intl's `precompile`) and the pages format
// the compiled form; scripts and tests format the source. Both must read the same, in every plural
// category each language has (Arabic has six) and for every option of a select.
type Ast = ReturnType<IntlMessageFormat["getAst"]>;
// The parser's element kinds (its TYPE enum; the parser is intl-messageformat's own dependency).
const TYPE = { literal: 0, argument: 1, number: 2, date: 3, time: 4, select: 5, plural: 6 } as const;
type ArgumentKind = "number" | "date" | "string" | string[];

/** The arguments of a message, from its parsed form: numbers for plurals and number formats, the option keys of a select. */
function argumentsOf(ast: Ast, into = new Map<string, ArgumentKind>()): Map<string, ArgumentKind> {
  for (const el of ast) {
    if (!("value" in el) || el.type === TYPE.literal) continue;
    if (el.type === TYPE.plural || el.type === TYPE.number) into.set(el.value, "number");
    else if (el.type === TYPE.date || el.type === TYPE.time) into.set(el.value, "date");
    else if (el.type === TYPE.select) into.set(el.value, Object.keys(el.options));
    else if (el.type === TYPE.argument && !into.has(el.value)) into.set(el.value, "string");
    if ("options" in el) for (const option of Object.values(el.options)) argumentsOf(option.value, into);
  }
  return into;
}

describe.each(LOCALES)("messages/%s.json compiled for the build", (locale) => {
  const messages = flatten(load(locale));
  const formatters = {
    getNumberFormat: (...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args),
    getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
    getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args),
  };

  it("formats every message as the source does", () => {
    let checked = 0;
    for (const [key, value] of messages) {
      const source = new IntlMessageFormat(value, locale);
      const compiled = compile(value);
      const kinds = [...argumentsOf(source.getAst())];
      // 0, 1, 2, 3, 11 and 100 reach every Arabic plural category (zero, one, two, few, many, other).
      for (const [i, n] of [0, 1, 2, 3, 11, 100, 1.5].entries()) {
        const args = Object.fromEntries(kinds.map(([name, kind]) => [name, kind === "number" ? n : kind === "date" ? new Date(Date.UTC(2026, 0, 1 + i)) : kind === "string" ? `<${name}>` : kind[i % kind.length]]));
        expect(formatCompiled(compiled, locale, args, { formatters, timeZone: "UTC" }), `${key} with ${JSON.stringify(args)}`).toEqual(source.format(args));
        checked += 1;
      }
    }
    expect(checked).toBe(messages.size * 7);
  });
});
