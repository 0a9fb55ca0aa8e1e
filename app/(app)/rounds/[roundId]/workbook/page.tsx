// The offline questionnaire: download the round as a workbook, upload it filled in, preview and
// save (components/workbook/workbook-upload.tsx). For the country's team while the round is editable;
// lib/workbook/service.ts authorizes and applies the web form's rules.
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { WorkbookUpload } from "@/components/workbook/workbook-upload";
import { requirePageActor } from "@/lib/auth/session";
import { localize } from "@/lib/i18n/config";
import { pickMessages } from "@/lib/i18n/pick";
import { loadOr404, pageLocale } from "@/lib/pages";
import { getWorkbookPage } from "@/lib/workbook/service";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("workbook.page"))("title") };
}

export default async function WorkbookPage({ params }: { params: Promise<{ roundId: string }> }) {
  const actor = await requirePageActor();
  const { roundId } = await params;
  const round = await loadOr404(() => getWorkbookPage(actor, roundId));
  const [t, te] = await Promise.all([getTranslations("workbook.page"), getTranslations("errors")]);
  const locale = await pageLocale();
  const country = localize(round.countryName, locale).text;
  return (
    <div className="max-w-4xl space-y-6">
      <nav className="text-sm">
        <Link href={`/rounds/${round.id}`} className="text-brand underline">{t("backToRound")}</Link>
      </nav>
      <h1 className="text-2xl font-semibold">{t("title")}: {country}, {round.cycle}</h1>
      {round.editable ? (
        <>
          <p>{t("intro")}</p>
          <p>
            <a href={`/api/v1/rounds/${round.id}/workbook?lang=${locale}`} download className="text-brand underline" data-testid="workbook-download">{t("download")}</a>
            {round.respondent && <span className="block text-sm text-muted">{t("respondentNote")}</span>}
          </p>
          <section aria-labelledby="workbook-upload-h" className="space-y-3 rounded border border-line bg-white p-4">
            <h2 id="workbook-upload-h" className="text-xl font-semibold">{t("uploadTitle")}</h2>
            <NextIntlClientProvider messages={pickMessages(await getMessages(), ["workbook", "questionnaire", "validation"])}>
              <WorkbookUpload roundId={round.id} />
            </NextIntlClientProvider>
          </section>
        </>
      ) : (
        <p className="rounded border border-line bg-white p-3" data-testid="workbook-not-editable">{te("ROUND_NOT_EDITABLE")}</p>
      )}
    </div>
  );
}
