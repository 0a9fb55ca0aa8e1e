import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { CountryFilters } from "@/components/countries/country-filters";
import { StatusBadge } from "@/components/rounds/status-badge";
import { ErrorAlert } from "@/components/ui/error-alert";
import { pageLocale } from "@/lib/pages";
import { requirePageActor } from "@/lib/auth/session";
import { m49Path } from "@/lib/countries/m49-names";
import type { TCountryQuery } from "@/lib/countries/schemas";
import { listCountriesForActor, listCountryFilterOptions, type CountryListRow } from "@/lib/countries/service";
import { isAppError } from "@/lib/errors";
import { localize } from "@/lib/i18n/config";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("countries"))("title") };
}

/** The URL's filters as the schema expects them: one value each, an empty field as no filter. */
function queryOf(params: Record<string, string | string[] | undefined>): TCountryQuery {
  const one = (key: string) => {
    const value = params[key];
    const first = Array.isArray(value) ? value[0] : value;
    return first === undefined || first.trim() === "" ? undefined : first;
  };
  return { q: one("q"), region: one("region"), subRegion: one("subRegion"), programmeRegion: one("programmeRegion"), sort: one("sort") as TCountryQuery["sort"] };
}

// Everyone sees the countries they may see (countryScopeWhere): administrators all 193, an officer
// their portfolio, a team member their country. Searching and filtering happen on the server.
export default async function CountriesPage({ searchParams }: Props) {
  const actor = await requirePageActor();
  const t = await getTranslations("countries");
  const locale = await pageLocale();
  const query = queryOf(await searchParams);
  let countries: CountryListRow[];
  let invalid = false;
  try {
    countries = await listCountriesForActor(actor, query, locale);
  } catch (error) {
    if (!isAppError(error) || error.code !== "INVALID_INPUT") throw error;
    invalid = true;
    countries = await listCountriesForActor(actor, {}, locale);
  }
  const filtered = Object.values(query).some((v) => v !== undefined && v !== query.sort);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <CountryFilters options={await listCountryFilterOptions()} query={invalid ? {} : query} locale={locale} />
      {invalid && <ErrorAlert testId="filters-invalid">{t("filters.invalid")}</ErrorAlert>}
      <p className="text-muted" role="status" data-testid="countries-count">
        {filtered && !invalid ? t("countFiltered", { count: countries.length }) : t("count", { count: countries.length })}
      </p>
      {countries.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-sm" data-testid="countries-table">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="p-2 text-start">{t("name")}</th>
                <th scope="col" className="p-2 text-start">{t("iso")}</th>
                <th scope="col" className="p-2 text-start">{t("m49")}</th>
                <th scope="col" className="p-2 text-start">{t("programmeRegion")}</th>
                <th scope="col" className="p-2 text-start">{t("focalPoint")}</th>
                <th scope="col" className="p-2 text-start">{t("latestRound")}</th>
              </tr>
            </thead>
            <tbody>
              {countries.map((c) => {
                const name = localize(c.name, locale);
                return (
                  <tr key={c.id} className="border-b border-line" data-testid={`country-row-${c.iso2}`}>
                    <th scope="row" className="p-2 text-start font-medium">
                      <Link href={`/countries/${c.iso2}`} className="text-brand underline" lang={name.lang === locale ? undefined : name.lang}>
                        {name.text}
                      </Link>
                    </th>
                    <td className="p-2"><span dir="ltr">{c.iso2} / {c.iso3}</span></td>
                    <td className="p-2">{m49Path(c, locale)}</td>
                    <td className="p-2" data-testid="programme-region">{c.programmeRegion ? localize(c.programmeRegion.name, locale).text : t("noProgrammeRegion")}</td>
                    <td className="p-2">{c.hasFocalPoint ? t("yes") : t("no")}</td>
                    <td className="p-2">
                      {c.latestRound ? (
                        <span className="flex flex-wrap items-center gap-2">
                          <StatusBadge status={c.latestRound.status} />
                          <span>{c.latestRound.cycle}</span>
                        </span>
                      ) : (
                        <span className="text-muted">{t("noRound")}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
