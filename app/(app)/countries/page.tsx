import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/pages";
import { requirePageActor } from "@/lib/auth/session";
import { listCountriesForActor } from "@/lib/countries/service";
import { localize } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("countries"))("title") };
}

export default async function CountriesPage() {
  const actor = await requirePageActor();
  const t = await getTranslations("countries");
  const locale = await pageLocale();
  const collator = new Intl.Collator(locale);
  const countries = (await listCountriesForActor(actor)).sort((a, b) => collator.compare(localize(a.name, locale).text, localize(b.name, locale).text));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-muted">{t("count", { count: countries.length })}</p>
      <table className="w-full border-collapse bg-white text-sm" data-testid="countries-table">
        <caption className="sr-only">{t("title")}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="p-2 text-start">{t("name")}</th>
            <th scope="col" className="p-2 text-start">{t("iso")}</th>
            <th scope="col" className="p-2 text-start">{t("m49")}</th>
            <th scope="col" className="p-2 text-start">{t("programmeRegion")}</th>
          </tr>
        </thead>
        <tbody>
          {countries.map((c) => (
            <tr key={c.id} className="border-b border-line">
              <th scope="row" className="p-2 text-start font-medium">
                <Link href={`/countries/${c.iso2}`} className="text-brand underline">
                  {localize(c.name, locale).text}
                </Link>
              </th>
              <td className="p-2">{c.iso2} / {c.iso3}</td>
              <td className="p-2">{c.m49Region} · {c.m49SubRegion}</td>
              <td className="p-2">{c.programmeRegion ? localize(c.programmeRegion.name, locale).text : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
