// The recommended assistance package: by delivery mode, the services that address gap indicators,
// each ranked by the weighted gap it closes (lib/scoring), with the indicators it addresses.
import { getTranslations } from "next-intl/server";
import type { DashboardData } from "@/lib/dashboard/types";
import { html, langAttr, RawHtml } from "@/lib/html/markup";
import { localize, type Locale } from "@/lib/i18n/config";
import { formatScore } from "./format";

export async function AssistancePackage({ data, locale }: { data: DashboardData; locale: Locale }) {
  const t = await getTranslations("dashboard");
  const titles = new Map(data.indicators.map((i) => [i.code, localize(i.title, locale)]));
  // Each mode's services as markup (lib/html/markup.ts): one element for React per list.
  const addresses = t("addresses");
  return (
    <div className="grid gap-4 md:grid-cols-3">
      {data.package.map((mode) => (
        <section key={mode.mode} aria-labelledby={`mode-${mode.mode}`} className="rounded-lg border border-line bg-white p-4" data-testid={`mode-${mode.mode}`}>
          <h3 id={`mode-${mode.mode}`} className="text-lg font-semibold">{t(`modes.${mode.mode}`)}</h3>
          {mode.services.length === 0 ? (
            <p className="mt-2 text-sm text-muted">{t("noServiceInMode")}</p>
          ) : (
            <RawHtml
              as="ol"
              className="mt-2 space-y-3"
              content={html`${mode.services.map((service) => {
                const name = localize(data.services[service.code]?.name, locale);
                const indicators = service.indicators.map((code) => {
                  const title = titles.get(code);
                  return html`<li><code>${code}</code> ${title ? html`<span${langAttr(title, locale)}>${title.text}</span>` : null}</li>`;
                });
                return html`<li data-testid="service-${service.code}"><p class="font-medium"${langAttr(name, locale)}>${name.text || service.code}</p><p class="text-sm" data-testid="weighted-gap">${t("weightedGap", { value: formatScore(locale, service.weightedGap) })}</p><p class="text-sm text-muted">${addresses}</p><ul class="list-disc ps-5 text-sm">${indicators}</ul></li>`;
              })}`}
            />
          )}
        </section>
      ))}
    </div>
  );
}
