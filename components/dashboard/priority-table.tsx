// The priority list: indicators with a gap, ranked by gap x weight (lib/scoring), with the services
// of the catalogue that help close each one.
import { getTranslations } from "next-intl/server";
import type { DashboardData } from "@/lib/dashboard/types";
import { localize, type Locale } from "@/lib/i18n/config";
import { rowText } from "@/lib/i18n/row-text";
import { html, RawHtml } from "@/lib/html/markup";
import { formatScore } from "./format";

const th = "p-2 text-start font-semibold";
const td = "p-2 text-start align-top";

export async function PriorityTable({ data, locale }: { data: DashboardData; locale: Locale }) {
  const t = await getTranslations("dashboard");
  if (data.priorities.length === 0) return <p data-testid="no-priorities">{t("noPriorities")}</p>;
  const byCode = new Map(data.indicators.map((i) => [i.code, i]));
  const weightText = rowText(t, "weightValue");
  const [noService, overridden] = [t("noService"), t("overridden")];
  // The rows as markup (lib/html/markup.ts): one element for React instead of a dozen per indicator.
  const body = html`${data.priorities.map((code, index) => {
    const indicator = byCode.get(code);
    if (!indicator) return null;
    const title = localize(indicator.title, locale);
    const validated = indicator.validatedLevel === null ? null : html`<span class="block text-xs text-muted" data-testid="priority-validated">${t("validatedLevel", { level: formatScore(locale, indicator.validatedLevel) })}</span>`;
    const services =
      indicator.services.length === 0
        ? html`<span class="text-muted">${noService}</span>`
        : html`<ul class="space-y-1">${indicator.services.map((s) => {
            const name = localize(data.services[s]?.name, locale);
            return html`<li><span lang="${name.lang}">${name.text || s}</span></li>`;
          })}</ul>`;
    return html`<tr class="border-b border-line" data-testid="priority-${index + 1}"><td class="${td}">${index + 1}</td><th scope="row" class="${th} align-top"><span class="font-mono" data-testid="priority-code">${code}</span> <span lang="${title.lang}" class="font-normal">${title.text}</span></th><td class="${td}"><span data-testid="priority-level">${indicator.level === null ? "–" : formatScore(locale, indicator.level)}</span>${validated}</td><td class="${td}" data-testid="priority-target">${formatScore(locale, indicator.target)}${indicator.targetOverridden ? html`<span class="block text-xs text-muted">${overridden}</span>` : null}</td><td class="${td}" data-testid="priority-gap">${indicator.gap === null ? "–" : formatScore(locale, indicator.gap)}</td><td class="${td}">${weightText({ weight: String(indicator.weight) })}</td><td class="${td}">${services}</td></tr>`;
  })}`;
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
        <RawHtml as="tbody" content={body} />
      </table>
    </div>
  );
}
