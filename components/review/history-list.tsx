import { getFormatter, getTranslations } from "next-intl/server";
import type { AnswerState, HistoryItem } from "@/lib/review/history";

type T = Awaited<ReturnType<typeof getTranslations<"history">>>;

function stateText(t: T, state: AnswerState | null): string {
  if (!state || state.kind === null) return t("state.none");
  return state.kind === "LEVEL" ? t("state.LEVEL", { level: state.level ?? 0 }) : t(`state.${state.kind}`);
}

/** What happened, in one sentence per item (and a second for a reason or a message). */
async function describe(item: HistoryItem, t: T, tr: Awaited<ReturnType<typeof getTranslations<"review">>>, ts: Awaited<ReturnType<typeof getTranslations<"status">>>) {
  switch (item.type) {
    case "status":
      return { main: item.from ? t("status", { from: ts(item.from), to: ts(item.to) }) : t("opened", { to: ts(item.to) }), extra: item.reason ? t("reason", { reason: item.reason }) : null };
    case "review":
      return { main: t("review", { outcome: tr(`send.${item.outcome}`) }), extra: item.summary ? t("summary", { summary: item.summary }) : null };
    case "comment":
      return { main: t(item.reply ? "reply" : "comment", { target: item.indicatorCode ?? t("onRound") }), extra: item.visibility === "INTERNAL" ? t("internal") : null };
    case "answer": {
      const code = item.indicatorCode ?? "?";
      return { main: item.before ? t("answer", { code, before: stateText(t, item.before), after: stateText(t, item.after) }) : t("answerFirst", { code, after: stateText(t, item.after) }), extra: null };
    }
  }
}

export async function HistoryList({ items }: { items: HistoryItem[] }) {
  const [t, tr, ts, format] = await Promise.all([getTranslations("history"), getTranslations("review"), getTranslations("status"), getFormatter()]);
  const rows = await Promise.all(items.map(async (item) => ({ item, text: await describe(item, t, tr, ts) })));
  return (
    <table className="w-full border-collapse bg-white text-sm" data-testid="history">
      <caption className="sr-only">{t("title")}</caption>
      <thead>
        <tr className="border-b border-line">
          <th scope="col" className="p-2 text-start">{t("when")}</th>
          <th scope="col" className="p-2 text-start">{t("who")}</th>
          <th scope="col" className="p-2 text-start">{t("what")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ item, text }) => (
          <tr key={`${item.type}-${item.id}`} className="border-b border-line align-top" data-testid={`history-${item.type}`}>
            <td className="whitespace-nowrap p-2">
              <time dateTime={item.at}>{format.dateTime(new Date(item.at), { dateStyle: "medium", timeStyle: "medium" })}</time>
            </td>
            <td className="p-2">
              {item.actorName ?? t("system")}
              {item.type === "answer" && item.viaApiToken && (
                <span className="block text-sm text-muted" data-testid="history-via-token">
                  {t("viaApiToken")}
                </span>
              )}
            </td>
            <td className="p-2">
              <p>{text.main}</p>
              {text.extra && <p className="text-muted">{text.extra}</p>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
