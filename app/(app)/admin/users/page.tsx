import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { UsersInvitations } from "@/components/admin/users-invitations";
import { UsersTable } from "@/components/admin/users-table";
import { ZUserListQuery } from "@/lib/admin/users/schemas";
import { listUsers } from "@/lib/admin/users/service";
import { requirePageActor } from "@/lib/auth/session";
import { localize } from "@/lib/i18n/config";
import { pickMessages } from "@/lib/i18n/pick";
import { loadOr404, pageLocale } from "@/lib/pages";
import { listAdministratorInvitations } from "@/lib/team/service";
import { revokeAdminInvitationAction } from "./actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("users.title") };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function UsersPage({ searchParams }: Props) {
  const actor = await requirePageActor();
  const params = await searchParams;
  // A malformed query string (a page beyond the bound, control characters) shows the first page.
  const parsed = ZUserListQuery.safeParse({ q: first(params.q), page: first(params.page) });
  const query = parsed.success ? parsed.data : { q: "", page: 1 };
  const [page, invitations] = await Promise.all([loadOr404(() => listUsers(actor, query)), loadOr404(() => listAdministratorInvitations(actor))]);
  const [t, format, locale] = await Promise.all([getTranslations("admin"), getFormatter(), pageLocale()]);
  const pageHref = (n: number) => `/admin/users?${new URLSearchParams({ ...(page.query ? { q: page.query } : {}), page: String(n) })}`;
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold">{t("users.heading")}</h1>
          <p className="text-muted">{t("users.intro")}</p>
        </div>
        <Link href="/admin/invitations/new" className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark">
          {t("overview.invite")}
        </Link>
      </div>
      <form method="get" action="/admin/users" role="search" className="flex flex-wrap items-end gap-2" data-testid="users-search">
        <div className="min-w-0 flex-1">
          <label htmlFor="users-q" className="mb-1 block font-medium">
            {t("users.search.label")}
          </label>
          <input id="users-q" name="q" type="search" defaultValue={page.query} className="w-full rounded border border-line bg-white px-3 py-2" />
        </div>
        <button type="submit" className="rounded border border-brand px-4 py-2 text-brand hover:bg-brand hover:text-white">
          {t("users.search.submit")}
        </button>
      </form>
      <section aria-labelledby="users-heading" className="space-y-3">
        <h2 id="users-heading" className="text-xl font-semibold">
          {page.query ? t("users.resultsFor", { count: page.total, query: page.query }) : t("users.results", { count: page.total })}
        </h2>
        <UsersTable users={page.users} t={t} format={format} />
        {page.pageCount > 1 && (
          <nav aria-label={t("users.pagination.label")} className="flex flex-wrap items-center gap-4">
            {page.page > 1 && (
              <Link href={pageHref(page.page - 1)} className="text-brand underline" rel="prev">
                {t("users.pagination.previous")}
              </Link>
            )}
            <span aria-current="page">{t("users.pagination.status", { page: page.page, count: page.pageCount })}</span>
            {page.page < page.pageCount && (
              <Link href={pageHref(page.page + 1)} className="text-brand underline" rel="next" data-testid="users-next">
                {t("users.pagination.next")}
              </Link>
            )}
          </nav>
        )}
      </section>
      <NextIntlClientProvider messages={pickMessages(await getMessages(), ["admin"])}>
        <UsersInvitations
          invitations={invitations.map((i) => ({ ...i, countryName: i.countryName ? localize(i.countryName, locale).text : null }))}
          revoke={revokeAdminInvitationAction}
        />
      </NextIntlClientProvider>
    </div>
  );
}
