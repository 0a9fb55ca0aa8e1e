// The dashboard's per-pillar tables, rendered on the server: the figures behind the radar, the gap
// bars and the trend, and progress since the previous validated round.
import { getTranslations } from "next-intl/server";
import type { DashboardData } from "@/lib/dashboard/types";
import { localize, type Locale } from "@/lib/i18n/config";
import { formatDelta, formatPercent, formatScore } from "./format";

const th = "p-2 text-start font-semibold";
const td = "p-2 text-start";

type Props = { data: DashboardData; locale: Locale };

function pillarNames(data: DashboardData, locale: Locale): Map<string, string> {
  return new Map(data.pillars.map((p) => [p.code, localize(p.name, locale).text]));
}

export async function PillarScoreTable({ data, locale, caption }: Props & { caption: string }) {
  const t = await getTranslations("dashboard");
  const names = pillarNames(data, locale);
  const score = (v: number | null) => (v === null ? t("noScore") : formatScore(locale, v));
  return (
    <table className="w-full border-collapse bg-white text-sm" data-testid="pillar-table">
      <caption className="p-2 text-start font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b border-line">
          <th scope="col" className={th}>{t("pillar")}</th>
          <th scope="col" className={th}>{t("score")}</th>
          <th scope="col" className={th}>{t("percent")}</th>
          <th scope="col" className={th}>{t("target")}</th>
          <th scope="col" className={th}>{t("gap")}</th>
          <th scope="col" className={th}>{t("median")}</th>
          <th scope="col" className={th}>{t("interquartile")}</th>
          <th scope="col" className={th}>{t("contributors")}</th>
          <th scope="col" className={th}>{t("answeredOf")}</th>
        </tr>
      </thead>
      <tbody>
        {data.pillars.map((p) => (
          <tr key={p.code} className="border-b border-line" data-testid={`pillar-row-${p.code}`}>
            <th scope="row" className={th}>{names.get(p.code)}</th>
            <td className={td} data-testid={`score-${p.code}`}>{score(p.score)}</td>
            <td className={td}>{p.percent === null ? t("noScore") : formatPercent(locale, p.percent)}</td>
            <td className={td} data-testid={`target-${p.code}`}>{formatScore(locale, p.target)}</td>
            <td className={td} data-testid={`gap-${p.code}`}>{score(p.gap)}</td>
            <td className={td} data-testid={`median-${p.code}`}>{p.benchmark.median === null ? t("hidden") : formatScore(locale, p.benchmark.median)}</td>
            <td className={td}>
              {p.benchmark.q1 === null || p.benchmark.q3 === null ? t("hidden") : t("range", { from: formatScore(locale, p.benchmark.q1), to: formatScore(locale, p.benchmark.q3) })}
            </td>
            <td className={td}>{p.benchmark.contributors}</td>
            <td className={td}>{t("answeredValue", { answered: p.answered, total: p.indicators })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export async function GapTable({ data, locale, caption }: Props & { caption: string }) {
  const t = await getTranslations("dashboard");
  const names = pillarNames(data, locale);
  return (
    <table className="w-full border-collapse bg-white text-sm" data-testid="gap-table">
      <caption className="p-2 text-start font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b border-line">
          <th scope="col" className={th}>{t("pillar")}</th>
          <th scope="col" className={th}>{t("target")}</th>
          <th scope="col" className={th}>{t("gap")}</th>
        </tr>
      </thead>
      <tbody>
        {data.pillars.map((p) => (
          <tr key={p.code} className="border-b border-line">
            <th scope="row" className={th}>{names.get(p.code)}</th>
            <td className={td}>{formatScore(locale, p.target)}</td>
            <td className={td}>{p.gap === null ? t("noScore") : formatScore(locale, p.gap)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export async function TrendTable({ data, locale, caption }: Props & { caption: string }) {
  const t = await getTranslations("dashboard");
  const tStatus = await getTranslations("status");
  const names = pillarNames(data, locale);
  return (
    <table className="w-full border-collapse bg-white text-sm" data-testid="trend-table">
      <caption className="p-2 text-start font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b border-line">
          <th scope="col" className={th}>{t("roundCol")}</th>
          {data.pillars.map((p) => (
            <th key={p.code} scope="col" className={th}>{names.get(p.code)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.trend.map((point) => (
          <tr key={point.roundId} className="border-b border-line">
            <th scope="row" className={th}>
              {point.cycle} <span className="font-normal text-muted">({tStatus(point.status)})</span>
            </th>
            {data.pillars.map((p) => {
              const v = point.scores[p.code];
              return <td key={p.code} className={td}>{v === null || v === undefined ? t("noScore") : formatScore(locale, v)}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export async function ProgressTable({ data, locale }: Props) {
  const t = await getTranslations("dashboard");
  const names = pillarNames(data, locale);
  if (!data.previousRound) return <p data-testid="no-previous">{t("noPrevious")}</p>;
  const score = (v: number | null) => (v === null ? t("noScore") : formatScore(locale, v));
  return (
    <>
      <p className="text-sm text-muted">{t("progressIntro", { cycle: data.previousRound.cycle })}</p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-sm" data-testid="progress-table">
          <caption className="sr-only">{t("progressTitle")}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className={th}>{t("pillar")}</th>
              <th scope="col" className={th}>{t("previousScore")}</th>
              <th scope="col" className={th}>{t("currentScore")}</th>
              <th scope="col" className={th}>{t("change")}</th>
              <th scope="col" className={th}>{t("compared")}</th>
              <th scope="col" className={th}>{t("added")}</th>
              <th scope="col" className={th}>{t("removed")}</th>
            </tr>
          </thead>
          <tbody>
            {data.pillars.map((p) => (
              <tr key={p.code} className="border-b border-line">
                <th scope="row" className={th}>{names.get(p.code)}</th>
                <td className={td}>{score(p.progress?.previousScore ?? null)}</td>
                <td className={td}>{score(p.progress?.score ?? p.score)}</td>
                <td className={td} data-testid={`delta-${p.code}`}>{p.progress?.delta === null || p.progress?.delta === undefined ? "–" : <bdi dir="ltr">{formatDelta(locale, p.progress.delta)}</bdi>}</td>
                <td className={td}>{p.progress?.compared ?? 0}</td>
                <td className={td}>{p.progress?.added ?? 0}</td>
                <td className={td}>{p.progress?.removed ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
