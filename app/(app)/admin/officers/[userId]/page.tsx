import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { AssignmentForm } from "@/components/officers/assignment-form";
import { RemoveAssignment } from "@/components/officers/remove-assignment";
import { loadOr404, pageLocale } from "@/lib/pages";
import { requirePageActor } from "@/lib/auth/session";
import { localize } from "@/lib/i18n/config";
import { pickMessages } from "@/lib/i18n/pick";
import { getOfficer, listAssignableTargets, type PortfolioEntry } from "@/lib/officers/service";
import { collator } from "@/lib/i18n/formatters";

type Props = { params: Promise<{ userId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("officers"))("detail.title") };
}

// Administrators only (the services refuse everyone else: a 403 page). Any user can be opened here;
// their first assignment makes them an officer. Administrators and country team members cannot be
// officers (lib/officers/service.ts says why); the page says so instead of offering the forms.
export default async function OfficerPage({ params }: Props) {
  const actor = await requirePageActor();
  const { userId } = await params;
  const [officer, targets] = await loadOr404(() => Promise.all([getOfficer(actor, userId), listAssignableTargets(actor)]));
  const t = await getTranslations("officers");
  const tRoles = await getTranslations("team.roles");
  const locale = await pageLocale();
  const compare = collator(locale).compare;
  const label = (name: unknown) => localize(name, locale).text;
  const sorted = (items: { code: string; name: unknown }[], taken: PortfolioEntry[]) =>
    items
      .filter((i) => !taken.some((e) => e.code === i.code))
      .map((i) => ({ code: i.code, label: label(i.name) }))
      .sort((a, b) => compare(a.label, b.label));
  const blocked = officer.isAdmin ? t("detail.isAdmin") : officer.memberships.length > 0 ? t("detail.isTeamMember") : null;

  const portfolioList = (kind: "region" | "country", entries: PortfolioEntry[]) =>
    entries.length === 0 ? (
      <p className="text-muted">{t(kind === "region" ? "detail.noRegions" : "detail.noCountries")}</p>
    ) : (
      <ul className="space-y-2" data-testid={`officer-${kind}-list`}>
        {entries.map((e) => (
          <li key={e.code} className="flex flex-wrap items-center gap-3">
            {kind === "country" ? (
              <Link href={`/countries/${e.code}`} className="text-brand underline">{label(e.name)}</Link>
            ) : (
              <span>{label(e.name)}</span>
            )}
            <RemoveAssignment userId={officer.userId} kind={kind} code={e.code} label={label(e.name)} />
          </li>
        ))}
      </ul>
    );

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <Link href="/admin/officers" className="text-brand underline-offset-4 hover:underline">{t("detail.back")}</Link>
        <h1 className="text-2xl font-semibold" data-testid="officer-name">{officer.name}</h1>
        <p className="text-muted">
          <span dir="ltr">{officer.email}</span>
          {officer.disabled && <span className="ms-2">({t("disabled")})</span>}
        </p>
        {officer.memberships.length > 0 && (
          <p>
            {t("detail.memberships")}:{" "}
            {officer.memberships.map((m) => `${label(m.name)} (${tRoles(m.role)})`).join(", ")}
          </p>
        )}
      </div>
      {blocked && (
        <p className="rounded border border-line bg-white p-4" role="note" data-testid="officer-blocked">
          {blocked}
        </p>
      )}
      <NextIntlClientProvider messages={pickMessages(await getMessages(), ["officers"])}>
        <section aria-labelledby="regions-heading" className="space-y-3">
          <h2 id="regions-heading" className="text-xl font-semibold">{t("detail.regions")}</h2>
          {portfolioList("region", officer.regions)}
          {!blocked && <AssignmentForm userId={officer.userId} kind="region" options={sorted(targets.regions, officer.regions)} />}
        </section>
        <section aria-labelledby="countries-heading" className="space-y-3">
          <h2 id="countries-heading" className="text-xl font-semibold">{t("detail.countries")}</h2>
          {portfolioList("country", officer.countries)}
          {!blocked && (
            <AssignmentForm
              userId={officer.userId}
              kind="country"
              options={sorted(
                targets.countries.map((c) => ({ code: c.iso2, name: c.name })),
                officer.countries,
              )}
            />
          )}
        </section>
      </NextIntlClientProvider>
    </div>
  );
}
