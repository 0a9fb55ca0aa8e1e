import { getTranslations } from "next-intl/server";
import { HEAT_BANDS, HEAT_CLASSES } from "@/lib/portfolio/heat-scale";

/** The heat map's colour scale in words, each band next to a sample of its colour. */
export async function HeatLegend() {
  const t = await getTranslations("portfolio.legend");
  const items = [...HEAT_BANDS.map((b) => ({ band: b, label: t(`band${b}`) })), { band: "none" as const, label: t("none") }];
  return (
    <div className="space-y-1 text-sm" data-testid="heat-legend">
      <h3 className="font-medium">{t("title")}</h3>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {items.map((item) => (
          <li key={item.band} className="flex items-center gap-2">
            <span aria-hidden="true" className={`inline-block h-4 w-6 rounded border border-line ${HEAT_CLASSES[item.band]}`} />
            <span>{item.label}</span>
          </li>
        ))}
      </ul>
      <p className="text-muted">{t("note")}</p>
    </div>
  );
}
