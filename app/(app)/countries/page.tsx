import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CountryFilters } from "@/components/countries/country-filters";
import { statusBadgeMarkup } from "@/components/rounds/status-badge";
import { html, langAttr, RawHtml, tableMarkup } from "@/lib/html/markup";
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
  const tStatus = await getTranslations("status");
  const [yes, no, noRound, noProgrammeRegion] = [t("yes"), t("no"), t("noRound"), t("noProgrammeRegion")];
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
        // As markup (lib/html/markup.ts), one element for React: an administrator's list is 193 rows,
        // and a next/link and a status badge component per row cost more than the rows themselves;
        // the plain links navigate in place (data-in-place, components/layout/in-place-links.tsx).
        <div className="overflow-x-auto" data-in-place="">
          <RawHtml
            as="table"
            className="data-table"
            data-testid="countries-table"
            content={tableMarkup(
              t("title"),
              [t("name"), t("iso"), t("m49"), t("programmeRegion"), t("focalPoint"), t("latestRound")],
              countries.map((c) => {
              const name = localize(c.name, locale);
              const latest = c.latestRound ? html`<span class="flex flex-wrap items-center gap-2">${statusBadgeMarkup(c.latestRound.status, tStatus)}<span>${c.latestRound.cycle}</span></span>` : html`<span class="text-muted">${noRound}</span>`;
              return html`<tr data-testid="country-row-${c.iso2}"><th scope="row" class="font-medium"><a href="/countries/${c.iso2}" class="text-brand underline"${langAttr(name, locale)}>${name.text}</a></th><td><span dir="ltr">${c.iso2} / ${c.iso3}</span></td><td>${m49Path(c, locale)}</td><td data-testid="programme-region">${c.programmeRegion ? localize(c.programmeRegion.name, locale).text : noProgrammeRegion}</td><td>${c.hasFocalPoint ? yes : no}</td><td>${latest}</td></tr>`;
              }),
              { srOnlyCaption: true },
            )}
          />
        </div>
      )}
    </div>
  );
}
