// The priority list: indicators with a gap, ranked by gap x weight (lib/scoring), with the services
// of the catalogue that help close each one.
import { getTranslations } from "next-intl/server";
import type { DashboardData } from "@/lib/dashboard/types";
import { localize, type Locale } from "@/lib/i18n/config";
import { rowText } from "@/lib/i18n/row-text";
import { html, langAttr, RawHtml, tableMarkup } from "@/lib/html/markup";
import { formatScore } from "./format";

export async function PriorityTable({ data, locale }: { data: DashboardData; locale: Locale }) {
  const t = await getTranslations("dashboard");
  if (data.priorities.length === 0) return <p data-testid="no-priorities">{t("noPriorities")}</p>;
  const byCode = new Map(data.indicators.map((i) => [i.code, i]));
  const weightText = rowText(t, "weightValue");
  const [noService, overridden] = [t("noService"), t("overridden")];
  // The table as markup (lib/html/markup.ts): one element for React instead of a dozen per indicator;
  // the cells' styles come from the data-table class (app/globals.css).
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
            return html`<li${langAttr(name, locale)}>${name.text || s}</li>`;
          })}</ul>`;
    return html`<tr data-testid="priority-${index + 1}"><td>${index + 1}</td><th scope="row"><span class="font-mono" data-testid="priority-code">${code}</span> <span class="font-normal"${langAttr(title, locale)}>${title.text}</span></th><td><span data-testid="priority-level">${indicator.level === null ? "–" : formatScore(locale, indicator.level)}</span>${validated}</td><td data-testid="priority-target">${formatScore(locale, indicator.target)}${indicator.targetOverridden ? html`<span class="block text-xs text-muted">${overridden}</span>` : null}</td><td data-testid="priority-gap">${indicator.gap === null ? "–" : formatScore(locale, indicator.gap)}</td><td>${weightText({ weight: String(indicator.weight) })}</td><td>${services}</td></tr>`;
  })}`;
  const columns = [t("rank"), t("indicator"), t("level"), t("target"), t("gap"), t("weight"), t("services")];
  const content = tableMarkup(t("prioritiesTitle"), columns, body, { srOnlyCaption: true });
  return (
    <div className="overflow-x-auto">
      <RawHtml as="table" className="data-table align-cells-top" data-testid="priority-table" content={content} />
    </div>
  );
}
