import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { PillarQuestionnaire } from "@/components/questionnaire/pillar-questionnaire";
import { RevisitList } from "@/components/review/revisit-list";
import type { QuestionnaireIndicator } from "@/components/questionnaire/types";
import { PillarIndex, PillarPager, stateOf } from "@/components/questionnaire/pillar-index";
import { StatusBadge } from "@/components/rounds/status-badge";
import { requirePageActor } from "@/lib/auth/session";
import { localize } from "@/lib/i18n/config";
import { pickMessages } from "@/lib/i18n/pick";
import { loadOr404, pageLocale } from "@/lib/pages";
import { getPillarQuestionnaire, roundPermissions } from "@/lib/rounds/service";
import { readerOf, statusMessageKey } from "@/lib/rounds/status-message";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("questionnaire"))("title") };
}

const evidenceView = (e: { id: string; kind: "LINK" | "FILE"; title: string | null; url: string | null; file: { fileName: string; sizeBytes: number } | null }) => ({
  id: e.id,
  kind: e.kind,
  title: e.title,
  url: e.url,
  fileName: e.file?.fileName ?? null,
  sizeBytes: e.file?.sizeBytes ?? null,
});

export default async function PillarPage({ params }: { params: Promise<{ roundId: string; code: string }> }) {
  const actor = await requirePageActor();
  const { roundId, code } = await params;
  const { round, pillar, target, pillars, services } = await loadOr404(() => getPillarQuestionnaire(actor, roundId, code));
  const t = await getTranslations("questionnaire");
  const tStatus = await getTranslations("roundStatus");
  const locale = await pageLocale();
  const permissions = roundPermissions(actor, round);
  const canEdit = permissions.canAnswerPillar(pillar.code);
  const statusKey = statusMessageKey({ status: round.status, reader: readerOf(actor, round.country), cancelled: round.cancelledAt !== null, place: "pillar", canEditPillar: canEdit });
  // A respondent is told whether the pillar is theirs; a focal point answers all and others none.
  const mine = permissions.ownPillarCodes === null || readerOf(actor, round.country) !== "respondent" ? null : permissions.ownPillarCodes.includes(pillar.code);
  const position = pillars.findIndex((p) => p.code === pillar.code);
  const linkTo = (p: (typeof pillars)[number] | undefined) => (p ? { href: `/rounds/${round.id}/pillars/${p.code}`, name: localize(p.name, locale).text } : null);
  const text = (value: unknown) => localize(value, locale);

  // Texts are resolved here, in the reader's language: the browser receives only what it shows.
  const indicators: QuestionnaireIndicator[] = pillar.indicators.map((i) => {
    const answer = i.answers[0];
    const question = text(i.question);
    return {
      id: i.id,
      code: i.code,
      weight: i.weight,
      title: text(i.title).text,
      question: question.text,
      guidance: text(i.guidance).text,
      evidenceGuidance: text(i.evidenceGuidance).text,
      levels: (Array.isArray(i.levels) ? i.levels : []).map((l) => text(l).text),
      textLang: question.lang === locale ? null : question.lang,
      articles: i.articles.map((a) => ({ convention: a.convention, number: a.number, title: text(a.article.title).text })),
      answer: answer
        ? {
            kind: answer.kind,
            level: answer.level,
            notApplicableReason: answer.notApplicableReason,
            justification: answer.justification,
            targetOverride: answer.targetOverride,
            version: answer.version,
            updatedAt: answer.updatedAt.toISOString(),
            updatedBy: answer.updatedBy?.name ?? null,
            carryPending: answer.carryPending,
          }
        : null,
      evidence: (answer?.evidence ?? []).map(evidenceView),
      carriedFrom: answer?.carriedFrom ? { cycle: answer.carriedFrom.round.cycle, evidence: answer.carriedFrom.evidence.map(evidenceView) } : null,
      services: (services.get(i.code) ?? []).map((s) => text(s.name).text),
    };
  });
  const country = text(round.country.name).text;
  return (
    <div className="space-y-4">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href={`/rounds/${round.id}`} className="text-brand underline">{t("backToRound", { country, cycle: round.cycle })}</Link>
      </nav>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{text(pillar.name).text}</h1>
        <StatusBadge status={round.status} cancelled={round.cancelledAt !== null} />
      </div>
      <p className="text-muted" lang={text(pillar.description).lang === locale ? undefined : "en"}>{text(pillar.description).text}</p>
      {statusKey && (
        <p className="rounded border border-line bg-white p-3 text-sm" data-testid="read-only-note">
          {tStatus(statusKey, { reason: round.cancelReason ?? "" })}
        </p>
      )}
      <RevisitList actor={actor} round={round} locale={locale} pillarCode={pillar.code} />
      <PillarPager previous={linkTo(pillars[position - 1])} next={linkTo(pillars[position + 1])} />
      <PillarIndex mine={mine} entries={indicators.map((i) => ({ code: i.code, title: i.title, state: stateOf(i.answer?.kind) }))} />
      <NextIntlClientProvider messages={pickMessages(await getMessages(), ["questionnaire", "validation"])}>
        <PillarQuestionnaire roundId={round.id} indicators={indicators} pillarTarget={target} canEdit={canEdit} />
      </NextIntlClientProvider>
      <PillarPager previous={linkTo(pillars[position - 1])} next={linkTo(pillars[position + 1])} landmark={false} />
    </div>
  );
}
