import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { CountryPeopleSections } from "@/components/countries/country-people";
import { RegionForm } from "@/components/countries/region-form";
import { RoundsTable } from "@/components/rounds/rounds-table";
import { loadOr404, pageLocale } from "@/lib/pages";
import { requirePageActor } from "@/lib/auth/session";
import { canOnCountry } from "@/lib/authz";
import { m49Path } from "@/lib/countries/m49-names";
import { getCountryForActor, getCountryPeople, listCountryFilterOptions } from "@/lib/countries/service";
import { localize } from "@/lib/i18n/config";
import { pickMessages } from "@/lib/i18n/pick";
import { listRoundSummaries } from "@/lib/rounds/service";
import { OPEN_STATUSES } from "@/lib/rounds/lifecycle";
import { collator } from "@/lib/i18n/formatters";

type Props = { params: Promise<{ iso2: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("countries"))("detailTitle") };
}

export default async function CountryPage({ params }: Props) {
  const actor = await requirePageActor();
  const { iso2 } = await params;
  const country = await loadOr404(() => getCountryForActor(actor, iso2));
  const t = await getTranslations("countries");
  const locale = await pageLocale();
  const canReadTeam = canOnCountry(actor, "team.view", country);
  const [rounds, people, options] = await Promise.all([
    listRoundSummaries(actor, [country.id]).then((r) => r.get(country.id) ?? []),
    canReadTeam ? getCountryPeople(actor, country) : null,
    actor.isAdmin ? listCountryFilterOptions() : null,
  ]);
  const name = localize(country.name, locale).text;
  const compare = collator(locale).compare;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold" data-testid="country-name">{name}</h1>
        <p className="text-muted">
          <span dir="ltr">{country.iso2} / {country.iso3}</span> · {m49Path(country, locale)}
        </p>
        <p data-testid="country-programme-region">
          {t("programmeRegion")}: {country.programmeRegion ? localize(country.programmeRegion.name, locale).text : t("noProgrammeRegion")}
        </p>
        {canReadTeam && (
          <Link href={`/countries/${country.iso2}/team`} className="mt-2 inline-block text-brand underline-offset-4 hover:underline" data-testid="team-link">
            {(await getTranslations("team"))("countryLink")}
          </Link>
        )}
      </div>
      {people && <CountryPeopleSections iso2={country.iso2} people={people} canAppoint={actor.isAdmin} />}
      {options && (
        <section aria-labelledby="move-heading" className="space-y-3 rounded-lg border border-line bg-white p-4">
          <h2 id="move-heading" className="text-xl font-semibold">{t("move.heading")}</h2>
          <NextIntlClientProvider messages={pickMessages(await getMessages(), ["countries"])}>
            <RegionForm
              iso2={country.iso2}
              current={country.programmeRegion?.code ?? null}
              regions={options.programmeRegions
                .map((r) => ({ code: r.code, label: localize(r.name, locale).text }))
                .sort((a, b) => compare(a.label, b.label))}
            />
          </NextIntlClientProvider>
        </section>
      )}
      <section aria-labelledby="rounds-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="rounds-heading" className="text-xl font-semibold">{t("rounds")}</h2>
          {canOnCountry(actor, "round.open", country) && !rounds.some((r) => OPEN_STATUSES.includes(r.status)) && (
            <Link href={`/countries/${country.iso2}/rounds/new`} className="rounded bg-brand px-3 py-1 font-medium text-white" data-testid="open-round">
              {t("openRound")}
            </Link>
          )}
        </div>
        <RoundsTable rounds={rounds} caption={t("rounds")} />
      </section>
    </div>
  );
}
