import { getTranslations } from "next-intl/server";
import { html, RawHtml, userLink } from "@/lib/html/markup";
import { localize, type Locale } from "@/lib/i18n/config";
import type { DecisionView, RoundReview } from "@/lib/review/service";
import type { SheetIndicator } from "@/lib/review/sheet";
import { CommentForm } from "./comment-form";
import { DecisionForm } from "./decision-form";
import { ThreadList } from "./thread-view";

type T = Awaited<ReturnType<typeof getTranslations<"review.indicator">>>;
type TReview = Awaited<ReturnType<typeof getTranslations<"review">>>;

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

/**
 * One indicator as the reviewer reads it: the country's answer and evidence, the verdict, the threads.
 * Synchronous, with the translations passed in: a round's review page shows every indicator (50 in
 * the demo framework), and an async component per indicator, each fetching its translations, cost
 * more than the indicator's own markup.
 */
export function IndicatorReview({
  roundId,
  indicator,
  decision,
  threads,
  canEdit,
  locale,
  t,
  tr,
}: {
  roundId: string;
  indicator: SheetIndicator;
  decision: DecisionView | undefined;
  threads: RoundReview["threads"];
  canEdit: boolean;
  locale: Locale;
  t: T;
  tr: TReview;
}) {
  const title = localize(indicator.title, locale);
  const { answer, code } = indicator;
  // The answer as markup (lib/html/markup.ts), one element for React instead of a dozen per
  // indicator; an evidence link is an anchor only for a web address (userLink).
  const evidence =
    answer && answer.evidence.length > 0
      ? html`<ul class="list-disc ps-5">${answer.evidence.map((e) => {
          if (e.kind === "LINK" && e.url) return html`<li>${userLink(e.url, e.title || e.url)}</li>`;
          return html`<li><a href="/api/v1/evidence/${e.id}" class="text-brand underline">${e.title || (e.fileName ? t("file", { name: e.fileName }) : t("untitled"))}</a></li>`;
        })}</ul>`
      : t("noEvidence");
  const naReason = answer?.kind === "NOT_APPLICABLE" && answer.notApplicableReason ? html`<span class="ms-2 text-muted">${t("naReason", { reason: answer.notApplicableReason })}</span>` : null;
  const facts = html`<dt class="font-medium">${t("selfAssessed")}</dt><dd data-testid="self-${code}">${selfAssessed(t, answer)}${naReason}</dd><dt class="font-medium">${t("justification")}</dt><dd class="whitespace-pre-wrap">${answer?.justification || t("noJustification")}</dd><dt class="font-medium">${t("evidence")}</dt><dd>${evidence}</dd>`;
  return (
    <article id={code} aria-labelledby={`${code}-h`} className="space-y-3 rounded-lg border border-line bg-white p-4" data-testid={`indicator-${code}`}>
      <h3 id={`${code}-h`} className="text-lg font-semibold">
        {code} <span lang={title.lang === locale ? undefined : title.lang}>{title.text}</span>
      </h3>
      <RawHtml as="dl" className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]" content={facts} />
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
      {threads.length > 0 && <ThreadList threads={threads} canReply canResolve label={tr("threads.onIndicator", { code })} />}
      {canEdit && <CommentForm roundId={roundId} indicatorId={indicator.id} idPrefix={code} />}
    </article>
  );
}
