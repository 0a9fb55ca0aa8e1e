import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { CountryPeople } from "@/lib/countries/service";

/** A country's team (members and roles) and the officers assigned to it, by region or directly. */
export async function CountryPeopleSections({ iso2, people, canAppoint }: { iso2: string; people: CountryPeople; canAppoint: boolean }) {
  const t = await getTranslations("countries.people");
  const tRoles = await getTranslations("team.roles");
  const hasFocalPoint = people.members.some((m) => m.role === "FOCAL_POINT");
  return (
    <>
      <section aria-labelledby="team-heading" className="space-y-3" data-testid="country-team">
        <h2 id="team-heading" className="text-xl font-semibold">{t("team")}</h2>
        {!hasFocalPoint && (
          <div className="flex flex-wrap items-center gap-3 rounded-lg border border-line bg-white p-4">
            <p data-testid="no-focal-point">{t("noFocalPoint")}</p>
            {canAppoint && (
              <Link
                href={`/admin/invitations/new?kind=COUNTRY&country=${encodeURIComponent(iso2)}&role=FOCAL_POINT`}
                className="rounded bg-brand px-3 py-1 font-medium text-white hover:bg-brand-dark"
                data-testid="appoint-focal-point"
              >
                {t("appoint")}
              </Link>
            )}
          </div>
        )}
        {people.members.length === 0 ? (
          <p className="text-muted">{t("noMembers")}</p>
        ) : (
          <table className="w-full border-collapse bg-white text-sm">
            <caption className="sr-only">{t("team")}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="p-2 text-start">{t("name")}</th>
                <th scope="col" className="p-2 text-start">{t("email")}</th>
                <th scope="col" className="p-2 text-start">{t("role")}</th>
              </tr>
            </thead>
            <tbody>
              {people.members.map((m) => (
                <tr key={m.userId} className="border-b border-line">
                  <th scope="row" className="p-2 text-start font-medium">{m.name}</th>
                  <td className="p-2"><span dir="ltr">{m.email}</span></td>
                  <td className="p-2">{tRoles(m.role)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="officers-heading" className="space-y-3" data-testid="country-officers">
        <h2 id="officers-heading" className="text-xl font-semibold">{t("officers")}</h2>
        {people.officers.length === 0 ? (
          <p className="text-muted">{t("noOfficers")}</p>
        ) : (
          <ul className="space-y-1">
            {people.officers.map((o) => (
              <li key={o.userId}>
                <span className="font-medium">{o.name}</span> <span dir="ltr" className="text-muted">{o.email}</span>{" "}
                <span className="text-sm text-muted">({[o.byRegion ? t("byRegion") : null, o.byCountry ? t("byCountry") : null].filter(Boolean).join(", ")})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
