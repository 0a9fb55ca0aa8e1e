// The comparison: the pillar scores of two to five countries side by side (pillars as rows, one
// column per country, in the order they were chosen), with the same colour bands as the heat map.
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { HEAT_CLASSES, heatBand } from "@/lib/portfolio/heat-scale";
import { formatScore } from "./format";
import type { HeatMapRow } from "./heat-map";

export async function CompareTable({ countries, pillars, locale }: { countries: HeatMapRow[]; pillars: { code: string; name: string }[]; locale: Locale }) {
  const [t, th] = await Promise.all([getTranslations("portfolio.compare"), getTranslations("portfolio.heatMap")]);
  return (
    <div className="relative max-w-full overflow-x-auto rounded border border-line bg-white" tabIndex={0} role="region" aria-labelledby="compare-caption">
      <table className="min-w-full border-collapse text-sm" data-testid="compare-table">
        <caption id="compare-caption" className="p-2 text-start text-muted">
          {t("caption", { countries: countries.map((c) => c.label).join(", ") })}
        </caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="p-2 text-start">{t("pillar")}</th>
            {countries.map((c) => (
              <th key={c.iso2} scope="col" className="p-2 text-start" lang={c.labelLang === locale ? undefined : c.labelLang} data-testid={`compare-col-${c.iso2}`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {pillars.map((p) => (
            <tr key={p.code} className="border-b border-line" data-testid={`compare-row-${p.code}`}>
              <th scope="row" className="p-2 text-start font-medium">{p.name}</th>
              {countries.map((c) => {
                const score = c.scores[p.code] ?? null;
                return (
                  <td key={c.iso2} className={`p-2 text-center tabular-nums ${HEAT_CLASSES[heatBand(score)]}`} data-testid={`compare-${c.iso2}-${p.code}`}>
                    {score === null ? (
                      <>
                        <span aria-hidden="true">—</span>
                        <span className="sr-only">{th("noScore")}</span>
                      </>
                    ) : (
                      formatScore(locale, score)
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
