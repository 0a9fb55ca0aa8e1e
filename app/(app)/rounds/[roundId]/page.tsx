import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/rounds/status-badge";
import { SubmitRoundForm } from "@/components/rounds/submit-round-form";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/session";
import { localize } from "@/lib/i18n/config";
import { pickMessages } from "@/lib/i18n/pick";
import { loadOr404, pageLocale } from "@/lib/pages";
import { getRoundOverview, roundPermissions } from "@/lib/rounds/service";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("round"))("title") };
}

export default async function RoundPage({ params }: { params: Promise<{ roundId: string }> }) {
  const actor = await requirePageActor();
  const { roundId } = await params;
  const { round, pillars, progress, missingTitles } = await loadOr404(() => getRoundOverview(actor, roundId));
  const t = await getTranslations("round");
  const locale = await pageLocale();
  const permissions = roundPermissions(actor, round);
  const country = localize(round.country.name, locale).text;
  const pillarName = new Map(pillars.map((p) => [p.code, localize(p.name, locale).text]));
  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href={`/countries/${round.country.iso2}`} className="text-brand underline">{country}</Link>
      </nav>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{t("heading", { country, cycle: round.cycle })}</h1>
        <StatusBadge status={round.status} />
      </div>
      <p className="text-muted">{t("summary", { framework: round.frameworkVersion.version, answered: progress.answered, total: progress.total, percent: progress.percent })}</p>

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
                  <td className="p-2">{p.target}</td>
                  <td className="p-2">{answerable ? t("canAnswer") : t("readOnly")}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="missing-h" className="space-y-2">
        <h2 id="missing-h" className="text-xl font-semibold">{t("missingTitle", { count: progress.missing.length })}</h2>
        {progress.missing.length === 0 ? (
          <p className="text-ok">{t("complete")}</p>
        ) : (
          <ul className="list-disc space-y-1 ps-6 text-sm" data-testid="missing-list">
            {progress.missing.map((m) => (
              <li key={m.id}>
                <Link href={`/rounds/${round.id}/pillars/${m.pillarCode}#${m.code}`} className="text-brand underline">
                  {m.code}
                </Link>{" "}
                {localize(missingTitles.get(m.id), locale).text}
                {m.dontKnow && <span className="ms-2 rounded bg-amber-100 px-1 text-amber-900">{t("dontKnowTag")}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      {permissions.canSubmit && (
        <NextIntlClientProvider messages={pickMessages(await getMessages(), ["round", "errors"])}>
          <SubmitRoundForm roundId={round.id} version={round.version} missing={progress.missing.length} />
        </NextIntlClientProvider>
      )}
      {!permissions.canSubmit && round.status !== "DRAFT" && round.status !== "CHANGES_REQUESTED" && (
        <p className="rounded border border-line bg-white p-3 text-sm" data-testid="read-only-note">{t("lockedNote")}</p>
      )}
    </div>
  );
}
