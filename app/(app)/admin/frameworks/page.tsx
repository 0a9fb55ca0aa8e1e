import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { FrameworkImportForm } from "@/components/admin/framework-import-form";
import { FrameworkStatusBadge } from "@/components/admin/framework-status-badge";
import { FocusedNotice } from "@/components/ui/focused-notice";
import { requirePageActor } from "@/lib/auth/session";
import { FRAMEWORK_DOCUMENT_MAX_BYTES } from "@/lib/frameworks/document";
import { listFrameworkVersions } from "@/lib/frameworks/service";
import { pickMessages } from "@/lib/i18n/pick";
import { loadOr404 } from "@/lib/pages";
import { importFrameworkAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.frameworks"))("list.title") };
}

type Props = { searchParams: Promise<{ deleted?: string | string[] }> };

export default async function FrameworksPage({ searchParams }: Props) {
  const actor = await requirePageActor();
  const versions = await loadOr404(() => listFrameworkVersions(actor));
  const [t, format, { deleted }] = await Promise.all([getTranslations("admin.frameworks"), getFormatter(), searchParams]);
  const deletedLabel = typeof deleted === "string" ? deleted : null;
  const date = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: "medium" }) : t("list.never"));
  const size = format.number(FRAMEWORK_DOCUMENT_MAX_BYTES / (1024 * 1024), { style: "unit", unit: "megabyte" });
  const cell = "border-b border-line px-3 py-2 text-start align-top";
  return (
    <div className="max-w-4xl space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("list.heading")}</h1>
        <p className="text-muted">{t("list.intro")}</p>
      </div>
      {deletedLabel && (
        <FocusedNotice testId="framework-deleted">{t("list.deleted", { label: deletedLabel })}</FocusedNotice>
      )}
      <div className="overflow-x-auto rounded-lg border border-line bg-white shadow-sm">
        <table className="w-full border-collapse text-sm" data-testid="frameworks-table">
          <caption className="sr-only">{t("list.caption", { count: versions.length })}</caption>
          <thead>
            <tr className="bg-surface">
              <th scope="col" className={cell}>{t("list.label")}</th>
              <th scope="col" className={cell}>{t("list.status")}</th>
              <th scope="col" className={cell}>{t("list.publishedAt")}</th>
              <th scope="col" className={cell}>{t("list.retiredAt")}</th>
              <th scope="col" className={cell}>{t("list.document")}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id} data-testid="framework-row" data-label={v.label}>
                <th scope="row" className={`${cell} font-mono font-normal`}>
                  <Link href={`/admin/frameworks/${v.id}`} className="text-brand underline-offset-4 hover:underline">
                    {v.label}
                  </Link>
                </th>
                <td className={cell}>
                  <FrameworkStatusBadge status={v.status} />
                </td>
                <td className={cell}>{date(v.publishedAt)}</td>
                <td className={cell}>{date(v.retiredAt)}</td>
                <td className={cell}>
                  <a href={`/api/v1/frameworks/${v.id}/document`} download className="text-brand underline-offset-4 hover:underline">
                    {t("list.download", { label: v.label })}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <NextIntlClientProvider messages={pickMessages(await getMessages(), ["admin"])}>
        <FrameworkImportForm maxBytes={FRAMEWORK_DOCUMENT_MAX_BYTES} sizeLabel={size} importDocument={importFrameworkAction} />
      </NextIntlClientProvider>
    </div>
  );
}
