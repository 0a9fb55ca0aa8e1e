// The gap report of a round, as a document: what lib/report renders to PDF (and screenshots the
// charts of, for the DOCX). Readable by exactly the people who can read the round's dashboard: the
// same actor and the same loader (lib/report/service.ts -> getRoundDashboard); the renderer opens it
// with a grant naming the requesting reader and this round (lib/report/print-grant.ts). Tables and text render on the server with the dashboard's
// components; the charts are plain SVG drawn on the server from the same figures, in the dashboard's
// series styles (components/report/report-charts.tsx): vectors in the PDF, and no script, so the
// renderer prints the page as the server sent it (hydrating this long page took seconds).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AssistancePackage } from "@/components/dashboard/assistance-package";
import { ChartLegend } from "@/components/dashboard/chart-legend";
import { ConventionCoverageList } from "@/components/dashboard/convention-coverage";
import { formatScore } from "@/components/dashboard/format";
import { GapTable, PillarScoreTable, ProgressTable } from "@/components/dashboard/pillar-tables";
import { PriorityTable } from "@/components/dashboard/priority-table";
import { RADAR_STYLES } from "@/components/dashboard/series";
import { IndicatorChart } from "@/components/report/indicator-chart";
import { IndicatorTable } from "@/components/report/indicator-table";
import { ReportGapBars, ReportRadar } from "@/components/report/report-charts";
import { ReportReviewSection } from "@/components/report/review-section";
import { directionOf, localize } from "@/lib/i18n/config";
import { loadOr404, pageLocale } from "@/lib/pages";
import { REPORT_SECTIONS, summarySentences, type ReportSection } from "@/lib/report/content";
import { printPageActor } from "@/lib/report/print-access";
import { getRoundReport } from "@/lib/report/service";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("report"))("links.title") };
}

