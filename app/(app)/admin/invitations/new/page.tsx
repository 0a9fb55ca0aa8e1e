import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { UsersInviteForm, type InviteDefaults } from "@/components/admin/users-invite-form";
import { getInviteOptions } from "@/lib/admin/users/service";
import { requirePageActor } from "@/lib/auth/session";
import { localize } from "@/lib/i18n/config";
import { pickMessages } from "@/lib/i18n/pick";
import { loadOr404, pageLocale } from "@/lib/pages";
import { invitePersonAction } from "./actions";
import { collator } from "@/lib/i18n/formatters";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("invite.title") };
}

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/**
 * The query string only fills in the form (?kind=COUNTRY&country=FR&role=FOCAL_POINT: a country's
 * page links here with "Appoint a focal point"); anything it names is checked again on submit.
 */
function defaultsOf(params: Record<string, string | string[] | undefined>, countries: Set<string>): InviteDefaults {
  const kind = first(params.kind).toUpperCase() === "OFFICER" ? "OFFICER" : "COUNTRY";
  const country = first(params.country).toUpperCase();
  const role = first(params.role).toUpperCase() === "RESPONDENT" ? "RESPONDENT" : "FOCAL_POINT";
  return { kind, countryIso2: countries.has(country) ? country : "", role };
}

export default async function InvitePage({ searchParams }: Props) {
  const actor = await requirePageActor();
  const options = await loadOr404(() => getInviteOptions(actor));
  const [t, locale, params] = await Promise.all([getTranslations("admin"), pageLocale(), searchParams]);
  const compare = collator(locale).compare;
  const countries = options.countries
    .map((c) => ({ iso2: c.iso2, name: localize(c.name, locale).text }))
    .sort((a, b) => compare(a.name, b.name));
  return (
    <div className="max-w-3xl space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("invite.heading")}</h1>
        <p className="text-muted">{t("invite.intro")}</p>
      </div>
      <NextIntlClientProvider messages={pickMessages(await getMessages(), ["admin", "team"])}>
        <UsersInviteForm
          countries={countries}
          regions={options.regions.map((r) => ({ id: r.id, code: r.code, name: localize(r.name, locale).text }))}
          pillars={options.pillars.map((p) => ({ code: p.code, name: localize(p.name, locale).text }))}
          defaults={defaultsOf(params, new Set(countries.map((c) => c.iso2)))}
          invite={invitePersonAction}
        />
      </NextIntlClientProvider>
    </div>
  );
}
