import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ExportLinks } from "@/components/export/export-links";
import { ReportLinks } from "@/components/report/report-links";
import { WorkbookLink } from "@/components/workbook/workbook-link";
import { RevisitList } from "@/components/review/revisit-list";
import { RoundReviewLinks } from "@/components/review/round-review-links";
import { StatusBadge } from "@/components/rounds/status-badge";
import { codeLinkItems, SubmitRoundSection } from "@/components/rounds/submit-round-section";
import { TargetsForm } from "@/components/rounds/targets-form";
import { ErrorAlert } from "@/components/ui/error-alert";
import { requirePageActor } from "@/lib/auth/session";
import { localize } from "@/lib/i18n/config";
import { html, RawHtml, tableMarkup } from "@/lib/html/markup";
import { loadOr404, pageLocale } from "@/lib/pages";
import { getRoundOverview, roundPermissions } from "@/lib/rounds/service";
import { readerOf, statusMessageKey } from "@/lib/rounds/status-message";
import { updateTargetsAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("round"))("title") };
}

type Search = { missing?: string; done?: string; error?: string; field?: string; ref?: string };

export default async function RoundPage({ params, searchParams }: { params: Promise<{ roundId: string }>; searchParams: Promise<Search> }) {
  const actor = await requirePageActor();
  const { roundId } = await params;
  const search = await searchParams;
  const { round, pillars, progress, carriedPending, missingTitles, answerRows } = await loadOr404(() => getRoundOverview(actor, roundId));
  const t = await getTranslations("round");
  const tm = await getTranslations("roundManage");
  const tStatus = await getTranslations("roundStatus");
  const te = await getTranslations("errors");
  const tv = await getTranslations("validation");
  const tDash = await getTranslations("dashboard");
  const locale = await pageLocale();
  const permissions = roundPermissions(actor, round);
  const country = localize(round.country.name, locale).text;
  const pillarName = new Map(pillars.map((p) => [p.code, localize(p.name, locale).text]));
  const cancelled = round.cancelledAt !== null;
  const statusKey = statusMessageKey({ status: round.status, reader: readerOf(actor, round.country), cancelled, place: "round" });

  // "Mine": the indicators of the pillars assigned to the reader. Respondents see theirs first.
  const own = permissions.ownPillarCodes;
  const canFilter = own !== null && own.length > 0;
  const filter = canFilter && search.missing !== "all" ? "mine" : "all";
  const missing = filter === "mine" ? progress.missing.filter((m) => own?.includes(m.pillarCode)) : progress.missing;
  const hrefOf = (m: { pillarCode: string; code: string }) => `/rounds/${round.id}/pillars/${m.pillarCode}#${m.code}`;
  const [canAnswer, readOnly, dontKnowTag] = [t("canAnswer"), t("readOnly"), t("dontKnowTag")];
  const carriedLinks = carriedPending.map((c) => ({ code: c.code, href: hrefOf(c), title: localize(missingTitles.get(c.id), locale).text }));

  const failure = search.error
    ? search.field && tv.has(search.field)
      ? tv(search.field)
      : search.error === "INTERNAL"
        ? te("INTERNAL", { requestId: search.ref ?? "-" })
        : te.has(search.error)
          ? te(search.error)
          : te("INTERNAL", { requestId: "-" })
    : null;

  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href={`/countries/${round.country.iso2}`} className="text-brand underline">{country}</Link>
      </nav>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{t("heading", { country, cycle: round.cycle })}</h1>
        <StatusBadge status={round.status} cancelled={cancelled} />
      </div>
      <p className="text-muted">{t("summary", { framework: round.frameworkVersion.version, answered: progress.answered, total: progress.total, percent: progress.percent })}</p>
      <p>
        <Link href={`/rounds/${round.id}/dashboard`} className="text-brand underline" data-testid="dashboard-link">{tDash("roundLink")}</Link>
      </p>
      <ExportLinks kind="round" roundId={round.id} locale={locale} />
      <ReportLinks roundId={round.id} locale={locale} />
      <WorkbookLink roundId={round.id} show={pillars.some((p) => permissions.canAnswerPillar(p.code))} />
      {statusKey && (
        <p className="rounded border border-line bg-white p-3 text-sm" data-testid="status-note">
          {tStatus(statusKey, { reason: round.cancelReason ?? "" })}
        </p>
      )}
      {search.done === "cancelled" && cancelled && <p role="status" className="text-ok">{tm("cancelledDone")}</p>}
      {failure && <ErrorAlert testId="round-error">{failure}</ErrorAlert>}
      <RevisitList actor={actor} round={round} locale={locale} />

      <section aria-labelledby="pillars-h" className="space-y-2">
        <h2 id="pillars-h" className="text-xl font-semibold">{t("pillars")}</h2>
        {/* The pillars, the missing indicators and the carried-over answers are built as markup
            (lib/html/markup.ts), one element for React each instead of one Link per row; their plain
            links navigate in place (data-in-place, components/layout/in-place-links.tsx). */}
        <div data-in-place="">
          <RawHtml
            as="table"
            className="data-table"
            data-testid="pillar-progress"
            content={tableMarkup(
              t("pillars"),
              [t("pillar"), t("progress"), t("dontKnow"), t("target"), t("yourPart")],
              pillars.map((p) => {
              const pp = progress.pillars.find((x) => x.pillarCode === p.code);
              const percent = pp?.percent ?? 0;
              return html`<tr><th scope="row"><a href="/rounds/${round.id}/pillars/${p.code}" class="text-brand underline">${pillarName.get(p.code)}</a></th><td><div class="flex items-center gap-2"><div class="h-2 w-24 rounded bg-line" aria-hidden="true"><div class="h-2 rounded bg-brand" style="width: ${percent}%"></div></div><span>${t("progressValue", { answered: pp?.answered ?? 0, total: pp?.total ?? 0, percent })}</span></div></td><td>${pp?.dontKnow ?? 0}</td><td data-testid="target-${p.code}">${p.target}</td><td>${permissions.canAnswerPillar(p.code) ? canAnswer : readOnly}</td></tr>`;
              }),
              { srOnlyCaption: true },
            )}
          />
        </div>
      </section>

      {permissions.canManage && (
        <section aria-labelledby="targets-h" className="space-y-2">
          <h2 id="targets-h" className="text-xl font-semibold">{tm("targetsTitle")}</h2>
          {search.done === "targets" && <p role="status" className="text-ok" data-testid="targets-saved">{tm("targetsSaved")}</p>}
          <TargetsForm roundId={round.id} pillars={pillars.map((p) => ({ code: p.code, name: pillarName.get(p.code) ?? p.code, target: p.target }))} action={updateTargetsAction} />
        </section>
      )}

      {/* An archived (or cancelled) round will not be answered further: nothing is "still to answer". */}
      {round.status !== "ARCHIVED" && (
        <section aria-labelledby="missing-h" className="space-y-2">
          <h2 id="missing-h" className="text-xl font-semibold">{t("missingTitle", { count: progress.missing.length })}</h2>
          {canFilter && progress.missing.length > 0 && (
            <nav aria-label={t("missingFilter")} className="flex gap-3 text-sm" data-testid="missing-filter">
              {(["mine", "all"] as const).map((f) => (
                <Link key={f} href={`/rounds/${round.id}?missing=${f}#missing-h`} aria-current={filter === f ? "true" : undefined} className={filter === f ? "font-semibold" : "text-brand underline"}>
                  {f === "mine" ? t("missingMine", { count: progress.missing.filter((m) => own?.includes(m.pillarCode)).length }) : t("missingAll", { count: progress.missing.length })}
                </Link>
              ))}
            </nav>
          )}
          {progress.missing.length === 0 ? (
            <p className="text-ok">{t("complete")}</p>
          ) : missing.length === 0 ? (
            <p className="text-ok">{t("mineComplete")}</p>
          ) : (
            <div data-in-place="">
              <RawHtml
                as="ul"
                className="list-disc space-y-1 ps-6 text-sm"
                data-testid="missing-list"
                content={html`${missing.map((m) => {
                  const title = localize(missingTitles.get(m.id), locale);
                  return html`<li><a href="${hrefOf(m)}" class="text-brand underline">${m.code}</a> ${title.lang === locale ? title.text : html`<span lang="${title.lang}">${title.text}</span>`}${m.dontKnow ? html`<span class="ms-2 rounded bg-amber-100 px-1 text-amber-900">${dontKnowTag}</span>` : null}</li>`;
                })}`}
              />
            </div>
          )}
        </section>
      )}

      {round.status !== "ARCHIVED" && carriedPending.length > 0 && (
        <section aria-labelledby="carried-h" className="space-y-2" data-testid="carried-section">
          <h2 id="carried-h" className="text-xl font-semibold">{t("carriedTitle", { count: carriedPending.length })}</h2>
          <p className="text-sm text-muted">{t("carriedHint")}</p>
          {/* The focal point finds the list in the submit form below; everyone else here. */}
          {!permissions.canSubmit && (
            <div data-in-place="">
              <RawHtml
                as="ul"
                className="flex flex-wrap gap-x-3 gap-y-1 text-sm"
                aria-labelledby="carried-h"
                data-testid="carried-list"
                content={codeLinkItems(carriedLinks)}
              />
            </div>
          )}
        </section>
      )}

      {permissions.canSubmit && (
        <SubmitRoundSection
          roundId={round.id}
          version={round.version}
          missing={progress.missing.map((m) => ({ code: m.code, href: hrefOf(m), title: localize(missingTitles.get(m.id), locale).text, dontKnow: m.dontKnow }))}
          carried={carriedLinks}
        />
      )}

      {permissions.canManage && (
        <section aria-labelledby="close-h" className="space-y-2 rounded-lg border border-line bg-white p-4">
          <h2 id="close-h" className="text-lg font-semibold">{answerRows === 0 && round.status === "DRAFT" ? tm("deleteTitle") : tm("cancelTitle")}</h2>
          <p className="text-sm text-muted">{answerRows === 0 && round.status === "DRAFT" ? tm("deleteIntro") : tm("cancelIntro")}</p>
          <Link href={`/rounds/${round.id}/cancel`} className="inline-block rounded border border-danger px-4 py-2 font-medium text-danger" data-testid="close-round">
            {answerRows === 0 && round.status === "DRAFT" ? tm("deleteLink") : tm("cancelLink")}
          </Link>
        </section>
      )}

      <RoundReviewLinks actor={actor} round={round} />
    </div>
  );
}
