import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { ServiceForm } from "@/components/admin/service-form";
import { requirePageActor } from "@/lib/auth/session";
import { pickMessages } from "@/lib/i18n/pick";
import { loadOr404, pageLocale } from "@/lib/pages";
import { getIndicatorChoices } from "@/lib/services/service";
import { indicatorGroupsOf } from "../indicator-groups";
import { createServiceAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("services.new.title") };
}

export default async function NewServicePage() {
  const actor = await requirePageActor();
  const choices = await loadOr404(() => getIndicatorChoices(actor));
  const [t, locale] = await Promise.all([getTranslations("admin"), pageLocale()]);
  return (
    <div className="max-w-4xl space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("services.new.heading")}</h1>
        <p className="text-muted">{t("services.new.intro", { version: choices.version })}</p>
      </div>
      <NextIntlClientProvider messages={pickMessages(await getMessages(), ["admin", "language"])}>
        <ServiceForm mode="create" groups={indicatorGroupsOf(choices, locale)} create={createServiceAction} />
      </NextIntlClientProvider>
    </div>
  );
}
