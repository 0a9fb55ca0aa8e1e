import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ErrorAlert } from "@/components/ui/error-alert";
import { loadOr404, pageLocale } from "@/lib/pages";
import { requirePageActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { localize } from "@/lib/i18n/config";
import { listOfficers, searchUsers, type UserMatch } from "@/lib/officers/service";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("officers"))("title") };
}

// Administrators only: the service refuses everyone else, and loadOr404 turns that into a 403 page.
// The page does not rely on an /admin layout to check.
export default async function OfficersPage({ searchParams }: Props) {
  const actor = await requirePageActor();
  const officers = await loadOr404(() => listOfficers(actor));
  const t = await getTranslations("officers");
  const locale = await pageLocale();
  const raw = (await searchParams).user;
  const term = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  let matches: UserMatch[] | null = null;
  let invalid = false;
  if (term !== "") {
    try {
      matches = await searchUsers(actor, term);
    } catch (error) {
      if (!isAppError(error) || error.code !== "INVALID_INPUT") throw error;
      invalid = true;
    }
  }
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-muted">{t("intro")}</p>
      </div>

      <section aria-labelledby="officers-list" className="space-y-3">
        <h2 id="officers-list" className="text-xl font-semibold">{t("list.heading")}</h2>
        {officers.length === 0 ? (
          <p className="text-muted">{t("list.none")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-sm" data-testid="officers-table">
              <caption className="sr-only">{t("list.heading")}</caption>
              <thead>
                <tr className="border-b border-line">
                  <th scope="col" className="p-2 text-start">{t("list.name")}</th>
                  <th scope="col" className="p-2 text-start">{t("list.email")}</th>
                  <th scope="col" className="p-2 text-start">{t("list.regions")}</th>
                  <th scope="col" className="p-2 text-start">{t("list.countries")}</th>
                </tr>
              </thead>
              <tbody>
                {officers.map((o) => (
                  <tr key={o.userId} className="border-b border-line">
                    <th scope="row" className="p-2 text-start font-medium">
                      <Link href={`/admin/officers/${o.userId}`} className="text-brand underline">{o.name}</Link>
                      {o.disabled && <span className="ms-2 text-sm text-muted">({t("disabled")})</span>}
                    </th>
                    <td className="p-2"><span dir="ltr">{o.email}</span></td>
                    <td className="p-2">{o.regions.map((r) => localize(r.name, locale).text).join(", ") || "—"}</td>
                    <td className="p-2">{o.countries.map((c) => localize(c.name, locale).text).join(", ") || "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="officers-find" className="space-y-3">
        <h2 id="officers-find" className="text-xl font-semibold">{t("find.heading")}</h2>
        <p className="text-muted">{t("find.intro")}</p>
        <form method="get" action="/admin/officers" role="search" aria-label={t("find.heading")} className="flex flex-wrap items-end gap-2">
          <div className="min-w-64 flex-1">
            <label htmlFor="officer-user" className="mb-1 block font-medium">{t("find.label")}</label>
            <input id="officer-user" name="user" type="search" defaultValue={term} maxLength={200} className="w-full rounded border border-line bg-white px-3 py-2" />
          </div>
          <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark">{t("find.submit")}</button>
        </form>
        {invalid && <ErrorAlert>{t("find.invalid")}</ErrorAlert>}
        {matches && matches.length === 0 && <p role="status">{t("find.none")}</p>}
        {matches && matches.length > 0 && (
          <ul className="space-y-1" data-testid="user-matches">
            {matches.map((u) => (
              <li key={u.userId}>
                <Link href={`/admin/officers/${u.userId}`} className="text-brand underline">{u.name}</Link>{" "}
                <span dir="ltr" className="text-muted">{u.email}</span>{" "}
                {u.isAdmin && <span className="text-sm text-muted">({t("roles.admin")})</span>}
                {u.isOfficer && <span className="text-sm text-muted">({t("roles.officer")})</span>}
                {u.isTeamMember && <span className="text-sm text-muted">({t("roles.teamMember")})</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
