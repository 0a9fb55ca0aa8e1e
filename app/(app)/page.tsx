import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { RoundsTable } from "@/components/rounds/rounds-table";
import { StatusBadge, StatusBadgeLabel, statusBadgeMarkup } from "@/components/rounds/status-badge";
import { html, RawHtml, tableMarkup } from "@/lib/html/markup";
import { pageLocale } from "@/lib/pages";
import { requirePageActor } from "@/lib/auth/session";
import { isOfficer } from "@/lib/authz";
import { getAdminOverview, getCountriesWithRounds, getMyTasks } from "@/lib/home/service";
import { OPEN_STATUSES } from "@/lib/rounds/lifecycle";
import { statusMessageKey } from "@/lib/rounds/status-message";
import { localize } from "@/lib/i18n/config";
import type { RoundStatus } from "@/lib/generated/prisma/enums";
import { collator } from "@/lib/i18n/formatters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("home"))("title") };
}

// One home page; each section appears for the roles the actor holds.
export default async function HomePage() {
  const actor = await requirePageActor();
  const t = await getTranslations("home");
  const locale = await pageLocale();
  const tStatus = await getTranslations("roundStatus");
  const tBadge = await getTranslations("status");
  const tPortfolio = await getTranslations("portfolio");
  const [overview, portfolio, own, tasks] = await Promise.all([
    actor.isAdmin ? getAdminOverview(actor) : null,
    isOfficer(actor) ? getCountriesWithRounds(actor, "portfolio") : null,
    actor.memberships.length > 0 ? getCountriesWithRounds(actor, "membership") : null,
    getMyTasks(actor),
  ]);
  const noRole = !overview && !portfolio && !own;
  const noRound = t("noRound");
  // Countries in the reader's alphabetical order, by their name in the reader's language.
  const compare = collator(locale).compare;
  portfolio?.sort((a, b) => compare(localize(a.country.name, locale).text, localize(b.country.name, locale).text));
  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-semibold">{t("welcome", { name: actor.name })}</h1>
      {noRole && <p className="text-muted">{t("noRole")}</p>}

      {tasks.length > 0 && (
        <section aria-labelledby="my-tasks" className="space-y-3" data-testid="my-tasks">
          <h2 id="my-tasks" className="text-xl font-semibold">{t("myTasks")}</h2>
          {tasks.map((task) => (
            <div key={task.roundId} className="space-y-2 rounded-lg border border-line bg-white p-4">
              <h3 className="font-semibold">
                <Link href={`/rounds/${task.roundId}`} className="text-brand underline">
                  {t("taskRound", { country: localize(task.country.name, locale).text, cycle: task.cycle })}
                </Link>{" "}
                <StatusBadge status={task.status} />
              </h3>
              <ul className="space-y-1 text-sm">
                {task.pillars.map((p) => (
                  <li key={p.code} className="flex flex-wrap items-baseline gap-x-3" data-testid={`task-${p.code}`}>
                    <span className="font-medium">{localize(p.name, locale).text}</span>
                    <span>{t("taskProgress", { answered: p.answered, total: p.total })}</span>
                    {p.firstMissingCode ? (
                      <Link href={`/rounds/${task.roundId}/pillars/${p.code}#${p.firstMissingCode}`} className="text-brand underline" data-testid={`task-next-${p.code}`}>
                        {t("taskContinue", { code: p.firstMissingCode })}
                      </Link>
                    ) : (
                      <span className="text-ok">{t("taskDone")}</span>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}

      {own?.map(({ country, rounds }) => {
        const name = localize(country.name, locale);
        const membership = actor.memberships.find((m) => m.countryId === country.id);
        const open = rounds.find((r) => OPEN_STATUSES.includes(r.status));
        const note = open && membership ? statusMessageKey({ status: open.status, reader: membership.role === "FOCAL_POINT" ? "focalPoint" : "respondent", cancelled: false, place: "round" }) : null;
        return (
          <section key={country.id} aria-labelledby={`own-${country.iso2}`} className="space-y-3" data-testid="own-country">
            <h2 id={`own-${country.iso2}`} className="text-xl font-semibold">
              {t("ownCountry", { country: name.text })}
            </h2>
            {open && note && (
              <p className="text-sm" data-testid="open-round-note">
                <span className="font-medium">{open.cycle}:</span> {tStatus(note, { reason: "" })}
              </p>
            )}
            <RoundsTable rounds={rounds} caption={t("roundsOf", { country: name.text })} />
          </section>
        );
      })}

      {portfolio && (
        <section aria-labelledby="portfolio" className="space-y-3" data-testid="portfolio">
          <h2 id="portfolio" className="text-xl font-semibold">{t("portfolio")}</h2>
          <p>
            <Link href="/portfolio" className="text-brand underline" data-testid="portfolio-link">{tPortfolio("homeLink")}</Link>
          </p>
          {/* As markup (lib/html/markup.ts), one element for React: a row per country of the
              portfolio (a region's officer has a few dozen), with a plain anchor each, since a
              client Link per row costs more to render and hydrate than the row; data-in-place
              makes them navigate in place all the same (components/layout/in-place-links.tsx). */}
          <div className="overflow-x-auto" data-in-place="">
            <RawHtml
              as="table"
              className="data-table"
              content={tableMarkup(
                t("portfolio"),
                [t("country"), t("region"), t("latestRound"), t("latestStatus")],
                portfolio.map(({ country, rounds }) => {
                const latest = rounds[0];
                const status = latest ? statusBadgeMarkup(latest.status, tBadge, latest.cancelledAt !== null) : html`<span class="text-muted">${noRound}</span>`;
                return html`<tr><th scope="row" class="font-medium"><a href="/countries/${country.iso2}" class="text-brand underline">${localize(country.name, locale).text}</a></th><td>${country.programmeRegion ? localize(country.programmeRegion.name, locale).text : "—"}</td><td>${latest?.cycle ?? "—"}</td><td>${status}</td></tr>`;
                }),
                { srOnlyCaption: true },
              )}
            />
          </div>
        </section>
      )}

      {overview && (
        <section aria-labelledby="admin-overview" className="space-y-3" data-testid="admin-overview">
          <h2 id="admin-overview" className="text-xl font-semibold">{t("installation")}</h2>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
            {(
              [
                ["users", overview.users],
                ["activeUsers", overview.activeUsers],
                ["countries", overview.countries],
                ["countriesWithRounds", overview.countriesWithRounds],
                ["rounds", overview.rounds],
                ["services", overview.services],
              ] as const
            ).map(([key, value]) => (
              <div key={key} className="rounded-lg border border-line bg-white p-3">
                <dt className="text-sm text-muted">{t(`counts.${key}`)}</dt>
                <dd className="text-2xl font-semibold" data-testid={`count-${key}`}>{value}</dd>
              </div>
            ))}
          </dl>
          <table className="bg-white text-sm">
            <caption className="p-2 text-start font-medium">{t("roundsByStatus")}</caption>
            <tbody>
              {overview.roundsByStatus.map((s) => (
                <tr key={s.status} className="border-b border-line">
                  <th scope="row" className="p-2 text-start"><StatusBadgeLabel status={s.status as RoundStatus} label={tBadge} /></th>
                  <td className="p-2">{s.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
