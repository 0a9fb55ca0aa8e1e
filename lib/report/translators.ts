// The report's translators for a language chosen at download, from the catalogues themselves: the
// request's own locale (next-intl's, from the reader's cookie) may be another language.
import { createTranslator } from "use-intl";
import type { Locale } from "../i18n/config";
import type { ReportTranslators } from "./docx";

export async function reportTranslators(lang: Locale): Promise<ReportTranslators> {
  const messages = (await import(`../../messages/${lang}.json`)).default as Record<string, unknown>;
  const of = (namespace: string) => {
    const t = createTranslator({ locale: lang, messages, namespace: namespace as never, timeZone: "UTC" });
    return (key: string, values?: Record<string, string | number>) => (t as unknown as (k: string, v?: Record<string, string | number>) => string)(key, values);
  };
  return { report: of("report"), dashboard: of("dashboard"), status: of("status"), questionnaire: of("questionnaire") };
}
