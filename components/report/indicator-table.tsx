// One pillar's indicators in a table: the answer, target, gap and weight of each (lib/scoring's
// figures, through the dashboard service), for the report's pillar tables.
import { getTranslations } from "next-intl/server";
import type { DashboardData } from "@/lib/dashboard/types";
import { localize, type Locale } from "@/lib/i18n/config";
import { formatScore } from "../dashboard/format";

const th = "p-1.5 text-start font-semibold align-top";
const td = "p-1.5 text-start align-top";

export async function IndicatorTable({ data, pillar, locale, caption }: { data: DashboardData; pillar: string; locale: Locale; caption: string }) {
  const t = await getTranslations("dashboard");
  const rows = data.indicators.filter((i) => i.pillar === pillar);
  return (
    <table className="w-full border-collapse bg-white text-sm" data-testid={`indicator-table-${pillar}`}>
      <caption className="p-1.5 text-start font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b border-line">
          <th scope="col" className={th}>{t("indicator")}</th>
          <th scope="col" className={th}>{t("level")}</th>
          <th scope="col" className={th}>{t("target")}</th>
          <th scope="col" className={th}>{t("gap")}</th>
          <th scope="col" className={th}>{t("weight")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((i) => {
          const title = localize(i.title, locale);
          return (
            <tr key={i.code} className="border-b border-line">
              <th scope="row" className={th}>
                <span className="font-mono">{i.code}</span> <span lang={title.lang} className="font-normal">{title.text}</span>
              </th>
              <td className={td}>{i.state === "level" && i.level !== null ? formatScore(locale, i.level) : t(`states.${i.state === "level" ? "unanswered" : i.state}`)}</td>
              <td className={td}>{formatScore(locale, i.target)}</td>
              <td className={td}>{i.gap === null ? "–" : formatScore(locale, i.gap)}</td>
              <td className={td}>{t("weightValue", { weight: String(i.weight) })}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
