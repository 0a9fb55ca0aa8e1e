// The heat map's order, applied to the rows the service returned (a page of one portfolio: at most
// the 193 countries, already aggregated in SQL). By name in the reader's language, or by a pillar's
// score; countries without a score for that pillar always come last, whatever the direction, and
// ties keep the alphabetical order.
import type { TPortfolioSort } from "./schemas";
import { collator } from "../i18n/formatters";

export interface SortableCountry {
  iso2: string;
  /** The name in the reader's language. */
  label: string;
  scores: Record<string, number | null>;
}

export function sortCountries<T extends SortableCountry>(rows: readonly T[], order: TPortfolioSort, locale: string): T[] {
  const compare = collator(locale).compare;
  const byName = (a: T, b: T) => compare(a.label, b.label) || a.iso2.localeCompare(b.iso2);
  const sign = order.dir === "desc" ? -1 : 1;
  if (order.sort === "name") return [...rows].sort((a, b) => sign * byName(a, b));
  const key = order.sort;
  return [...rows].sort((a, b) => {
    const x = a.scores[key] ?? null;
    const y = b.scores[key] ?? null;
    if (x === null && y === null) return byName(a, b);
    if (x === null) return 1;
    if (y === null) return -1;
    return sign * (x - y) || byName(a, b);
  });
}

/** The link of a column header: the same column flips the direction; another one starts ascending. */
export function nextOrder(current: TPortfolioSort, column: string): TPortfolioSort {
  return { sort: column, dir: current.sort === column && current.dir === "asc" ? "desc" : "asc" };
}
