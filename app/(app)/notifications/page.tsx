import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/session";
import { localize } from "@/lib/i18n/config";
import { listNotifications } from "@/lib/notifications/service";
import { pageLocale } from "@/lib/pages";
import { markAllReadAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

// The signed-in person's inbox: what happened to the rounds they work on, newest first.
export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const actor = await requirePageActor();
  const [items, t, format, locale, search] = await Promise.all([listNotifications(actor), getTranslations("notifications"), getFormatter(), pageLocale(), searchParams]);
  const unread = items.filter((i) => !i.read).length;
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      {search.done === "1" && (
        <p role="status" className="text-ok">
          {t("done")}
        </p>
      )}
      {items.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <>
          {unread > 0 && (
            <form action={markAllReadAction}>
              <button type="submit" className="rounded border border-brand px-3 py-1 text-sm font-medium text-brand" data-testid="mark-all-read">
                {t("markAllRead")}
              </button>
            </form>
          )}
          <ul className="divide-y divide-line rounded-lg border border-line bg-white" data-testid="inbox">
            {items.map((item) => (
              <li key={item.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 p-3" data-kind={item.kind} data-read={item.read}>
                {!item.read && <span className="rounded bg-brand px-1.5 text-xs font-semibold text-white">{t("unread")}</span>}
                <Link href={item.href} className={`text-brand underline ${item.read ? "" : "font-semibold"}`}>
                  {t(`item.${item.kind}`, { country: localize(item.countryName, locale).text, cycle: item.data.cycle ?? "", indicator: item.data.indicatorCode ?? "" })}
                </Link>
                <span className="text-sm text-muted">
                  {item.actorName ? `${t("by", { name: item.actorName })} · ` : ""}
                  <time dateTime={item.createdAt.toISOString()}>{format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
