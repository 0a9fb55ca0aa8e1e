// The portfolio: an officer's regions and countries, or every country for an administrator. Every
// figure comes from lib/portfolio/service (which authorizes, and aggregates in SQL); this page sorts
// the heat map's rows, validates the comparison and renders tables on the server. Charts draw in the
// browser from a lazily loaded chunk, each with its table one click away (the dashboard's ChartPanel).
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { ChartPanel, ChartTablesWithoutScript } from "@/components/dashboard/chart-panel";
import { ExportLinks } from "@/components/export/export-links";
import { CompareTable } from "@/components/portfolio/compare-table";
import { HeatLegend } from "@/components/portfolio/heat-legend";
import { formatCount } from "@/components/portfolio/format";
import { HeatMap, type HeatMapRow } from "@/components/portfolio/heat-map";
import { portfolioHref } from "@/lib/portfolio/href";
import { BarChartLazy } from "@/components/portfolio/lazy-charts";
import { PortfolioFilters } from "@/components/portfolio/portfolio-filters";
import { SeriesLegend } from "@/components/portfolio/series-legend";
import { DemandTable, GapsTable, ProgressTable, StatusTable } from "@/components/portfolio/summary-tables";
import { ErrorAlert } from "@/components/ui/error-alert";
import { requirePageActor } from "@/lib/auth/session";
import { directionOf, localize } from "@/lib/i18n/config";
import { loadOr404, pageLocale } from "@/lib/pages";
import { compareFromSearch, compareWithin, filtersFromSearch, heatMapPage, ZHeatMapPage, ZPortfolioFilters, ZPortfolioSort, type TPortfolioFilters } from "@/lib/portfolio/schemas";
import { getPortfolio } from "@/lib/portfolio/service";
import { sortCountries } from "@/lib/portfolio/sort";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const NO_FILTERS: TPortfolioFilters = { region: null, status: null, cycle: null };
const COMPARE_ERRORS = ["tooFew", "tooMany", "invalid", "outside"] as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("portfolio"))("title") };
}

