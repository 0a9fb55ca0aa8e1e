// The report's translators for a language chosen at download: the request's own locale (next-intl's,
// from the reader's cookie) may be another language.
import { translatorIn } from "../i18n/catalogue";
import type { Locale } from "../i18n/config";
import type { ReportTranslators } from "./docx";

export async function reportTranslators(lang: Locale): Promise<ReportTranslators> {
  const [report, dashboard, status, questionnaire] = await Promise.all(["report", "dashboard", "status", "questionnaire"].map((ns) => translatorIn(lang, ns)));
  return { report, dashboard, status, questionnaire };
}
