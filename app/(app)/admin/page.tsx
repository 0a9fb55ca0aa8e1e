import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getAdminOverview } from "@/lib/admin/users/service";
import { requirePageActor } from "@/lib/auth/session";
import { loadOr404 } from "@/lib/pages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("overview.title") };
}

export default async function AdminPage() {
  const actor = await requirePageActor();
  const overview = await loadOr404(() => getAdminOverview(actor));
  const [t, format] = await Promise.all([getTranslations("admin"), getFormatter()]);
  const cards = [
    { key: "users", value: overview.users, href: "/admin/users" },
    { key: "disabledUsers", value: overview.disabledUsers, href: "/admin/users" },
    { key: "administrators", value: overview.administrators, href: "/admin/users" },
    { key: "officers", value: overview.officers, href: "/admin/officers" },
    { key: "pendingInvitations", value: overview.pendingInvitations, href: "/admin/users#invitations" },
    { key: "countriesWithoutFocalPoint", value: overview.countriesWithoutFocalPoint, href: "/countries" },
  ] as const;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("overview.heading")}</h1>
        <p className="text-muted">{t("overview.intro")}</p>
      </div>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="admin-overview">
        {cards.map((c) => (
          <li key={c.key} className="rounded-lg border border-line bg-white p-4 shadow-sm" data-testid={`count-${c.key}`}>
            <Link href={c.href} className="block space-y-1 hover:underline">
              <span className="block text-3xl font-semibold text-brand-dark">{format.number(c.value)}</span>
              <span className="block">{t(`overview.counts.${c.key}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/admin/invitations/new" className="inline-block rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark">
          {t("overview.invite")}
        </Link>
      </p>
    </div>
  );
}