export default async function PortfolioPage({ searchParams }: Props) {
  const actor = await requirePageActor();
  const search = await searchParams;
  const parsed = ZPortfolioFilters.safeParse(filtersFromSearch(search));
  const filters = parsed.success ? parsed.data : NO_FILTERS;
  const order = ZPortfolioSort.parse(filtersFromSearch(search));
  // FORBIDDEN (neither officer nor administrator) becomes the 403 page.
  const data = await loadOr404(() => getPortfolio(actor, filters));
  const [t, ts] = await Promise.all([getTranslations("portfolio"), getTranslations("status")]);
  const locale = await pageLocale();
  const rtl = directionOf(locale) === "rtl";

  const pillars = data.pillars.map((p) => ({ code: p.code, name: localize(p.name, locale).text }));
  const rows: HeatMapRow[] = sortCountries(
    data.countries.map((c) => {
      const name = localize(c.name, locale);
      return { ...c, label: name.text, labelLang: name.lang };
    }),
    order,
    locale,
  );

  // The comparison: countries of the heat map as shown (the reader's portfolio, filtered).
  const requested = compareFromSearch(search);
  const byIso = new Map(rows.map((r) => [r.iso2, r]));
  const compared = requested === null ? null : compareWithin(new Set(byIso.keys())).safeParse(requested);
  const compareError = (() => {
    if (!compared || compared.success) return null;
    const issue = compared.error.issues[0];
    const key = COMPARE_ERRORS.find((k) => k === issue?.message) ?? "invalid";
    const codes = key === "outside" ? ((issue as { params?: { codes?: string[] } }).params?.codes ?? []) : [];
    return key === "outside" ? t("compare.errors.outside", { codes: codes.join(", ") }) : t(`compare.errors.${key}`);
  })();
  const compareRows = compared?.success ? compared.data.map((iso) => byIso.get(iso)).filter((r): r is HeatMapRow => r !== undefined) : [];
  const view = { filters, order, compare: compared?.success ? compared.data : [] };
  const shown = heatMapPage(rows, ZHeatMapPage.parse(typeof search.page === "string" ? search.page : undefined));

  const toggle = { showLabel: t("chart.showTable"), hideLabel: t("chart.hideTable") };
  const chartBox = (label: string, height: number, chart: ReactNode, testId: string) => (
    // dir="ltr": recharts lays SVG text out left to right; the charts mirror through their axes instead.
    <div role="img" aria-label={label} dir="ltr" className="w-full rounded border border-line bg-white" style={{ height }} data-testid={testId}>
      {chart}
    </div>
  );
  const barHeight = (n: number, perRow = 32) => Math.max(120, n * perRow + 40);

  return (
    <div className="min-w-0 space-y-10">
      <ChartTablesWithoutScript />
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-muted">{actor.isAdmin ? t("introAdmin") : t("intro")}</p>
        <p className="text-sm text-muted" role="status" data-testid="portfolio-count">
          {t("countryCount", { count: formatCount(locale, rows.length) })} · {t("methodVersion", { version: data.methodVersion })}
        </p>
      </header>

      <PortfolioFilters regions={data.regions} cycles={data.cycles} filters={filters} order={order} locale={locale} />
      {!parsed.success && <ErrorAlert testId="portfolio-filters-invalid">{t("filters.invalid")}</ErrorAlert>}
      <ExportLinks kind="portfolio" filters={filters} locale={locale} />

      {requested !== null && (
        <section aria-labelledby="compare-h" className="space-y-3" data-testid="compare">
          <h2 id="compare-h" className="text-xl font-semibold">{t("compare.title")}</h2>
          {compareError ? (
            <ErrorAlert testId="compare-error">{compareError}</ErrorAlert>
          ) : (
            <>
              {/* The table first (it is the comparison); the grouped bars repeat it for the eye. */}
              <CompareTable countries={compareRows} pillars={pillars} locale={locale} />
              <SeriesLegend names={compareRows.map((c) => c.label)} />
              {chartBox(
                t("compare.chartLabel"),
                barHeight(pillars.length, 20 * compareRows.length + 12),
                <BarChartLazy data={pillars.map((p) => ({ key: p.code, label: p.name, values: Object.fromEntries(compareRows.map((c) => [c.iso2, c.scores[p.code] ?? null])) }))} series={compareRows.map((c) => c.iso2)} locale={locale} rtl={rtl} max={4} />,
                "compare-chart",
              )}
            </>
          )}
          <p>
            <Link href={portfolioHref({ ...view, page: shown.page, compare: [] })} className="text-brand underline" data-testid="compare-end">{t("compare.end")}</Link>
          </p>
        </section>
      )}

      <section aria-labelledby="heat-map-h" className="space-y-3">
        <h2 id="heat-map-h" className="text-xl font-semibold">{t("heatMap.title")}</h2>
        <HeatLegend />
        {rows.length === 0 ? <p className="text-muted" data-testid="heat-map-empty">{t("heatMap.empty")}</p> : <HeatMap
            rows={shown.rows}
            pillars={pillars}
            view={{ ...view, page: shown.page }}
            ticked={requested ?? []}
            locale={locale}
            pager={{ page: shown.page, pages: shown.pages, from: shown.from, total: rows.length }}
          />}
      </section>

      <section aria-labelledby="status-h" className="space-y-3">
        <h2 id="status-h" className="text-xl font-semibold">{t("statusCounts.title")}</h2>
        {data.statusCounts.length === 0 ? (
          <p className="text-muted">{t("statusCounts.empty")}</p>
        ) : (
          <ChartPanel
            tableId="status-data"
            {...toggle}
            chart={chartBox(
              t("statusCounts.title"),
              barHeight(data.statusCounts.length),
              <BarChartLazy data={data.statusCounts.map((s) => ({ key: s.status, label: ts(s.status), values: { count: s.count } }))} series={["count"]} locale={locale} rtl={rtl} />,
              "status-chart",
            )}
          >
            <StatusTable rows={data.statusCounts} locale={locale} />
          </ChartPanel>
        )}
      </section>

      <section aria-labelledby="gaps-h" className="space-y-3">
        <h2 id="gaps-h" className="text-xl font-semibold">{t("gaps.title")}</h2>
        {data.commonGaps.length === 0 ? <p className="text-muted">{t("gaps.empty")}</p> : <GapsTable rows={data.commonGaps} locale={locale} />}
      </section>

      <section aria-labelledby="demand-h" className="space-y-3">
        <h2 id="demand-h" className="text-xl font-semibold">{t("demand.title")}</h2>
        {data.serviceDemand.length === 0 ? (
          <p className="text-muted">{t("demand.empty")}</p>
        ) : (
          <ChartPanel
            tableId="demand-data"
            {...toggle}
            chart={chartBox(
              t("demand.chartLabel"),
              barHeight(data.serviceDemand.length, 26),
              <BarChartLazy data={data.serviceDemand.map((s) => ({ key: s.code, label: s.code, values: { weightedGap: s.weightedGap } }))} series={["weightedGap"]} locale={locale} rtl={rtl} />,
              "demand-chart",
            )}
          >
            <DemandTable rows={data.serviceDemand} locale={locale} />
          </ChartPanel>
        )}
      </section>

      <section aria-labelledby="progress-h" className="space-y-3">
        <h2 id="progress-h" className="text-xl font-semibold">{t("progress.title")}</h2>
        {data.progress.length === 0 ? <p className="text-muted">{t("progress.empty")}</p> : <ProgressTable rows={data.progress} pillars={pillars} locale={locale} />}
      </section>
    </div>
  );
}
