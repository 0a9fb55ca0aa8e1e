import Link from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/session";

// The administration: administrators only. This answers 403 to everyone else before any page
// renders; every page and action below still checks with lib/authz.ts assertAdmin in its service.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor();
  if (!actor.isAdmin) forbidden();
  const t = await getTranslations("admin");
  const links = [
    { href: "/admin", label: t("nav.overview") },
    { href: "/admin/users", label: t("nav.users") },
    { href: "/admin/invitations/new", label: t("nav.invite") },
    { href: "/countries", label: t("nav.countries") },
    { href: "/admin/officers", label: t("nav.officers") },
    { href: "/admin/services", label: t("nav.services") },
    { href: "/admin/frameworks", label: t("nav.frameworks") },
  ];
  return (
    <div className="space-y-6">
      <nav aria-label={t("nav.label")} className="border-b border-line pb-3">
        <ul className="flex flex-wrap gap-x-5 gap-y-2">
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href} className="text-brand underline-offset-4 hover:underline">
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  );
}
