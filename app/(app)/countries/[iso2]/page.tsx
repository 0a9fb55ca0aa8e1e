import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RoundsTable } from "@/components/rounds/rounds-table";
import { loadOr404, pageLocale } from "@/lib/pages";
import { requirePageActor } from "@/lib/auth/session";
import { getCountryForActor } from "@/lib/countries/service";
import { localize } from "@/lib/i18n/config";
import { listRoundSummaries } from "@/lib/rounds/service";
import { canReadTeam } from "@/lib/team/access";
import { canOnCountry } from "@/lib/authz";
import { OPEN_STATUSES } from "@/lib/rounds/lifecycle";

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
  const rounds = (await listRoundSummaries(actor, [country.id])).get(country.id) ?? [];
  const name = localize(country.name, locale).text;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold" data-testid="country-name">{name}</h1>
        <p className="text-muted">
          {country.iso2} / {country.iso3} · {country.m49Region} · {country.m49SubRegion}
          {country.programmeRegion ? ` · ${localize(country.programmeRegion.name, locale).text}` : ""}
        </p>
        {canReadTeam(actor, country) && (
          <Link href={`/countries/${country.iso2}/team`} className="mt-2 inline-block text-brand underline-offset-4 hover:underline" data-testid="team-link">
            {(await getTranslations("team"))("countryLink")}
          </Link>
        )}
      </div>
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
