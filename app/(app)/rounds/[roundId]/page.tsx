import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { ExportLinks } from "@/components/export/export-links";
import { ReportLinks } from "@/components/report/report-links";
import { WorkbookLink } from "@/components/workbook/workbook-link";
import { RevisitList } from "@/components/review/revisit-list";
import { RoundReviewLinks } from "@/components/review/round-review-links";
import { StatusBadge } from "@/components/rounds/status-badge";
import { SubmitRoundForm } from "@/components/rounds/submit-round-form";
import { TargetsForm } from "@/components/rounds/targets-form";
import { ErrorAlert } from "@/components/ui/error-alert";
import { requirePageActor } from "@/lib/auth/session";
import { localize } from "@/lib/i18n/config";
import { pickMessages } from "@/lib/i18n/pick";
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
      <RevisitList actor={actor} roundId={round.id} locale={locale} />

      <section aria-labelledby="pillars-h" className="space-y-2">
        <h2 id="pillars-h" className="text-xl font-semibold">{t("pillars")}</h2>
        <table className="w-full border-collapse bg-white text-sm" data-testid="pillar-progress">
          <caption className="sr-only">{t("pillars")}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="p-2 text-start">{t("pillar")}</th>
              <th scope="col" className="p-2 text-start">{t("progress")}</th>
              <th scope="col" className="p-2 text-start">{t("dontKnow")}</th>
              <th scope="col" className="p-2 text-start">{t("target")}</th>
              <th scope="col" className="p-2 text-start">{t("yourPart")}</th>
            </tr>
          </thead>
          <tbody>
            {pillars.map((p) => {
              const pp = progress.pillars.find((x) => x.pillarCode === p.code);
              const answerable = permissions.canAnswerPillar(p.code);
              return (
                <tr key={p.code} className="border-b border-line">
                  <th scope="row" className="p-2 text-start">
                    <Link href={`/rounds/${round.id}/pillars/${p.code}`} className="text-brand underline">{pillarName.get(p.code)}</Link>
                  </th>
                  <td className="p-2">
                    <div className="flex items-center gap-2">
                      <div className="h-2 w-24 rounded bg-line" aria-hidden="true">
                        <div className="h-2 rounded bg-brand" style={{ width: `${pp?.percent ?? 0}%` }} />
                      </div>
                      <span>{t("progressValue", { answered: pp?.answered ?? 0, total: pp?.total ?? 0, percent: pp?.percent ?? 0 })}</span>
                    </div>
                  </td>
                  <td className="p-2">{pp?.dontKnow ?? 0}</td>
                  <td className="p-2" data-testid={`target-${p.code}`}>{p.target}</td>
                  <td className="p-2">{answerable ? t("canAnswer") : t("readOnly")}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
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
            <ul className="list-disc space-y-1 ps-6 text-sm" data-testid="missing-list">
              {missing.map((m) => (
                <li key={m.id}>
                  <Link href={hrefOf(m)} className="text-brand underline">{m.code}</Link> {localize(missingTitles.get(m.id), locale).text}
                  {m.dontKnow && <span className="ms-2 rounded bg-amber-100 px-1 text-amber-900">{t("dontKnowTag")}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {round.status !== "ARCHIVED" && carriedPending.length > 0 && (
        <section aria-labelledby="carried-h" className="space-y-2" data-testid="carried-section">
          <h2 id="carried-h" className="text-xl font-semibold">{t("carriedTitle", { count: carriedPending.length })}</h2>
          <p className="text-sm text-muted">{t("carriedHint")}</p>
          {/* The focal point finds the list in the submit form below; everyone else here. */}
          {!permissions.canSubmit && (
            <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm" aria-labelledby="carried-h" data-testid="carried-list">
              {carriedPending.map((c) => (
                <li key={c.id}>
                  <Link href={hrefOf(c)} className="text-brand underline" title={localize(missingTitles.get(c.id), locale).text}>{c.code}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {permissions.canSubmit && (
        <NextIntlClientProvider messages={pickMessages(await getMessages(), ["round"])}>
          <SubmitRoundForm
            roundId={round.id}
            version={round.version}
            missing={progress.missing.map((m) => ({ code: m.code, href: hrefOf(m), title: localize(missingTitles.get(m.id), locale).text, dontKnow: m.dontKnow }))}
            carried={carriedPending.map((c) => ({ code: c.code, href: hrefOf(c), title: localize(missingTitles.get(c.id), locale).text }))}
          />
        </NextIntlClientProvider>
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
