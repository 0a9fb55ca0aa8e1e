import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { FrameworkDiffView } from "@/components/admin/framework-diff";
import { FrameworkStatusBadge } from "@/components/admin/framework-status-badge";
import { FrameworkVersionActions } from "@/components/admin/framework-version-actions";
import { FocusedNotice } from "@/components/ui/focused-notice";
import { requirePageActor } from "@/lib/auth/session";
import { getFrameworkVersionDetail } from "@/lib/frameworks/admin-view";
import { pickMessages } from "@/lib/i18n/pick";
import { loadOr404, pageLocale } from "@/lib/pages";
import { deleteFrameworkDraftAction, publishFrameworkAction } from "../actions";

type Props = { params: Promise<{ versionId: string }>; searchParams?: Promise<{ published?: string | string[]; retired?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requirePageActor();
  const { versionId } = await params;
  const [version, t] = await Promise.all([loadOr404(async () => getFrameworkVersionDetail(actor, versionId, await pageLocale())), getTranslations("admin.frameworks")]);
  return { title: t("version.title", { label: version.label }) };
}

export default async function FrameworkVersionPage({ params, searchParams }: Props) {
  const actor = await requirePageActor();
  const { versionId } = await params;
  const locale = await pageLocale();
  const version = await loadOr404(() => getFrameworkVersionDetail(actor, versionId, locale));
  const [t, format] = await Promise.all([getTranslations("admin.frameworks"), getFormatter()]);
  const date = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" }) : t("list.never"));
  const isDraft = version.status === "DRAFT";
  // Just published (the actions component came back here): say so, naming the version it retired.
  const query = (await searchParams) ?? {};
  const justPublished = version.status === "PUBLISHED" && query.published === "1";
  const retired = typeof query.retired === "string" && query.retired !== "" ? query.retired : null;
  const rows: [string, React.ReactNode][] = [
    [t("version.label"), <span key="l" className="font-mono">{version.label}</span>],
    [t("version.status"), <FrameworkStatusBadge key="s" status={version.status} />],
    [t("version.name"), <span key="n" lang={version.name.lang}>{version.name.text}</span>],
    [t("version.pillars"), format.number(version.pillarCount)],
    [t("version.indicators"), format.number(version.indicatorCount)],
    [t("version.createdAt"), date(version.createdAt)],
    [t("version.publishedAt"), date(version.publishedAt)],
    [t("version.retiredAt"), date(version.retiredAt)],
  ];
  return (
    <div className="max-w-4xl space-y-6">
      <p>
        <Link href="/admin/frameworks" className="text-brand underline-offset-4 hover:underline">
          {t("version.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("version.heading", { label: version.label })}</h1>
      {justPublished && (
        <FocusedNotice testId="framework-published">
          {retired ? t("version.publishedRetired", { label: version.label, retired }) : t("version.published", { label: version.label })}
        </FocusedNotice>
      )}
      <section aria-labelledby="framework-summary-heading" className="space-y-3 rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6">
        <h2 id="framework-summary-heading" className="text-xl font-semibold">
          {t("version.summary")}
        </h2>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]" data-testid="framework-summary">
          {rows.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="font-medium">{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <ul className="flex flex-wrap gap-x-6 gap-y-2" data-testid="framework-version-links">
          <li>
            <a href={`/api/v1/frameworks/${version.id}/document`} download className="text-brand underline-offset-4 hover:underline">
              {t("version.download")}
            </a>
          </li>
          {/* A draft is edited whole; the published version's wording is corrected by a text revision. */}
          {(isDraft || version.status === "PUBLISHED") && (
            <li>
              <Link href={`/admin/frameworks/${version.id}/edit`} className="text-brand underline-offset-4 hover:underline">
                {isDraft ? t("version.edit") : t("version.correctTexts")}
              </Link>
            </li>
          )}
          {!isDraft && (
            <li>
              <Link href={`/admin/frameworks/${version.id}/revisions`} className="text-brand underline-offset-4 hover:underline">
                {t("version.revisions")}
              </Link>
            </li>
          )}
        </ul>
      </section>
      {isDraft && version.published && version.diff && <FrameworkDiffView diff={version.diff} base={version.published.label} />}
      {isDraft && !version.published && <p>{t("diff.noPublished")}</p>}
      {isDraft && (
        <NextIntlClientProvider messages={pickMessages(await getMessages(), ["admin"])}>
          <FrameworkVersionActions
            versionId={version.id}
            label={version.label}
            current={version.published?.label ?? null}
            publish={publishFrameworkAction.bind(null, version.id)}
            remove={deleteFrameworkDraftAction.bind(null, version.id)}
          />
        </NextIntlClientProvider>
      )}
    </div>
  );
}
