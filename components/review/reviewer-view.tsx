import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/config";
import type { RoundReview } from "@/lib/review/service";
import type { ReviewSheet } from "@/lib/review/sheet";
import { AdminRoundActions } from "./admin-round-actions";
import { CommentForm } from "./comment-form";
import { IndicatorReview } from "./indicator-review";
import { SendReviewPanel } from "./send-review-panel";
import { StartReviewButton } from "./start-review-button";
import { ThreadList } from "./thread-view";

/** The officer's (or administrator's) side of the review page. */
export async function ReviewerView({ sheet, review, locale, userId }: { sheet: ReviewSheet; review: RoundReview; locale: Locale; userId: string }) {
  const [t, ti] = await Promise.all([getTranslations("review"), getTranslations("review.indicator")]);
  const { round } = sheet;
  const open = review.openReview;
  const canEdit = open?.mine === true && review.status === "IN_REVIEW";
  const canStart = open === null && (review.status === "SUBMITTED" || review.status === "IN_REVIEW");
  const decisions = new Map(review.decisions.map((d) => [d.indicatorId, d]));
  const threadsOf = (indicatorId: string | null) => review.threads.filter((th) => th.indicatorId === indicatorId);
  const counts = {
    accepted: review.decisions.filter((d) => d.decision === "ACCEPTED").length,
    needsChange: review.decisions.filter((d) => d.decision === "NEEDS_CHANGE").length,
    drafts: review.threads.filter((th) => th.draft && th.authorId === userId).length,
  };
  const roundThreads = threadsOf(null);

  return (
    <div className="space-y-6">
      {canEdit && <p className="text-muted">{t("intro")}</p>}
      {!open && !canStart && review.status !== "VALIDATED" && review.status !== "ARCHIVED" && review.sent.length === 0 && <p>{t("notSubmitted")}</p>}
      {canStart && (
        <section aria-labelledby="start-h" className="space-y-2 rounded-lg border border-brand bg-white p-4">
          <h2 id="start-h" className="text-lg font-semibold">
            {t("start.title")}
          </h2>
          <p className="text-sm">{t("start.intro")}</p>
          <StartReviewButton roundId={round.id} />
        </section>
      )}
      {open && !open.mine && <p className="rounded border border-line bg-white p-3">{t("otherReviewer", { name: sheet.openReviewerName ?? t("someone") })}</p>}

      <nav aria-label={t("pillarsNav")} className="flex flex-wrap gap-3 text-sm">
        {sheet.pillars.map((p) => (
          <a key={p.code} href={`#pillar-${p.code}`} className="text-brand underline">
            {localize(p.name, locale).text}
          </a>
        ))}
      </nav>

      {(canEdit || roundThreads.length > 0) && (
        <section aria-labelledby="round-comments-h" className="space-y-2">
          <h2 id="round-comments-h" className="text-xl font-semibold">
            {t("roundComments")}
          </h2>
          <ThreadList threads={roundThreads} canReply canResolve label={t("threads.onRound")} />
          {canEdit && <CommentForm roundId={round.id} indicatorId={null} idPrefix="round" />}
        </section>
      )}

      {sheet.pillars.map((p) => {
        const name = localize(p.name, locale);
        return (
          <section key={p.code} id={`pillar-${p.code}`} aria-labelledby={`pillar-${p.code}-h`} className="space-y-3">
            <h2 id={`pillar-${p.code}-h`} className="text-xl font-semibold">
              <span lang={name.lang === locale ? undefined : name.lang}>{name.text}</span>
            </h2>
            {p.indicators.map((i) => (
              <IndicatorReview key={i.id} roundId={round.id} indicator={i} decision={decisions.get(i.id)} threads={threadsOf(i.id)} canEdit={canEdit} locale={locale} t={ti} tr={t} />
            ))}
          </section>
        );
      })}

      {canEdit && <SendReviewPanel roundId={round.id} counts={counts} />}
      {sheet.isAdmin && round.status === "VALIDATED" && <AdminRoundActions roundId={round.id} />}
    </div>
  );
}
