// The priority list: indicators with a gap, ranked by gap x weight (lib/scoring), with the services
// of the catalogue that help close each one.
import { getTranslations } from "next-intl/server";
import type { DashboardData } from "@/lib/dashboard/types";
import { localize, type Locale } from "@/lib/i18n/config";
import { rowText } from "@/lib/i18n/row-text";
import { formatScore } from "./format";

const th = "p-2 text-start font-semibold";
const td = "p-2 text-start align-top";

export async function PriorityTable({ data, locale }: { data: DashboardData; locale: Locale }) {
  const t = await getTranslations("dashboard");
  if (data.priorities.length === 0) return <p data-testid="no-priorities">{t("noPriorities")}</p>;
  const byCode = new Map(data.indicators.map((i) => [i.code, i]));
  const weightText = rowText(t, "weightValue");
  const noService = t("noService");
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-sm" data-testid="priority-table">
        <caption className="sr-only">{t("prioritiesTitle")}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className={th}>{t("rank")}</th>
            <th scope="col" className={th}>{t("indicator")}</th>
            <th scope="col" className={th}>{t("level")}</th>
            <th scope="col" className={th}>{t("target")}</th>
            <th scope="col" className={th}>{t("gap")}</th>
            <th scope="col" className={th}>{t("weight")}</th>
            <th scope="col" className={th}>{t("services")}</th>
          </tr>
        </thead>
        <tbody>
          {data.priorities.map((code, index) => {
            const indicator = byCode.get(code);
            if (!indicator) return null;
            const title = localize(indicator.title, locale);
            return (
              <tr key={code} className="border-b border-line" data-testid={`priority-${index + 1}`}>
                <td className={td}>{index + 1}</td>
                <th scope="row" className={`${th} align-top`}>
                  <span className="font-mono" data-testid="priority-code">{code}</span> <span lang={title.lang} className="font-normal">{title.text}</span>
                </th>
                <td className={td}>
                  <span data-testid="priority-level">{indicator.level === null ? "–" : formatScore(locale, indicator.level)}</span>
                  {indicator.validatedLevel !== null && (
                    <span className="block text-xs text-muted" data-testid="priority-validated">{t("validatedLevel", { level: formatScore(locale, indicator.validatedLevel) })}</span>
                  )}
                </td>
                <td className={td} data-testid="priority-target">
                  {formatScore(locale, indicator.target)}
                  {indicator.targetOverridden && <span className="block text-xs text-muted">{t("overridden")}</span>}
                </td>
                <td className={td} data-testid="priority-gap">{indicator.gap === null ? "–" : formatScore(locale, indicator.gap)}</td>
                <td className={td}>{weightText({ weight: String(indicator.weight) })}</td>
                <td className={td}>
                  {indicator.services.length === 0 ? (
                    <span className="text-muted">{noService}</span>
                  ) : (
                    <ul className="space-y-1">
                      {indicator.services.map((s) => {
                        const name = localize(data.services[s]?.name, locale);
                        return (
                          <li key={s}>
                            <span lang={name.lang}>{name.text || s}</span>
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
