import { withActor } from "@/lib/api/handler";
import { parseQuery } from "@/lib/api/parse";
import { listCountryPage } from "@/lib/countries/list-page";
import { ZCountryListQuery } from "@/lib/countries/list-schemas";

// GET /api/v1/countries?region=&limit=&cursor=: the countries the caller may see, by ISO code, with
// their programme region, a page at a time (docs/api.md). Conditional: ETag / If-None-Match.
export const GET = withActor<Record<string, never>>(
  async ({ actor, request }) => listCountryPage(actor, parseQuery(ZCountryListQuery, new URL(request.url).searchParams)),
  { etag: true },
);
