import { describe, expect, it } from "vitest";
import { conditionalJsonResponse, etagOf, ifNoneMatchMatches, parseIfNoneMatch } from "./etag";

const get = (headers: Record<string, string> = {}, method = "GET") => new Request("http://localhost/api/v1/rounds", { method, headers });

describe("etagOf", () => {
  it("is a quoted base64url SHA-256 of the body, the same for the same body", () => {
    const tag = etagOf('{"a":1}');
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(etagOf('{"a":1}')).toBe(tag);
    expect(etagOf('{"a":2}')).not.toBe(tag);
  });
});

describe("parseIfNoneMatch", () => {
  it("reads one tag, a list, weak tags and the wildcard", () => {
    expect(parseIfNoneMatch('"abc"')).toEqual(['"abc"']);
    expect(parseIfNoneMatch(' "a" ,W/"b",  "c"')).toEqual(['"a"', '"b"', '"c"']);
    expect(parseIfNoneMatch("*")).toBe("*");
  });

  it("keeps a comma inside a tag", () => {
    expect(parseIfNoneMatch('"a,b", "c"')).toEqual(['"a,b"', '"c"']);
  });

  it("reads an unquoted or unterminated header as no tag at all", () => {
    expect(parseIfNoneMatch("abc")).toEqual([]);
    expect(parseIfNoneMatch('"abc')).toEqual([]);
    expect(parseIfNoneMatch('"a", b')).toEqual([]);
    expect(parseIfNoneMatch("")).toEqual([]);
  });
});

describe("ifNoneMatchMatches", () => {
  const tag = etagOf("body");

  it("matches the tag itself, its weak form, a list holding it, and *", () => {
    expect(ifNoneMatchMatches(tag, tag)).toBe(true);
    expect(ifNoneMatchMatches(`W/${tag}`, tag)).toBe(true);
    expect(ifNoneMatchMatches(`"other", ${tag}`, tag)).toBe(true);
    expect(ifNoneMatchMatches("*", tag)).toBe(true);
  });

  it("does not match another tag, a missing header or the tag without its quotes", () => {
    expect(ifNoneMatchMatches('"other"', tag)).toBe(false);
    expect(ifNoneMatchMatches(null, tag)).toBe(false);
    expect(ifNoneMatchMatches(tag.slice(1, -1), tag)).toBe(false);
  });
});

describe("conditionalJsonResponse", () => {
  it("answers 200 with the JSON, its ETag and a private, revalidate-every-time cache policy", async () => {
    const response = conditionalJsonResponse(get(), { items: [1, 2] });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("etag")).toBe(etagOf('{"items":[1,2]}'));
    expect(response.headers.get("cache-control")).toBe("private, no-cache");
    expect(await response.json()).toEqual({ items: [1, 2] });
  });

  it("answers 304 with no body when If-None-Match holds the tag (GET and HEAD)", async () => {
    const tag = etagOf('{"items":[1,2]}');
    for (const method of ["GET", "HEAD"]) {
      const response = conditionalJsonResponse(get({ "if-none-match": `W/"x", ${tag}` }, method), { items: [1, 2] });
      expect(response.status).toBe(304);
      expect(response.headers.get("etag")).toBe(tag);
      expect(response.headers.get("cache-control")).toBe("private, no-cache");
      expect(await response.text()).toBe("");
    }
  });

  it("answers 200 when the tag is stale, and ignores If-None-Match on other methods", () => {
    expect(conditionalJsonResponse(get({ "if-none-match": etagOf("old") }), { items: [] }).status).toBe(200);
    expect(conditionalJsonResponse(get({ "if-none-match": "*" }, "POST"), { items: [] }).status).toBe(200);
  });
});
