import { getTranslations } from "next-intl/server";
import { localize, type Locale } from "@/lib/i18n/config";
import type { DecisionView, RoundReview } from "@/lib/review/service";
import type { SheetIndicator } from "@/lib/review/sheet";
import { CommentForm } from "./comment-form";
import { DecisionForm } from "./decision-form";
import { ThreadList } from "./thread-view";

type T = Awaited<ReturnType<typeof getTranslations<"review.indicator">>>;

export function selfAssessed(t: T, answer: SheetIndicator["answer"]): string {
  if (!answer || answer.kind === null) return t("unanswered");
  if (answer.kind === "LEVEL") return t("level", { level: answer.level ?? 0 });
  return answer.kind === "NOT_APPLICABLE" ? t("notApplicable") : t("dontKnow");
}

export function StaleBadge({ t, code }: { t: T; code: string }) {
  return (
    <span className="inline-block rounded border border-amber-700 bg-amber-50 px-2 py-0.5 text-sm font-semibold text-amber-900" data-testid={`stale-${code}`}>
      ⚠ {t("stale")}
    </span>
  );
}

/** One indicator as the reviewer reads it: the country's answer and evidence, the verdict, the threads. */
export async function IndicatorReview({
  roundId,
  indicator,
  decision,
  threads,
  canEdit,
  locale,
}: {
  roundId: string;
  indicator: SheetIndicator;
  decision: DecisionView | undefined;
  threads: RoundReview["threads"];
  canEdit: boolean;
  locale: Locale;
}) {
  const t = await getTranslations("review.indicator");
  const tr = await getTranslations("review");
  const title = localize(indicator.title, locale);
  const { answer, code } = indicator;
  return (
    <article id={code} aria-labelledby={`${code}-h`} className="space-y-3 rounded-lg border border-line bg-white p-4" data-testid={`indicator-${code}`}>
      <h3 id={`${code}-h`} className="text-lg font-semibold">
        {code} <span lang={title.lang === locale ? undefined : title.lang}>{title.text}</span>
      </h3>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{t("selfAssessed")}</dt>
        <dd data-testid={`self-${code}`}>
          {selfAssessed(t, answer)}
          {answer?.kind === "NOT_APPLICABLE" && answer.notApplicableReason && <span className="ms-2 text-muted">{t("naReason", { reason: answer.notApplicableReason })}</span>}
        </dd>
        <dt className="font-medium">{t("justification")}</dt>
        <dd className="whitespace-pre-wrap">{answer?.justification || t("noJustification")}</dd>
        <dt className="font-medium">{t("evidence")}</dt>
        <dd>
          {answer && answer.evidence.length > 0 ? (
            <ul className="list-disc ps-5">
              {answer.evidence.map((e) => (
                <li key={e.id}>
                  {e.kind === "LINK" && e.url ? (
                    <a href={e.url} rel="noopener noreferrer" className="text-brand underline">
                      {e.title || e.url}
                    </a>
                  ) : (
                    <a href={`/api/v1/evidence/${e.id}`} className="text-brand underline">
                      {e.title || (e.fileName ? t("file", { name: e.fileName }) : t("untitled"))}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            t("noEvidence")
          )}
        </dd>
      </dl>
      {decision?.stale && <StaleBadge t={t} code={code} />}
      {canEdit ? (
        <DecisionForm
          roundId={roundId}
          indicatorId={indicator.id}
          code={code}
          stale={decision?.stale ?? false}
          initial={{ decision: decision?.decision ?? null, validatedLevel: decision?.validatedLevel ?? null, validatedReason: decision?.validatedReason ?? null }}
        />
      ) : (
        <p className="text-sm" data-testid={`decision-state-${code}`}>
          <span className="font-medium">{t("decision")}: </span>
          {decision?.decision === "ACCEPTED" ? t("accepted") : decision?.decision === "NEEDS_CHANGE" ? t("needsChangeState") : t("undecided")}
          {decision?.validatedLevel != null && (
            <span className="ms-2">
              {t("validatedLevelValue", { level: decision.validatedLevel })} ({decision.validatedReason})
            </span>
          )}
        </p>
      )}
      <ThreadList threads={threads} canReply canResolve label={tr("threads.onIndicator", { code })} />
      {canEdit && <CommentForm roundId={roundId} indicatorId={indicator.id} idPrefix={code} />}
    </article>
  );
}
