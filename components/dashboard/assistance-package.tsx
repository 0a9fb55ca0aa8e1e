// The recommended assistance package: by delivery mode, the services that address gap indicators,
// each ranked by the weighted gap it closes (lib/scoring), with the indicators it addresses.
import { getTranslations } from "next-intl/server";
import type { DashboardData } from "@/lib/dashboard/types";
import { localize, type Locale } from "@/lib/i18n/config";
import { formatScore } from "./format";

export async function AssistancePackage({ data, locale }: { data: DashboardData; locale: Locale }) {
  const t = await getTranslations("dashboard");
  const titles = new Map(data.indicators.map((i) => [i.code, localize(i.title, locale)]));
  return (
    <div className="grid gap-4 md:grid-cols-3">
      {data.package.map((mode) => (
        <section key={mode.mode} aria-labelledby={`mode-${mode.mode}`} className="rounded-lg border border-line bg-white p-4" data-testid={`mode-${mode.mode}`}>
          <h3 id={`mode-${mode.mode}`} className="text-lg font-semibold">{t(`modes.${mode.mode}`)}</h3>
          {mode.services.length === 0 ? (
            <p className="mt-2 text-sm text-muted">{t("noServiceInMode")}</p>
          ) : (
            <ol className="mt-2 space-y-3">
              {mode.services.map((service) => {
                const name = localize(data.services[service.code]?.name, locale);
                return (
                  <li key={service.code} data-testid={`service-${service.code}`}>
                    <p className="font-medium" lang={name.lang}>{name.text || service.code}</p>
                    <p className="text-sm" data-testid="weighted-gap">{t("weightedGap", { value: formatScore(locale, service.weightedGap) })}</p>
                    <p className="text-sm text-muted">{t("addresses")}</p>
                    <ul className="list-disc ps-5 text-sm">
                      {service.indicators.map((code) => {
                        const title = titles.get(code);
                        return (
                          <li key={code}>
                            <span className="font-mono">{code}</span> {title && <span lang={title.lang}>{title.text}</span>}
                          </li>
                        );
                      })}
                    </ul>
                  </li>
                );
              })}
            </ol>
          )}
        </section>
      ))}
    </div>
  );
}
