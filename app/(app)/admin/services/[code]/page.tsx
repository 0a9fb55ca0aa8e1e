import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { ServiceForm } from "@/components/admin/service-form";
import { ServiceStatusActions } from "@/components/admin/service-status-actions";
import { requirePageActor } from "@/lib/auth/session";
import { localize } from "@/lib/i18n/config";
import { pickMessages } from "@/lib/i18n/pick";
import { loadOr404, pageLocale } from "@/lib/pages";
import { getIndicatorChoices, getService } from "@/lib/services/service";
import { indicatorGroupsOf } from "../indicator-groups";
import { reactivateServiceAction, retireServiceAction, updateServiceAction } from "./actions";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  return { title: (await getTranslations("admin"))("services.edit.title", { code }) };
}

export default async function EditServicePage({ params }: Props) {
  const actor = await requirePageActor();
  const { code } = await params;
  const [service, choices] = await Promise.all([loadOr404(() => getService(actor, decodeURIComponent(code))), loadOr404(() => getIndicatorChoices(actor))]);
  const [t, locale] = await Promise.all([getTranslations("admin"), pageLocale()]);
  const name = localize(service.name, locale);
  // Server actions bound to this service's code: the client passes only the form's values.
  const update = updateServiceAction.bind(null, service.code);
  const retire = retireServiceAction.bind(null, service.code);
  const reactivate = reactivateServiceAction.bind(null, service.code);
  return (
    <div className="max-w-4xl space-y-6">
      <div className="space-y-1">
        <p className="font-mono text-sm text-muted">{service.code}</p>
        <h1 className="text-2xl font-semibold" lang={name.lang}>
          {name.text}
        </h1>
        <p data-testid="service-state" className={service.isActive ? "text-ok" : "font-medium text-danger"}>
          {service.isActive ? t("services.status.activeLong") : t("services.status.retiredLong")}
        </p>
      </div>
      <NextIntlClientProvider messages={pickMessages(await getMessages(), ["admin", "language"])}>
        <ServiceForm
          mode="edit"
          groups={indicatorGroupsOf(choices, locale)}
          initial={{ code: service.code, area: service.area, mode: service.mode, name: service.name, description: service.description, indicatorCodes: service.indicatorCodes }}
          update={update}
        />
        <ServiceStatusActions isActive={service.isActive} retire={retire} reactivate={reactivate} />
      </NextIntlClientProvider>
    </div>
  );
}
