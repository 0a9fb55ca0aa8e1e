// The dashboard's per-pillar tables, rendered on the server: the figures behind the radar, the gap
// bars and the trend, and progress since the previous validated round. Also in the printed report.
//
// Each table is built as markup (lib/html/markup.ts) and is one element for React, and its cells
// take their padding, alignment and rules from the data-table class (app/globals.css) instead of
// repeating them: a dashboard's tables are a few hundred cells, and each byte of them is rendered,
// copied into the page's inline data and sent twice (measured: about 18 µs of server time per KB of
// page). The cells keep their test ids.
import { getTranslations } from "next-intl/server";
import type { DashboardData } from "@/lib/dashboard/types";
import { localize, type Locale } from "@/lib/i18n/config";
import { rowText } from "@/lib/i18n/row-text";
import { html, RawHtml, tableMarkup } from "@/lib/html/markup";
import { formatDelta, formatPercent, formatScore } from "./format";

type Props = { data: DashboardData; locale: Locale };

function pillarNames(data: DashboardData, locale: Locale): Map<string, string> {
  return new Map(data.pillars.map((p) => [p.code, localize(p.name, locale).text]));
}

export async function PillarScoreTable({ data, locale, caption }: Props & { caption: string }) {
  const t = await getTranslations("dashboard");
  const names = pillarNames(data, locale);
  const [noScore, hidden] = [t("noScore"), t("hidden")];
  const range = rowText(t, "range");
  const answered = rowText(t, "answeredValue");
  const score = (v: number | null) => (v === null ? noScore : formatScore(locale, v));
  const rows = data.pillars.map((p) => {
    const { median, q1, q3, contributors } = p.benchmark;
    return html`<tr data-testid="pillar-row-${p.code}"><th scope="row">${names.get(p.code)}</th><td data-testid="score-${p.code}">${score(p.score)}</td><td>${p.percent === null ? noScore : formatPercent(locale, p.percent)}</td><td data-testid="target-${p.code}">${formatScore(locale, p.target)}</td><td data-testid="gap-${p.code}">${score(p.gap)}</td><td data-testid="median-${p.code}">${median === null ? hidden : formatScore(locale, median)}</td><td>${q1 === null || q3 === null ? hidden : range({ from: formatScore(locale, q1), to: formatScore(locale, q3) })}</td><td>${contributors}</td><td>${answered({ answered: p.answered, total: p.indicators })}</td></tr>`;
  });
  const columns = [t("pillar"), t("score"), t("percent"), t("target"), t("gap"), t("median"), t("interquartile"), t("contributors"), t("answeredOf")];
  return <RawHtml as="table" className="data-table" data-testid="pillar-table" content={tableMarkup(caption, columns, rows)} />;
}

export async function GapTable({ data, locale, caption }: Props & { caption: string }) {
  const t = await getTranslations("dashboard");
  const names = pillarNames(data, locale);
  const noScore = t("noScore");
  const rows = data.pillars.map((p) => html`<tr><th scope="row">${names.get(p.code)}</th><td>${formatScore(locale, p.target)}</td><td>${p.gap === null ? noScore : formatScore(locale, p.gap)}</td></tr>`);
  return <RawHtml as="table" className="data-table" data-testid="gap-table" content={tableMarkup(caption, [t("pillar"), t("target"), t("gap")], rows)} />;
}

export async function TrendTable({ data, locale, caption }: Props & { caption: string }) {
  const t = await getTranslations("dashboard");
  const tStatus = await getTranslations("status");
  const names = pillarNames(data, locale);
  const noScore = t("noScore");
  const rows = data.trend.map((point) => {
    const cells = data.pillars.map((p) => {
      const v = point.scores[p.code];
      return html`<td>${v === null || v === undefined ? noScore : formatScore(locale, v)}</td>`;
    });
    return html`<tr><th scope="row">${point.cycle} <span class="font-normal text-muted">(${tStatus(point.status)})</span></th>${cells}</tr>`;
  });
  const columns = [t("roundCol"), ...data.pillars.map((p) => names.get(p.code) ?? p.code)];
  return <RawHtml as="table" className="data-table" data-testid="trend-table" content={tableMarkup(caption, columns, rows)} />;
}

export async function ProgressTable({ data, locale }: Props) {
  const t = await getTranslations("dashboard");
  const names = pillarNames(data, locale);
  if (!data.previousRound) return <p data-testid="no-previous">{t("noPrevious")}</p>;
  const noScore = t("noScore");
  const score = (v: number | null) => (v === null ? noScore : formatScore(locale, v));
  const rows = data.pillars.map((p) => {
    const delta = p.progress?.delta;
    return html`<tr><th scope="row">${names.get(p.code)}</th><td>${score(p.progress?.previousScore ?? null)}</td><td>${score(p.progress?.score ?? p.score)}</td><td data-testid="delta-${p.code}">${delta === null || delta === undefined ? "–" : html`<bdi dir="ltr">${formatDelta(locale, delta)}</bdi>`}</td><td>${p.progress?.compared ?? 0}</td><td>${p.progress?.added ?? 0}</td><td>${p.progress?.removed ?? 0}</td></tr>`;
  });
  const columns = [t("pillar"), t("previousScore"), t("currentScore"), t("change"), t("compared"), t("added"), t("removed")];
  return (
    <>
      <p className="text-sm text-muted">{t("progressIntro", { cycle: data.previousRound.cycle })}</p>
      <div className="overflow-x-auto">
        <RawHtml as="table" className="data-table" data-testid="progress-table" content={tableMarkup(t("progressTitle"), columns, rows, { srOnlyCaption: true })} />
      </div>
    </>
  );
}
