import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { HistoryList } from "@/components/review/history-list";
import { StatusBadge } from "@/components/rounds/status-badge";
import { requirePageActor } from "@/lib/auth/session";
import { localize } from "@/lib/i18n/config";
import { loadOr404, pageLocale } from "@/lib/pages";
import { getRoundHistory } from "@/lib/review/history";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("history"))("title") };
}

export default async function HistoryPage({ params, searchParams }: { params: Promise<{ roundId: string }>; searchParams: Promise<{ answersBefore?: string | string[] }> }) {
  const actor = await requirePageActor();
  const [{ roundId }, query] = await Promise.all([params, searchParams]);
  const answersBefore = typeof query.answersBefore === "string" ? query.answersBefore : null;
  const history = await loadOr404(() => getRoundHistory(actor, roundId, { answersBefore }));
  const [t, format, locale] = await Promise.all([getTranslations("history"), getFormatter(), pageLocale()]);
  const { round, chain, items } = history;
  const shown = items.filter((i) => i.type === "answer").length;

  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="flex flex-wrap gap-4 text-sm">
        <Link href={`/rounds/${round.id}`} className="text-brand underline">
          {t("backToRound")}
        </Link>
        <Link href={`/rounds/${round.id}/review`} className="text-brand underline">
          {t("reviewLink")}
        </Link>
      </nav>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{t("heading", { country: localize(round.countryName, locale).text, cycle: round.cycle })}</h1>
        <StatusBadge status={round.status} />
      </div>
      <p className="text-muted">{t("intro")}</p>
      <p
        className={`rounded border p-3 font-medium ${chain.ok ? "border-ok bg-green-50 text-green-900" : "border-danger bg-red-50 text-danger"}`}
        data-testid="chain-status"
        data-ok={chain.ok ? "true" : "false"}
      >
        {chain.ok ? `✓ ${t("chainOk", { count: chain.checked })}` : `✗ ${t("chainBroken", { id: chain.firstBroken?.id ?? "?" })}`}
      </p>
      {history.answerChangesTotal > shown && (
        <p className="text-sm text-muted" data-testid="history-range">
          {t("range", { from: format.number(history.answerChangesNewer + 1), to: format.number(history.answerChangesNewer + shown), total: format.number(history.answerChangesTotal) })}
        </p>
      )}
      {items.length === 0 ? <p>{t("empty")}</p> : <HistoryList items={items} />}
      {(history.olderCursor || answersBefore) && (
        <nav aria-label={t("pages")} className="flex flex-wrap gap-4 text-sm">
          {answersBefore && (
            <Link href={`/rounds/${round.id}/history`} className="text-brand underline">
              {t("latest")}
            </Link>
          )}
          {history.olderCursor && (
            <Link href={`/rounds/${round.id}/history?answersBefore=${history.olderCursor}`} className="text-brand underline" data-testid="history-older">
              {t("older")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
