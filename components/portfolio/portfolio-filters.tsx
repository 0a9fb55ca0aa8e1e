import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { localize, type Locale, type LocalizedText } from "@/lib/i18n/config";
import { PORTFOLIO_STATUSES, type TPortfolioFilters, type TPortfolioSort } from "@/lib/portfolio/schemas";
import { collator } from "@/lib/i18n/formatters";

const FIELD = "w-full rounded border border-line bg-white px-3 py-2";

/**
 * The portfolio's filters: a plain GET form (works without JavaScript; a filtered view is a link).
 * The heat map's order is kept across a change of filters; a comparison is not (its countries may
 * leave the filtered heat map).
 */
export async function PortfolioFilters({
  regions,
  cycles,
  filters,
  order,
  locale,
}: {
  regions: { code: string; name: LocalizedText }[];
  cycles: string[];
  filters: TPortfolioFilters;
  order: TPortfolioSort;
  locale: Locale;
}) {
  const [t, ts] = await Promise.all([getTranslations("portfolio.filters"), getTranslations("status")]);
  const compare = collator(locale).compare;
  const sortedRegions = [...regions].sort((a, b) => compare(localize(a.name, locale).text, localize(b.name, locale).text));
  return (
    <form method="get" action="/portfolio" role="search" aria-label={t("label")} className="grid items-end gap-3 rounded-lg border border-line bg-white p-4 sm:grid-cols-3" data-testid="portfolio-filters">
      <div>
        <label htmlFor="portfolio-region" className="mb-1 block font-medium">{t("region")}</label>
        <select id="portfolio-region" name="region" defaultValue={filters.region ?? ""} className={FIELD}>
          <option value="">{t("allRegions")}</option>
          {sortedRegions.map((r) => (
            <option key={r.code} value={r.code}>{localize(r.name, locale).text}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="portfolio-status" className="mb-1 block font-medium">{t("status")}</label>
        <select id="portfolio-status" name="status" defaultValue={filters.status ?? ""} className={FIELD}>
          <option value="">{t("allStatuses")}</option>
          {PORTFOLIO_STATUSES.map((s) => (
            <option key={s} value={s}>{ts(s)}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="portfolio-cycle" className="mb-1 block font-medium">{t("cycle")}</label>
        <select id="portfolio-cycle" name="cycle" defaultValue={filters.cycle ?? ""} className={FIELD}>
          <option value="">{t("allCycles")}</option>
          {cycles.map((c) => (
            <option key={c} value={c}>{c}</option>
          ))}
        </select>
      </div>
      {order.sort !== "name" || order.dir !== "asc" ? (
        <>
          <input type="hidden" name="sort" value={order.sort} />
          <input type="hidden" name="dir" value={order.dir} />
        </>
      ) : null}
      <div className="flex flex-wrap items-end gap-3 sm:col-span-3">
        <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark" data-testid="apply-portfolio-filters">
          {t("apply")}
        </button>
        <Link href="/portfolio" className="py-2 text-brand underline-offset-4 hover:underline">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
