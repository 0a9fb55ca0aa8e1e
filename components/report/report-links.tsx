// Download the round's gap report (PDF or DOCX) in a language chosen here, the reader's by default.
// A plain GET form: it works without JavaScript, and the file arrives as a download.
import { getTranslations } from "next-intl/server";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/config";

export async function ReportLinks({ roundId, locale }: { roundId: string; locale: Locale }) {
  const t = await getTranslations("report.links");
  return (
    <section aria-labelledby="report-links-h" className="space-y-2 rounded-lg border border-line bg-white p-4" data-testid="report-links">
      <h2 id="report-links-h" className="text-lg font-semibold">{t("title")}</h2>
      <p className="text-sm text-muted">{t("intro")}</p>
      <form method="get" action={`/api/v1/rounds/${roundId}/export`} className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-sm">
          <span className="font-medium">{t("language")}</span>
          <select name="lang" defaultValue={locale} className="rounded border border-line bg-white px-2 py-1" data-testid="report-lang">
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" name="format" value="pdf" className="rounded bg-brand px-3 py-1.5 text-sm font-medium text-white" data-testid="report-pdf">
          {t("pdf")}
        </button>
        <button type="submit" name="format" value="docx" className="rounded border border-brand px-3 py-1.5 text-sm font-medium text-brand" data-testid="report-docx">
          {t("docx")}
        </button>
      </form>
    </section>
  );
}
