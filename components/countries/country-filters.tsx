import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/config";
import { m49Name } from "@/lib/countries/m49-names";
import { COUNTRY_SEARCH_MAX_LENGTH, type TCountryQuery } from "@/lib/countries/schemas";
import type { CountryFilterOptions } from "@/lib/countries/service";
import { collator } from "@/lib/i18n/formatters";

const SELECT_CLASS = "w-full rounded border border-line bg-white px-3 py-2";

/**
 * The country list's search and filters: a plain GET form, so it works without JavaScript and a
 * filtered list is a link colleagues can share. Options are shown in the reader's language, sorted
 * in it; their values are the stored (English) names and codes.
 */
export async function CountryFilters({ options, query, locale }: { options: CountryFilterOptions; query: TCountryQuery; locale: Locale }) {
  const t = await getTranslations("countries.filters");
  const compare = collator(locale).compare;
  const byLabel = <T,>(items: T[], label: (item: T) => string) => [...items].sort((a, b) => compare(label(a), label(b)));
  const regions = byLabel(options.regions, (r) => m49Name(r.name, locale));
  const programmeRegions = byLabel(options.programmeRegions, (r) => localize(r.name, locale).text);
  return (
    <form method="get" action="/countries" role="search" aria-label={t("label")} className="grid items-end gap-3 rounded-lg border border-line bg-white p-4 sm:grid-cols-2 lg:grid-cols-5" data-testid="country-filters">
      <div className="lg:col-span-2">
        <label htmlFor="country-q" className="mb-1 block font-medium">{t("search")}</label>
        <input id="country-q" name="q" type="search" defaultValue={query.q ?? ""} maxLength={COUNTRY_SEARCH_MAX_LENGTH} className={SELECT_CLASS} />
      </div>
      <div>
        <label htmlFor="country-region" className="mb-1 block font-medium">{t("region")}</label>
        <select id="country-region" name="region" defaultValue={query.region ?? ""} className={SELECT_CLASS}>
          <option value="">{t("allRegions")}</option>
          {regions.map((r) => (
            <option key={r.name} value={r.name}>{m49Name(r.name, locale)}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="country-sub-region" className="mb-1 block font-medium">{t("subRegion")}</label>
        <select id="country-sub-region" name="subRegion" defaultValue={query.subRegion ?? ""} className={SELECT_CLASS}>
          <option value="">{t("allSubRegions")}</option>
          {regions.map((r) => (
            <optgroup key={r.name} label={m49Name(r.name, locale)}>
              {byLabel(r.subRegions, (s) => m49Name(s, locale)).map((s) => (
                <option key={s} value={s}>{m49Name(s, locale)}</option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="country-programme-region" className="mb-1 block font-medium">{t("programmeRegion")}</label>
        <select id="country-programme-region" name="programmeRegion" defaultValue={query.programmeRegion ?? ""} className={SELECT_CLASS}>
          <option value="">{t("allProgrammeRegions")}</option>
          {programmeRegions.map((r) => (
            <option key={r.code} value={r.code}>{localize(r.name, locale).text}</option>
          ))}
          <option value="none">{t("noProgrammeRegion")}</option>
        </select>
      </div>
      <div>
        <label htmlFor="country-sort" className="mb-1 block font-medium">{t("sort")}</label>
        <select id="country-sort" name="sort" defaultValue={query.sort ?? "name"} className={SELECT_CLASS}>
          <option value="name">{t("sortName")}</option>
          <option value="-name">{t("sortNameDesc")}</option>
          <option value="iso">{t("sortIso")}</option>
        </select>
      </div>
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-4">
        <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark" data-testid="apply-filters">
          {t("apply")}
        </button>
        <Link href="/countries" className="py-2 text-brand underline-offset-4 hover:underline">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
