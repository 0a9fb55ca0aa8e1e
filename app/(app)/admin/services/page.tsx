import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/session";
import { localize } from "@/lib/i18n/config";
import { loadOr404, pageLocale } from "@/lib/pages";
import { listServices } from "@/lib/services/service";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("services.list.title") };
}

export default async function ServicesPage() {
  const actor = await requirePageActor();
  const services = await loadOr404(() => listServices(actor));
  const [t, format, locale] = await Promise.all([getTranslations("admin"), getFormatter(), pageLocale()]);
  const cell = "border-b border-line px-3 py-2 text-start align-top";
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold">{t("services.list.heading")}</h1>
          <p className="text-muted">{t("services.list.intro")}</p>
        </div>
        <Link href="/admin/services/new" className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark">
          {t("services.list.add")}
        </Link>
      </div>
      <div className="overflow-x-auto rounded-lg border border-line bg-white shadow-sm">
        <table className="w-full border-collapse text-sm" data-testid="services-table">
          <caption className="sr-only">{t("services.list.caption", { count: services.length })}</caption>
          <thead>
            <tr className="bg-surface">
              <th scope="col" className={cell}>{t("services.list.code")}</th>
              <th scope="col" className={cell}>{t("services.list.name")}</th>
              <th scope="col" className={cell}>{t("services.list.area")}</th>
              <th scope="col" className={cell}>{t("services.list.mode")}</th>
              <th scope="col" className={cell}>{t("services.list.indicators")}</th>
              <th scope="col" className={cell}>{t("services.list.status")}</th>
            </tr>
          </thead>
          <tbody>
            {services.map((s) => {
              const name = localize(s.name, locale);
              return (
                <tr key={s.code} data-testid="service-row" data-code={s.code} className={s.isActive ? undefined : "text-muted"}>
                  <td className={`${cell} font-mono`}>
                    <Link href={`/admin/services/${s.code}`} className="text-brand underline-offset-4 hover:underline">
                      {s.code}
                    </Link>
                  </td>
                  <td className={cell} lang={name.lang}>{name.text}</td>
                  <td className={cell}>{t(`services.areas.${s.area}`)}</td>
                  <td className={cell}>{t(`services.modes.${s.mode}`)}</td>
                  <td className={cell}>{format.number(s.indicatorCount)}</td>
                  <td className={cell} data-testid="service-status">
                    {s.isActive ? t("services.status.active") : <span className="font-medium">{t("services.status.retired")}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
