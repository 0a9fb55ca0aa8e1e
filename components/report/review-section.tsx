// The reviewer's published comments in the gap report: once the round is validated, the summaries
// of the sent reviews and the comment threads visible to the country (lib/report/service.ts keeps
// internal comments and drafts out, whoever asks).
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import type { ReportReview } from "@/lib/report/types";

export async function ReportReviewSection({ review, locale }: { review: ReportReview | null; locale: Locale }) {
  const t = await getTranslations("report");
  if (!review) return <p data-testid="review-not-validated">{t("review.notValidated")}</p>;
  const date = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(iso));
  const byline = (name: string | null, at: string) => t("review.byline", { name: name ?? t("review.someone"), date: date(at) });
  if (review.summaries.length === 0 && review.comments.length === 0) return <p>{t("review.none")}</p>;
  return (
    <div className="space-y-4">
      {review.summaries.length > 0 && (
        <div className="space-y-2">
          <h3 className="text-lg font-semibold">{t("review.summaries")}</h3>
          {review.summaries.map((s) => (
            <div key={s.sentAt} className="report-keep rounded border border-line p-2">
              <p className="text-sm font-semibold">
                {t(`review.outcomes.${s.outcome}` as "review.outcomes.VALIDATE")} · {byline(s.officerName, s.sentAt)}
              </p>
              <p className="whitespace-pre-line">{s.summary}</p>
            </div>
          ))}
        </div>
      )}
      {review.comments.length > 0 && (
        <div className="space-y-2">
          <h3 className="text-lg font-semibold">{t("review.comments")}</h3>
          {review.comments.map((c, i) => (
            <div key={i} className="report-keep rounded border border-line p-2" data-testid="report-comment">
              <p className="text-sm font-semibold">
                {c.indicatorCode ? t("review.onIndicator", { code: c.indicatorCode }) : t("review.onRound")} · {byline(c.authorName, c.createdAt)}
              </p>
              <p className="whitespace-pre-line">{c.body}</p>
              {c.replies.map((r, j) => (
                <div key={j} className="ms-4 mt-2 border-s-2 border-line ps-2">
                  <p className="text-sm font-semibold">
                    {t("review.reply")} · {byline(r.authorName, r.createdAt)}
                  </p>
                  <p className="whitespace-pre-line">{r.body}</p>
                </div>
              ))}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
