// GET /api/v1/openapi.json: public, cacheable, and a 304 for a client that already holds it.
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/openapi.json/route";

const URL_ = "http://localhost:3000/api/v1/openapi.json";

describe("GET /api/v1/openapi.json", () => {
  it("answers the document without any session, with an ETag and a public cache lifetime", async () => {
    const response = GET(new Request(URL_));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    const etag = response.headers.get("etag");
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe("3.1.0");
    expect(document.paths).toHaveProperty("/api/v1/countries/{iso2}");
    expect(document.paths).toHaveProperty("/api/v1/evidence/{evidenceId}");
    expect(document.paths).toHaveProperty("/api/v1/admin/officers/{userId}/assignments");
    // Built once: the same text, the same tag.
    expect(GET(new Request(URL_)).headers.get("etag")).toBe(etag);
  });

  it("answers 304 to If-None-Match with its tag (weak or in a list), 200 to another", async () => {
    const etag = GET(new Request(URL_)).headers.get("etag")!;
    expect(GET(new Request(URL_, { headers: { "if-none-match": etag } })).status).toBe(304);
    expect(GET(new Request(URL_, { headers: { "if-none-match": `"other", W/${etag}` } })).status).toBe(304);
    const other = GET(new Request(URL_, { headers: { "if-none-match": '"other"' } }));
    expect(other.status).toBe(200);
  });
});
