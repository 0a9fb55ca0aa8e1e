// Every catalogue has every key of the English one, no empty value, the same placeholders, and
// messages that parse as ICU (plurals with the categories each language needs).
import { readFileSync } from "node:fs";
import path from "node:path";
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
