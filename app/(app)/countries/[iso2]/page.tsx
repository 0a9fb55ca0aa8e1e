import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { RoundsTable } from "@/components/rounds/rounds-table";
import { requirePageActor } from "@/lib/auth/session";
import { getCountryForActor } from "@/lib/countries/service";
import { isAppError } from "@/lib/errors";
import { DEFAULT_LOCALE, isLocale, localize } from "@/lib/i18n/config";
import { listRoundSummaries } from "@/lib/rounds/service";
import type { Actor } from "@/lib/authz";

type Props = { params: Promise<{ iso2: string }> };

async function loadCountry(actor: Actor, iso2: string) {
  try {
    return await getCountryForActor(actor, iso2);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    if (isAppError(error) && error.code === "FORBIDDEN") forbidden();
    throw error;
  }
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("countries"))("detailTitle") };
}

export default async function CountryPage({ params }: Props) {
  const actor = await requirePageActor();
  const { iso2 } = await params;
  const country = await loadCountry(actor, iso2);
  const t = await getTranslations("countries");
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
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
      </div>
      <section aria-labelledby="rounds-heading" className="space-y-3">
        <h2 id="rounds-heading" className="text-xl font-semibold">{t("rounds")}</h2>
        <RoundsTable rounds={rounds} caption={t("rounds")} />
      </section>
    </div>
  );
}
