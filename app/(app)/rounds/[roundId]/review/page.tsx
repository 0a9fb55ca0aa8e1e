import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { NextIntlClientProvider, type AbstractIntlMessages } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { CountryView } from "@/components/review/country-view";
import { ReviewerView } from "@/components/review/reviewer-view";
import { SentReviews } from "@/components/review/sent-reviews";
import { StatusBadge } from "@/components/rounds/status-badge";
import { requirePageActor } from "@/lib/auth/session";
import { localize } from "@/lib/i18n/config";
import { pickMessages } from "@/lib/i18n/pick";
import { loadOr404, pageLocale } from "@/lib/pages";
import { getRoundReview } from "@/lib/review/service";
import { getReviewSheet } from "@/lib/review/sheet";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("title") };
}

const OUTCOMES = ["REQUEST_CHANGES", "VALIDATE", "COMMENT"] as const;

export default async function ReviewPage({ params, searchParams }: { params: Promise<{ roundId: string }>; searchParams: Promise<{ sent?: string }> }) {
  const actor = await requirePageActor();
  const { roundId } = await params;
  const { sent } = await searchParams;
  // Both reads authorize: someone who may not see the country gets the 403 (or 404) page.
  const [sheet, review] = await loadOr404(() => Promise.all([getReviewSheet(actor, roundId), getRoundReview(actor, roundId)]));
  const [t, ts, locale] = await Promise.all([getTranslations("review"), getTranslations("status"), pageLocale()]);
  const country = localize(sheet.round.countryName, locale).text;
  // The country's team gets only what its reply boxes say: no officer-only wording crosses the wire.
  const messages = await getMessages();
  const reviewMessages = (messages.review ?? {}) as AbstractIntlMessages;
  const clientMessages = review.reviewer
    ? pickMessages(messages, ["review", "validation", "status"])
    : { ...pickMessages(messages, ["validation"]), review: { comment: pickMessages((reviewMessages.comment ?? {}) as AbstractIntlMessages, ["reply", "replyLabel", "replying"]), errors: reviewMessages.errors ?? {} } };
  const justSent = OUTCOMES.find((o) => o === sent && review.sent.at(-1)?.outcome === o);

  return (
    <NextIntlClientProvider messages={clientMessages}>
      <div className="space-y-6">
        <nav aria-label={t("breadcrumb")} className="flex flex-wrap gap-4 text-sm">
          <Link href={`/rounds/${sheet.round.id}`} className="text-brand underline">
            {t("backToRound")}
          </Link>
          <Link href={`/rounds/${sheet.round.id}/history`} className="text-brand underline" data-testid="history-link">
            {t("historyLink")}
          </Link>
        </nav>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">{t(review.reviewer ? "heading" : "countryHeading", { country, cycle: sheet.round.cycle })}</h1>
          <StatusBadge status={review.status} />
        </div>
        {justSent && (
          <div id="review-result" role="status" className="rounded border border-ok bg-green-50 p-3" data-testid="review-result">
            <p className="font-semibold">{t("send.sentTitle")}</p>
            <p>{t("send.sent", { outcome: t(`send.${justSent}`), status: ts(review.status) })}</p>
          </div>
        )}
        <SentReviews sent={review.sent} />
        {review.reviewer ? <ReviewerView sheet={sheet} review={review} locale={locale} userId={actor.userId} /> : <CountryView sheet={sheet} review={review} locale={locale} />}
      </div>
    </NextIntlClientProvider>
  );
}
