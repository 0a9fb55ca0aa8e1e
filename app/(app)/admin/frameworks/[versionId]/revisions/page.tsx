import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/session";
import { getFrameworkRevisionsView } from "@/lib/frameworks/admin-view";
import type { TextChange } from "@/lib/frameworks/text-changes";
import { directionOf, LOCALE_NAMES } from "@/lib/i18n/config";
import { loadOr404 } from "@/lib/pages";

type Props = { params: Promise<{ versionId: string }> };

async function load({ params }: Props) {
  const actor = await requirePageActor();
  const { versionId } = await params;
  return loadOr404(() => getFrameworkRevisionsView(actor, versionId));
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [view, t] = await Promise.all([load(props), getTranslations("admin.frameworks")]);
  return { title: t("revisions.title", { label: view.label }) };
}

/** A version's text revisions, newest first: who, when, why, and each text before and after. */
export default async function FrameworkRevisionsPage(props: Props) {
  const view = await load(props);
  const [t, format] = await Promise.all([getTranslations("admin.frameworks"), getFormatter()]);
  const versionHref = `/admin/frameworks/${view.id}`;
  const cell = "border-b border-line px-3 py-2 text-start align-top";
  const where = (c: TextChange) => {
    const level = /^levels\.(\d+)$/.exec(c.field);
    const field = level ? t("revisions.fields.level", { level: Number(level[1]) }) : t.has(`revisions.fields.${c.field}`) ? t(`revisions.fields.${c.field}`) : c.field;
    return t(`revisions.targets.${c.target}`, { code: c.code, field });
  };
  return (
    <div className="max-w-5xl space-y-6">
      <p>
        <Link href={versionHref} className="text-brand underline-offset-4 hover:underline">
          {t("edit.back", { label: view.label })}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("revisions.heading", { label: view.label })}</h1>
      <p className="text-muted">{t("revisions.intro")}</p>
      {view.status === "PUBLISHED" && (
        <p>
          <Link href={`${versionHref}/edit`} className="text-brand underline underline-offset-4">
            {t("version.correctTexts")}
          </Link>
        </p>
      )}
      {view.revisions.length === 0 ? (
        <p data-testid="framework-revisions-empty">{t("revisions.empty")}</p>
      ) : (
        <ol className="space-y-6" data-testid="framework-revisions">
          {view.revisions.map((r) => (
            <li key={r.id} className="space-y-3 rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6" data-testid="framework-revision">
              <h2 className="text-lg font-semibold">
                {t("revisions.by", {
                  who: r.actor ? r.actor.name || r.actor.email : t("revisions.deletedAccount"),
                  when: format.dateTime(new Date(r.createdAt), { dateStyle: "medium", timeStyle: "short" }),
                })}
              </h2>
              <p>
                <span className="font-medium">{t("revisions.reason")}</span> <span data-testid="framework-revision-reason">{r.reason}</span>
              </p>
              <div className="overflow-x-auto">
                <table className="w-full border-collapse text-sm" data-testid="framework-revision-changes">
                  <caption className="sr-only">{t("revisions.caption", { count: r.changes.length })}</caption>
                  <thead>
                    <tr className="bg-surface">
                      <th scope="col" className={cell}>{t("revisions.where")}</th>
                      <th scope="col" className={cell}>{t("revisions.language")}</th>
                      <th scope="col" className={cell}>{t("revisions.before")}</th>
                      <th scope="col" className={cell}>{t("revisions.after")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.changes.map((c, i) => (
                      <tr key={i} data-testid="framework-revision-change">
                        <th scope="row" className={`${cell} font-normal`}>
                          {where(c)}
                        </th>
                        <td className={cell}>
                          <span lang={c.language}>{LOCALE_NAMES[c.language]}</span>
                        </td>
                        <td className={cell} lang={c.language} dir={directionOf(c.language)}>
                          {c.before}
                        </td>
                        <td className={cell} lang={c.language} dir={directionOf(c.language)}>
                          {c.after}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
