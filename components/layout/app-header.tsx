import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { isCountryMember, isOfficer, type Actor } from "@/lib/authz";
import { SignOutButton } from "./sign-out-button";

export async function AppHeader({ actor }: { actor: Actor }) {
  const [t, tn] = await Promise.all([getTranslations("nav"), getTranslations("notifications")]);
  // Counted with the actor itself (lib/auth/actor.ts): no query of its own on every page.
  const unread = actor.unreadNotifications ?? 0;
  const links: { href: string; label: string }[] = [{ href: "/", label: t("home") }];
  const tTeam = await getTranslations("team");
  for (const m of actor.memberships) {
    links.push({ href: `/countries/${m.countryIso2}`, label: t("myCountry", { iso: m.countryIso2 }) });
    if (m.role === "FOCAL_POINT") links.push({ href: `/countries/${m.countryIso2}/team`, label: tTeam("navLink", { iso: m.countryIso2 }) });
  }
  if (isOfficer(actor) || actor.isAdmin) links.push({ href: "/countries", label: t("countries") });
  if (isOfficer(actor) || actor.isAdmin) links.push({ href: "/portfolio", label: (await getTranslations("portfolio"))("navLink") });
  if (actor.isAdmin) links.push({ href: "/admin", label: t("admin") });
  return (
    <header className="border-b border-line bg-white">
      <a href="#main" className="skip-link">
        {t("skip")}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-brand-dark">
          Cybercap
        </Link>
        <nav aria-label={t("label")} className="flex-1">
          <ul className="flex flex-wrap gap-4">
            {links.map((l) => (
              <li key={l.href}>
                <Link href={l.href} className="text-brand underline-offset-4 hover:underline">
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <span data-testid="signed-in-as">
            {actor.name} <span className="text-muted">({roleLabel(actor, t)})</span>
          </span>
          <Link href="/notifications" className="text-brand underline-offset-4 hover:underline" data-testid="inbox-link" aria-label={tn("headerUnread", { count: unread })}>
            {tn("headerLink")}
            {unread > 0 && (
              <span className="ms-1 rounded-full bg-brand px-1.5 text-xs font-semibold text-white" data-testid="unread-count" aria-hidden="true">
                {unread}
              </span>
            )}
          </Link>
          <Link href="/account" className="text-brand underline-offset-4 hover:underline" data-testid="my-account">
            {t("account")}
          </Link>
          <LanguageSwitcher />
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}

function roleLabel(actor: Actor, t: (key: string) => string): string {
  if (actor.isAdmin) return t("roles.admin");
  if (isOfficer(actor)) return t("roles.officer");
  if (isCountryMember(actor)) return actor.memberships.some((m) => m.role === "FOCAL_POINT") ? t("roles.focalPoint") : t("roles.respondent");
  return t("roles.none");
}
