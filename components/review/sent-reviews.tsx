import { getFormatter, getTranslations } from "next-intl/server";
import type { RoundReview } from "@/lib/review/service";

/** The reviews sent on the round, newest first: outcome, who, when, and the message to the country. */
export async function SentReviews({ sent }: { sent: RoundReview["sent"] }) {
  const [t, format] = await Promise.all([getTranslations("review"), getFormatter()]);
  return (
    <section aria-labelledby="sent-h" className="space-y-2">
      <h2 id="sent-h" className="text-xl font-semibold">
        {t("sent.title")}
      </h2>
      {sent.length === 0 ? (
        <p className="text-muted">{t("sent.none")}</p>
      ) : (
        <ol className="space-y-2" data-testid="sent-reviews">
          {[...sent].reverse().map((r) => (
            <li key={r.id} className="rounded border border-line bg-white p-3">
              <p className="font-medium">
                {t("sent.by", { outcome: t(`send.${r.outcome}`), name: r.officerName ?? t("comment.unknownAuthor"), date: format.dateTime(new Date(r.sentAt), { dateStyle: "medium", timeStyle: "short" }) })}
              </p>
              {r.summary && <p className="whitespace-pre-wrap text-sm">{r.summary}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
