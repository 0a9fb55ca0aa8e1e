import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/config";
import type { RoundReview } from "@/lib/review/service";
import type { ReviewSheet } from "@/lib/review/sheet";
import { selfAssessed } from "./indicator-review";
import { ThreadView } from "./thread-view";

/**
 * The country team's side: the published reviews, what to revisit (links into the questionnaire),
 * the validated levels with their reasons, and the threads meant for the country, to answer.
 * `review` comes from getRoundReview, which never gives the country an internal comment or a draft.
 */
export async function CountryView({ sheet, review, locale }: { sheet: ReviewSheet; review: RoundReview; locale: Locale }) {
  const t = await getTranslations("review");
  const ti = await getTranslations("review.indicator");
  const indicators = new Map(sheet.pillars.flatMap((p) => p.indicators.map((i) => [i.id, { ...i, pillarCode: p.code }] as const)));
  const validated = review.decisions.filter((d) => d.validatedLevel !== null);
  const href = (i: { pillarCode: string; code: string }) => `/rounds/${sheet.round.id}/pillars/${i.pillarCode}#${i.code}`;

  return (
    <div className="space-y-6">
      <section aria-labelledby="revisit-h" className="space-y-2">
        <h2 id="revisit-h" className="text-xl font-semibold">
          {t("revisit.title")}
        </h2>
        {review.revisit.length === 0 ? (
          <p className="text-muted">{t("revisit.none")}</p>
        ) : (
          <>
            <p className="text-sm text-muted">{t("revisit.intro")}</p>
            <ul className="list-disc space-y-1 ps-6" data-testid="revisit-list" data-in-place="">
              {review.revisit.flatMap((id) => {
                const i = indicators.get(id);
                if (!i) return [];
                const title = localize(i.title, locale);
                return [
                  <li key={id}>
                    <a href={href(i)} className="text-brand underline">
                      {i.code}
                    </a>{" "}
                    <span lang={title.lang === locale ? undefined : title.lang}>{title.text}</span>
                  </li>,
                ];
              })}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="validated-h" className="space-y-2">
        <h2 id="validated-h" className="text-xl font-semibold">
          {t("validated.title")}
        </h2>
        {validated.length === 0 ? (
          <p className="text-muted">{t("validated.none")}</p>
        ) : (
          <ul className="space-y-2" data-testid="validated-list">
            {validated.map((d) => {
              const i = indicators.get(d.indicatorId);
              if (!i) return null;
              return (
                <li key={d.indicatorId} className="rounded border border-line bg-white p-3">
                  <p className="font-medium">{t("validated.row", { code: i.code, self: selfAssessed(ti, i.answer), level: d.validatedLevel ?? 0 })}</p>
                  <p className="text-sm">{t("validated.reason", { reason: d.validatedReason ?? "" })}</p>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="threads-h" className="space-y-2">
        <h2 id="threads-h" className="text-xl font-semibold">
          {t("threads.title")}
        </h2>
        {review.threads.length === 0 ? (
          <p className="text-muted">{t("comment.none")}</p>
        ) : (
          <ul className="space-y-3" aria-labelledby="threads-h" data-in-place="">
            {review.threads.map((thread) => {
              const i = thread.indicatorId ? indicators.get(thread.indicatorId) : undefined;
              return (
                <li key={thread.id} className="space-y-1">
                  <p className="text-sm font-medium">
                    {i ? (
                      <a href={href(i)} className="text-brand underline">
                        {t("threads.onIndicator", { code: i.code })}
                      </a>
                    ) : (
                      t("threads.onRound")
                    )}
                  </p>
                  <ul>
                    <ThreadView thread={thread} canReply canResolve={false} />
                  </ul>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