export default async function RoundReportPrintPage({ params }: { params: Promise<{ roundId: string }> }) {
  const { roundId } = await params;
  const actor = await printPageActor(roundId);
  const report = await loadOr404(() => getRoundReport(actor, roundId));
  const locale = await pageLocale();
  const rtl = directionOf(locale) === "rtl";
  const [t, td, tq, tStatus] = await Promise.all([getTranslations("report"), getTranslations("dashboard"), getTranslations("questionnaire"), getTranslations("status")]);
  const data = report.dashboard;
  const { round } = data;
  const country = localize(round.country.name, locale).text;
  const pillarName = new Map(data.pillars.map((p) => [p.code, localize(p.name, locale).text]));
  const indicatorTitle = new Map(data.indicators.map((i) => [i.code, localize(i.title, locale).text]));
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(report.generatedAt));
  const showMedian = data.pillars.some((p) => p.benchmark.median !== null);
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  const summary = summarySentences(
    data,
    t as unknown as Parameters<typeof summarySentences>[1],
    { pillar: (c) => pillarName.get(c) ?? c, indicator: (c) => indicatorTitle.get(c) ?? "" },
    { score: (n) => formatScore(locale, n), list: (items) => list.format(items) },
  );
  const heading = (section: ReportSection, number: number) => (
    <h2 id={`section-${section}`} className="mb-3 text-xl font-semibold text-brand-dark">
      {number}. {t(`sections.${section}`)}
    </h2>
  );
  const n = (section: ReportSection) => REPORT_SECTIONS.indexOf(section) + 1;
  const chartBox = (key: string, title: string, chart: React.ReactNode) => (
    // dir="ltr" as on the dashboard: the charts mirror themselves for Arabic (their own layout).
    <div role="img" aria-label={td("chartLabel", { title })} dir="ltr" className="bg-white" data-report-canvas={key}>
      {chart}
    </div>
  );

  return (
    <article data-testid="report" data-report-lang={locale}>
      {/* Cover */}
      <header className="flex min-h-[240mm] flex-col justify-between" data-testid="report-cover">
        <div className="space-y-6 pt-10">
          <p className="inline-block rounded border-2 border-danger px-3 py-1 text-sm font-bold uppercase tracking-wide text-danger" data-testid="confidential-mark">
            {t("confidentialShort")}
          </p>
          <h1 className="text-3xl font-bold leading-tight text-brand-dark">{t("documentTitle", { country, cycle: round.cycle })}</h1>
          {round.provisional && <p className="rounded border-s-4 border-amber-700 bg-amber-50 p-3 text-sm text-amber-900">{td("provisional")}</p>}
          <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-base">
            <dt className="font-semibold">{t("cover.country")}</dt>
            <dd>{country} ({round.country.iso2})</dd>
            <dt className="font-semibold">{t("cover.cycle")}</dt>
            <dd>{round.cycle}</dd>
            <dt className="font-semibold">{t("cover.status")}</dt>
            <dd data-testid="report-status">{tStatus(round.status)}</dd>
            <dt className="font-semibold">{t("cover.region")}</dt>
            <dd>{data.region ? localize(data.region.name, locale).text : t("cover.noRegion")}</dd>
            <dt className="font-semibold">{t("cover.date")}</dt>
            <dd>{date}</dd>
            <dt className="font-semibold">{t("cover.framework")}</dt>
            <dd>{round.frameworkVersion}</dd>
            <dt className="font-semibold">{t("cover.method")}</dt>
            <dd>{data.methodVersion}</dd>
          </dl>
        </div>
        <p className="rounded border border-line p-3 text-sm">{t("confidential", { country })}</p>
      </header>

      {/* Table of contents */}
      <nav className="report-section" aria-labelledby="contents-h">
        <h2 id="contents-h" className="mb-4 text-xl font-semibold text-brand-dark">{t("contents")}</h2>
        <ol className="space-y-2 text-base" data-testid="report-contents">
          {REPORT_SECTIONS.map((section, index) => (
            <li key={section}>
              <a href={`#section-${section}`} className="text-ink no-underline">
                {index + 1}. {t(`sections.${section}`)}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      <section className="report-section space-y-3" data-testid="report-summary">
        {heading("summary", n("summary"))}
        {summary.map((sentence, i) => (
          <p key={i}>{sentence}</p>
        ))}
      </section>

      <section className="report-section space-y-4">
        {heading("charts", n("charts"))}
        <figure className="space-y-2" data-report-chart="radar">
          <figcaption className="font-semibold">{td("radarTitle")}</figcaption>
          <ChartLegend
            items={[
              { key: "current", label: td("series.current"), style: RADAR_STYLES.current },
              { key: "target", label: td("series.target"), style: RADAR_STYLES.target },
              ...(showMedian ? [{ key: "median", label: td("series.median"), style: RADAR_STYLES.median }] : []),
            ]}
          />
          {chartBox(
            "radar",
            td("radarTitle"),
            <ReportRadar data={data.pillars.map((p) => ({ code: p.code, current: p.score, target: p.target, median: p.benchmark.median }))} locale={locale} rtl={rtl} showMedian={showMedian} />,
          )}
        </figure>
        <ul className="text-sm">
          {data.pillars.map((p) => (
            <li key={p.code}>
              <span className="font-mono">{p.code}</span>: {pillarName.get(p.code)}
            </li>
          ))}
        </ul>
        <figure className="space-y-2" data-report-chart="gaps">
          <figcaption className="font-semibold">{td("gapsTitle")}</figcaption>
          <p className="text-sm text-muted">{td("gapsIntro")}</p>
          {chartBox("gaps", td("gapsTitle"), <ReportGapBars data={data.pillars.map((p) => ({ code: p.code, gap: p.gap }))} locale={locale} rtl={rtl} />)}
        </figure>
        <GapTable data={data} locale={locale} caption={td("gapsTitle")} />
      </section>

      <section className="report-section space-y-4">
        {heading("pillarCharts", n("pillarCharts"))}
        <ChartLegend
          items={[
            { key: "current", label: td("series.current"), style: RADAR_STYLES.current },
            { key: "target", label: td("series.target"), style: RADAR_STYLES.target },
          ]}
        />
        {data.pillars.map((p) => {
          const title = t("indicatorChart", { pillar: pillarName.get(p.code) ?? p.code });
          return (
            <figure key={p.code} className="space-y-1" data-report-chart={`pillar-${p.code}`}>
              <figcaption className="font-semibold">{title}</figcaption>
              <div role="img" aria-label={td("chartLabel", { title })}>
                <IndicatorChart indicators={data.indicators.filter((i) => i.pillar === p.code)} locale={locale} rtl={rtl} noLevel={t("noLevel")} />
              </div>
            </figure>
          );
        })}
      </section>

      <section className="report-section space-y-4">
        {heading("pillarTables", n("pillarTables"))}
        <PillarScoreTable data={data} locale={locale} caption={td("radarTitle")} />
        {data.pillars.map((p) => (
          <IndicatorTable key={p.code} data={data} pillar={p.code} locale={locale} caption={t("indicatorTable", { pillar: pillarName.get(p.code) ?? p.code })} />
        ))}
      </section>

      <section className="report-section space-y-3">
        {heading("priorities", n("priorities"))}
        <p className="text-sm text-muted">{td("prioritiesIntro")}</p>
        <PriorityTable data={data} locale={locale} />
      </section>

      <section className="report-section space-y-3">
        {heading("package", n("package"))}
        <p className="text-sm text-muted">{td("packageIntro")}</p>
        <AssistancePackage data={data} locale={locale} />
      </section>

      <section className="report-section space-y-3">
        {heading("coverage", n("coverage"))}
        <p className="text-sm text-muted">{td("coverageIntro")}</p>
        <ConventionCoverageList data={data} locale={locale} />
      </section>

      <section className="report-section space-y-3">
        {heading("progress", n("progress"))}
        <ProgressTable data={data} locale={locale} />
      </section>

      <section className="report-section space-y-3" data-testid="report-review">
        {heading("review", n("review"))}
        <ReportReviewSection review={report.review} locale={locale} />
      </section>

      <section className="report-section space-y-3" data-testid="report-methodology">
        {heading("methodology", n("methodology"))}
        <h3 className="text-lg font-semibold">{t("methodology.scaleTitle")}</h3>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          {[0, 1, 2, 3, 4].map((level) => (
            <div key={level} className="contents">
              <dt className="font-semibold">
                {formatScore(locale, level)} {tq(`levelNames.${level}` as "levelNames.0")}
              </dt>
              <dd>{t(`methodology.levels.${level}` as "methodology.levels.0")}</dd>
            </div>
          ))}
        </dl>
        <p>{t("methodology.answers")}</p>
        <h3 className="text-lg font-semibold">{t("methodology.scoringTitle")}</h3>
        <p>{t("methodology.scoring")}</p>
        <p>{t("methodology.priorities")}</p>
        <p>{t("methodology.coverage")}</p>
        <p>{t("methodology.progress")}</p>
        <h3 className="text-lg font-semibold">{t("methodology.benchmarkTitle")}</h3>
        <p>{t("methodology.benchmark")}</p>
        <p className="text-sm text-muted">{t("methodology.version", { method: data.methodVersion, framework: round.frameworkVersion })}</p>
        <p className="text-sm text-muted">{t("generated", { date })}</p>
      </section>
    </article>
  );
}
