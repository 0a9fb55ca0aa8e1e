import { withActor } from "@/lib/api/handler";
import { parseQueryValues } from "@/lib/api/parse";
import { getPortfolio } from "@/lib/portfolio/service";
import { filtersFromSearch, ZPortfolioFilters } from "@/lib/portfolio/schemas";

// GET /api/v1/portfolio?region=&status=&cycle=: the figures of the portfolio page, for officers (their
// regions and countries) and administrators (every country); 403 for anyone else.
export const GET = withActor<Record<string, never>>(async ({ actor, request }) =>
  getPortfolio(actor, parseQueryValues(ZPortfolioFilters, filtersFromSearch(new URL(request.url).searchParams))),
  { etag: true },
);
