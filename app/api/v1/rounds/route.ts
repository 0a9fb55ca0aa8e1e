import { withActor } from "@/lib/api/handler";
import { parseQuery } from "@/lib/api/parse";
import { listRoundPage } from "@/lib/rounds/list-page";
import { ZRoundListQuery } from "@/lib/rounds/list-schemas";

// GET /api/v1/rounds?country=&status=&cycle=&region=&updatedSince=&limit=&cursor=: the rounds the
// caller may see, newest first, a page at a time (docs/api.md). 400 INVALID_QUERY for a filter or
// cursor it cannot read. Conditional: ETag / If-None-Match.
export const GET = withActor<Record<string, never>>(
  async ({ actor, request }) => listRoundPage(actor, parseQuery(ZRoundListQuery, new URL(request.url).searchParams)),
  { etag: true },
);
