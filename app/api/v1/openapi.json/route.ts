import { openApiDocument } from "@/lib/api/openapi/document";
import { etagOf, ifNoneMatchMatches } from "@/lib/api/etag";

// GET /api/v1/openapi.json: the OpenAPI 3.1 document of the API, built from the registry
// (lib/api/openapi). Public: it describes the routes, it holds no data, and a client generator must
// read it before it has a token. Cacheable: it changes only with a new build, so it has an ETag
// (If-None-Match answers 304) and may be kept by shared caches for a while.
export function GET(request: Request): Response {
  const { json } = openApiDocument();
  const etag = etagOf(json);
  const headers = { etag, "cache-control": "public, max-age=300", vary: "accept-encoding" };
  if (ifNoneMatchMatches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(json, { headers: { ...headers, "content-type": "application/json; charset=utf-8" } });
}
