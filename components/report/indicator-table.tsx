// One pillar's indicators in a table: the answer, target, gap and weight of each (lib/scoring's
// figures, through the dashboard service), for the report's pillar tables.
import { getTranslations } from "next-intl/server";
import type { DashboardData } from "@/lib/dashboard/types";
import { html, RawHtml } from "@/lib/html/markup";
import { localize, type Locale } from "@/lib/i18n/config";
import { rowText } from "@/lib/i18n/row-text";
import { formatScore } from "../dashboard/format";

const th = "p-1.5 text-start font-semibold align-top";
const td = "p-1.5 text-start align-top";

export async function IndicatorTable({ data, pillar, locale, caption }: { data: DashboardData; pillar: string; locale: Locale; caption: string }) {
  const t = await getTranslations("dashboard");
  const rows = data.indicators.filter((i) => i.pillar === pillar);
  // The rows as markup (lib/html/markup.ts); the message with a value read once (lib/i18n/row-text.ts).
  const weightText = rowText(t, "weightValue");
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
      <RawHtml
        as="tbody"
        content={html`${rows.map((i) => {
          const title = localize(i.title, locale);
          const level = i.state === "level" && i.level !== null ? formatScore(locale, i.level) : t(`states.${i.state === "level" ? "unanswered" : i.state}`);
          return html`<tr class="border-b border-line"><th scope="row" class="${th}"><span class="font-mono">${i.code}</span> <span lang="${title.lang}" class="font-normal">${title.text}</span></th><td class="${td}">${level}</td><td class="${td}">${formatScore(locale, i.target)}</td><td class="${td}">${i.gap === null ? "–" : formatScore(locale, i.gap)}</td><td class="${td}">${weightText({ weight: String(i.weight) })}</td></tr>`;
        })}`}
      />
    </table>
  );
}
