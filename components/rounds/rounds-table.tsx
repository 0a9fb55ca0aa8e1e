import { getFormatter, getTranslations } from "next-intl/server";
import type { RoundSummary } from "@/lib/rounds/service";
import { rowText } from "@/lib/i18n/row-text";
import { StatusBadgeLabel } from "./status-badge";

export async function RoundsTable({ rounds, caption }: { rounds: RoundSummary[]; caption: string }) {
  const [t, ts] = await Promise.all([getTranslations("rounds"), getTranslations("status")]);
  const format = await getFormatter();
  if (rounds.length === 0) return <p className="text-muted">{t("none")}</p>;
  const progressText = rowText(t, "progressValue");
  return (
    // data-in-place: the rows' plain links navigate in place (components/layout/in-place-links.tsx).
    <div className="overflow-x-auto" data-in-place="">
      <table className="w-full border-collapse bg-white text-start text-sm" data-testid="rounds-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-line text-start">
            <th scope="col" className="p-2 text-start">{t("cycle")}</th>
            <th scope="col" className="p-2 text-start">{t("status")}</th>
            <th scope="col" className="p-2 text-start">{t("framework")}</th>
            <th scope="col" className="p-2 text-start">{t("progress")}</th>
            <th scope="col" className="p-2 text-start">{t("opened")}</th>
            <th scope="col" className="p-2 text-start">{t("submitted")}</th>
          </tr>
        </thead>
        <tbody>
          {rounds.map((r) => (
            <tr key={r.id} className="border-b border-line">
              <th scope="row" className="p-2 text-start font-medium">
                <a href={`/rounds/${r.id}`} className="text-brand underline">{r.cycle}</a>
              </th>
              <td className="p-2">
                <StatusBadgeLabel status={r.status} cancelled={r.cancelledAt !== null} label={ts} />
                {r.cancelReason && <p className="mt-1 text-xs text-muted" data-testid="cancel-reason">{t("cancelReason", { reason: r.cancelReason })}</p>}
              </td>
              <td className="p-2">{r.frameworkVersion}</td>
              <td className="p-2">
                {progressText({
                  answered: r.answeredCount,
                  total: r.indicatorCount,
                  percent: r.indicatorCount ? Math.round((100 * r.answeredCount) / r.indicatorCount) : 0,
                })}
              </td>
              <td className="p-2">{format.dateTime(r.openedAt, { dateStyle: "medium" })}</td>
              <td className="p-2">{r.submittedAt ? format.dateTime(r.submittedAt, { dateStyle: "medium" }) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
