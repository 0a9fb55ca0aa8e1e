// The portfolio page's links: the filters, the order and the comparison travel in the query string,
// so every view is a link that works without JavaScript and can be shared.
import type { TPortfolioFilters, TPortfolioSort } from "./schemas";

export interface PortfolioView {
  filters: TPortfolioFilters;
  order: TPortfolioSort;
  compare: string[];
  /** The heat map's page, from 1 (absent: the first). */
  page?: number;
}

export function portfolioHref(view: PortfolioView): string {
  const params = new URLSearchParams();
  if (view.filters.region) params.set("region", view.filters.region);
  if (view.filters.status) params.set("status", view.filters.status);
  if (view.filters.cycle) params.set("cycle", view.filters.cycle);
  if (view.order.sort !== "name" || view.order.dir !== "asc") {
    params.set("sort", view.order.sort);
    params.set("dir", view.order.dir);
  }
  if (view.compare.length > 0) params.set("compare", view.compare.join(","));
  if (view.page !== undefined && view.page > 1) params.set("page", String(view.page));
  const query = params.toString();
  return query ? `/portfolio?${query}` : "/portfolio";
}
