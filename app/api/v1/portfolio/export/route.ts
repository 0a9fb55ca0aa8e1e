import { withActorResponse } from "@/lib/api/handler";
import { parseQueryValues } from "@/lib/api/parse";
import { exportPortfolio } from "@/lib/export/formats";
import { exportHeaders } from "@/lib/export/filename";
import { parseExportQuery, ZPortfolioExportQuery } from "@/lib/export/query";
import { filtersFromSearch, ZPortfolioFilters } from "@/lib/portfolio/schemas";

// GET /api/v1/portfolio/export?format=xlsx|csv&lang=xx&region=&status=&cycle=: the portfolio page's
// figures (countries x pillars, the most common gaps, service demand, rounds by status) as a
// streamed download, for officers (their regions and countries) and administrators; 403 otherwise.
export const GET = withActorResponse<Record<string, never>>(async ({ actor, request }) => {
  const search = new URL(request.url).searchParams;
  const { format, lang } = parseExportQuery(search, ZPortfolioExportQuery, actor.locale);
  const filters = parseQueryValues(ZPortfolioFilters, filtersFromSearch(search));
  const file = await exportPortfolio(format, { actor, filters, lang });
  return new Response(file.body, { headers: exportHeaders(file.fileName, file.contentType) });
});
