// The country dashboard: scores, gaps, trend, progress, the priority list, the recommended package
// and Convention coverage of one round. Every figure comes from lib/scoring through the dashboard
// service (which authorizes); the tables and text render here on the server, the charts draw in the
// browser from lazily loaded chunks (components/dashboard/lazy-charts.tsx).
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { AssistancePackage } from "@/components/dashboard/assistance-package";
import { ChartLegend } from "@/components/dashboard/chart-legend";
import { ChartPanel, ChartTablesWithoutScript } from "@/components/dashboard/chart-panel";
import { ConventionCoverageList } from "@/components/dashboard/convention-coverage";
import { ExportLinks } from "@/components/export/export-links";
import { GapBarChart, PillarRadarChart, TrendLineChart } from "@/components/dashboard/lazy-charts";
import { GapTable, PillarScoreTable, ProgressTable, TrendTable } from "@/components/dashboard/pillar-tables";
import { PillarKey } from "@/components/dashboard/pillar-key";
import { PriorityTable } from "@/components/dashboard/priority-table";
import { RADAR_STYLES, trendStyle } from "@/components/dashboard/series";
import { ReportLinks } from "@/components/report/report-links";
import { StatusBadge } from "@/components/rounds/status-badge";
import { requirePageActor } from "@/lib/auth/session";
import { getRoundDashboard } from "@/lib/dashboard/service";
import { directionOf, localize } from "@/lib/i18n/config";
import { conjunction } from "@/lib/i18n/formatters";
import { loadOr404, pageLocale } from "@/lib/pages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function RoundDashboardPage({ params }: { params: Promise<{ roundId: string }> }) {
  const actor = await requirePageActor();
  const { roundId } = await params;
  const data = await loadOr404(() => getRoundDashboard(actor, roundId));
  const t = await getTranslations("dashboard");
  const locale = await pageLocale();
  const rtl = directionOf(locale) === "rtl";
  const { round } = data;
  const country = localize(round.country.name, locale).text;
  const names = data.pillars.map((p) => ({ code: p.code, name: localize(p.name, locale).text }));
  const nameOf = new Map(names.map((n) => [n.code, n.name]));
  const showMedian = data.pillars.some((p) => p.benchmark.median !== null);
  const hidden = data.pillars.filter((p) => p.benchmark.medianHiddenReason !== null);
  const unscored = data.pillars.filter((p) => p.score === null);
  const noRegion = hidden.some((p) => p.benchmark.medianHiddenReason === "NO_REGION");
  const toggle = { showLabel: t("showTable"), hideLabel: t("hideTable") };
  const chartBox = (title: string, chart: ReactNode, testId: string) => (
    // dir="ltr": recharts lays out SVG text for left to right; the charts mirror themselves for
    // Arabic through their axes (reversed) instead, and the legends stay in the page's direction.
    <div role="img" aria-label={t("chartLabel", { title })} dir="ltr" className="h-72 w-full rounded border border-line bg-white" data-testid={testId}>
      {chart}
    </div>
  );

  return (
    <div className="space-y-8">
      <ChartTablesWithoutScript />
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href={`/rounds/${round.id}`} className="text-brand underline" data-testid="back-to-round">{t("backToRound")}</Link>
      </nav>
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">{t("heading", { country, cycle: round.cycle })}</h1>
          <StatusBadge status={round.status} />
        </div>
        <p className="text-sm text-muted" data-testid="versions">
          {t("versions", { method: data.methodVersion, framework: round.frameworkVersion })}{" "}
          {data.region ? t("region", { region: localize(data.region.name, locale).text }) : t("noRegion")}
        </p>
        {round.provisional && (
          <p className="rounded border-s-4 border-amber-700 bg-amber-50 p-3 text-sm text-amber-900" data-testid="provisional">
            {t("provisional")}
          </p>
        )}
        <ExportLinks kind="round" roundId={round.id} locale={locale} />
      </header>
      <ReportLinks roundId={round.id} locale={locale} />

      <section aria-labelledby="radar-h" className="space-y-3">
        <h2 id="radar-h" className="text-xl font-semibold">{t("radarTitle")}</h2>
        <ChartLegend
          items={[
            { key: "current", label: t("series.current"), style: RADAR_STYLES.current },
            { key: "target", label: t("series.target"), style: RADAR_STYLES.target },
            ...(showMedian ? [{ key: "median", label: t("series.median"), style: RADAR_STYLES.median }] : []),
          ]}
        />
        {unscored.length > 0 && (
          <p className="text-sm" data-testid="radar-no-score">
            {t("radarNoScore", { pillars: conjunction(locale).format(unscored.map((p) => nameOf.get(p.code) ?? p.code)) })}
          </p>
        )}
        {hidden.length > 0 && (
          <div className="space-y-1 text-sm" data-testid="median-hidden">
            {noRegion ? (
              <p>{t("medianHiddenNoRegion")}</p>
            ) : (
              hidden.map((p) => <p key={p.code}>{t("medianHiddenFew", { pillar: nameOf.get(p.code) ?? p.code, count: p.benchmark.contributors })}</p>)
            )}
          </div>
        )}
        <ChartPanel
          tableId="radar-table"
          {...toggle}
          chart={
            <>
              {chartBox(
                t("radarTitle"),
                <PillarRadarChart
                  data={data.pillars.map((p) => ({ code: p.code, current: p.score, target: p.target, median: p.benchmark.median }))}
                  locale={locale}
                  rtl={rtl}
                  showMedian={showMedian}
                />,
                "radar-chart",
              )}
              <PillarKey id="radar-key" label={t("pillarKey")} names={names} />
            </>
          }
        >
          <PillarScoreTable data={data} locale={locale} caption={t("radarTitle")} />
        </ChartPanel>
      </section>

      <section aria-labelledby="gaps-h" className="space-y-3">
        <h2 id="gaps-h" className="text-xl font-semibold">{t("gapsTitle")}</h2>
        <p className="text-sm text-muted">{t("gapsIntro")}</p>
        <ChartPanel
          tableId="gap-table"
          {...toggle}
          chart={
            <>
              {chartBox(t("gapsTitle"), <GapBarChart data={data.pillars.map((p) => ({ code: p.code, gap: p.gap }))} locale={locale} rtl={rtl} />, "gap-chart")}
              <PillarKey id="gap-key" label={t("pillarKey")} names={names} />
            </>
          }
        >
          <GapTable data={data} locale={locale} caption={t("gapsTitle")} />
        </ChartPanel>
      </section>

      <section aria-labelledby="trend-h" className="space-y-3">
        <h2 id="trend-h" className="text-xl font-semibold">{t("trendTitle")}</h2>
        <p className="text-sm text-muted">{data.trend.length > 1 ? t("trendIntro") : t("noTrend")}</p>
        <ChartLegend items={names.map((n, i) => ({ key: n.code, label: `${n.code}: ${n.name}`, style: trendStyle(i) }))} />
        <ChartPanel
          tableId="trend-table"
          {...toggle}
          chart={chartBox(t("trendTitle"), <TrendLineChart data={data.trend.map((p) => ({ cycle: p.cycle, scores: p.scores }))} pillars={names.map((n) => n.code)} locale={locale} rtl={rtl} />, "trend-chart")}
        >
          <TrendTable data={data} locale={locale} caption={t("trendTitle")} />
        </ChartPanel>
      </section>

      <section aria-labelledby="progress-h" className="space-y-3">
        <h2 id="progress-h" className="text-xl font-semibold">{t("progressTitle")}</h2>
        <ProgressTable data={data} locale={locale} />
      </section>

      <section aria-labelledby="priorities-h" className="space-y-3">
        <h2 id="priorities-h" className="text-xl font-semibold">{t("prioritiesTitle")}</h2>
        <p className="text-sm text-muted">{t("prioritiesIntro")}</p>
        <PriorityTable data={data} locale={locale} />
      </section>

      <section aria-labelledby="package-h" className="space-y-3">
        <h2 id="package-h" className="text-xl font-semibold">{t("packageTitle")}</h2>
        <p className="text-sm text-muted">{t("packageIntro")}</p>
        <AssistancePackage data={data} locale={locale} />
      </section>

      <section aria-labelledby="coverage-h" className="space-y-3">
        <h2 id="coverage-h" className="text-xl font-semibold">{t("coverageTitle")}</h2>
        <p className="text-sm text-muted">{t("coverageIntro")}</p>
        <ConventionCoverageList data={data} locale={locale} />
      </section>
    </div>
  );
}
