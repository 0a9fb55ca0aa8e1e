// Convention coverage: for every article that indicators reference, whether the answers show it in
// place, partly or missing (lib/scoring), grouped by chapter, with the indicators behind each cell.
// Each status is text with its own icon shape; the colour only repeats it.
import { getTranslations } from "next-intl/server";
import type { DashboardData } from "@/lib/dashboard/types";
import type { CoverageStatus, IndicatorState } from "@/lib/scoring/types";
import { localize, type Locale } from "@/lib/i18n/config";
import { rowText } from "@/lib/i18n/row-text";
import { html, RawHtml, type Markup } from "@/lib/html/markup";
import { formatScore } from "./format";

const TONE: Record<CoverageStatus, string> = {
  inPlace: "text-ok",
  partly: "text-amber-800",
  missing: "text-danger",
  notApplicable: "text-muted",
};

// Each status's icon, drawn once per page as a symbol and referenced by every row (<use>): the rows
// are built as text (lib/html/markup.ts), one element for React per table instead of a dozen per
// article, and an article's icon is a reference, not its whole drawing (it also crosses the wire a
// second time in the page's inline data).
const SYMBOLS: Record<CoverageStatus, Markup> = {
  // a filled circle with a check
  inPlace: html`<circle cx="8" cy="8" r="7" fill="currentColor"></circle><path d="M4.5 8.2 7 10.5l4.5-5" stroke="#fff" stroke-width="2" fill="none"></path>`,
  // a half-filled circle
  partly: html`<circle cx="8" cy="8" r="6.5" stroke="currentColor" stroke-width="1.5" fill="none"></circle><path d="M8 1.5a6.5 6.5 0 0 1 0 13Z" fill="currentColor"></path>`,
  // an empty circle with a cross
  missing: html`<circle cx="8" cy="8" r="6.5" stroke="currentColor" stroke-width="1.5" fill="none"></circle><path d="m5.5 5.5 5 5m0-5-5 5" stroke="currentColor" stroke-width="1.8"></path>`,
  // a dash
  notApplicable: html`<path d="M3 8h10" stroke="currentColor" stroke-width="2" stroke-dasharray="2 2"></path>`,
};
const STATUSES = Object.keys(SYMBOLS) as CoverageStatus[];
const symbolId = (status: CoverageStatus) => `coverage-icon-${status}`;
const SPRITE = html`<defs>${STATUSES.map((status) => html`<symbol id="${symbolId(status)}" viewBox="0 0 16 16">${SYMBOLS[status]}</symbol>`)}</defs>`;
const ICONS = Object.fromEntries(
  STATUSES.map((status) => [status, html`<svg width="16" height="16" aria-hidden="true" focusable="false" class="shrink-0"><use href="#${symbolId(status)}"></use></svg>`]),
) as Record<CoverageStatus, Markup>;

export async function ConventionCoverageList({ data, locale }: { data: DashboardData; locale: Locale }) {
  const t = await getTranslations("dashboard");
  // A few distinct texts (five levels and three states) repeated for every indicator of every
  // article: each is formatted once per render.
  const texts = new Map<string, string>();
  const articleText = rowText(t, "articleTitle");
  const statusText = Object.fromEntries((["inPlace", "partly", "missing", "notApplicable"] as const).map((s) => [s, t(`coverageStatus.${s}`)])) as Record<CoverageStatus, string>;
  const stateText = (state: IndicatorState, level: number | null) => {
    const key = `${state}|${level}`;
    let text = texts.get(key);
    if (text === undefined) {
      text = state === "level" && level !== null ? t("states.level", { level: formatScore(locale, level) }) : t(`states.${state === "level" ? "unanswered" : state}`);
      texts.set(key, text);
    }
    return text;
  };
  return (
    <div className="space-y-6">
      <RawHtml as="svg" width={0} height={0} className="absolute" aria-hidden focusable="false" content={SPRITE} />
      {data.coverage.map((convention) => (
        <section key={convention.convention} aria-labelledby={`conv-${convention.convention}`} className="space-y-3" data-testid={`coverage-${convention.convention}`}>
          <h3 id={`conv-${convention.convention}`} className="text-lg font-semibold">{t(`conventions.${convention.convention}`)}</h3>
          {convention.chapters.length === 0 && <p className="text-sm text-muted">{t("noCoverage")}</p>}
          {convention.chapters.map((chapter) => {
            const chapterName = t(`chapters.${convention.convention}.${chapter.chapter}` as "chapters.UNCC.1");
            return (
              <div key={chapter.chapter} className="overflow-x-auto">
                <table className="w-full border-collapse bg-white text-sm">
                  <caption className="p-2 text-start font-semibold">{t("chapterHeading", { number: chapter.chapter, name: chapterName })}</caption>
                  <thead>
                    <tr className="border-b border-line">
                      <th scope="col" className="w-2/5 p-2 text-start font-semibold">{t("articleCol")}</th>
                      <th scope="col" className="w-44 p-2 text-start font-semibold">{t("status")}</th>
                      <th scope="col" className="p-2 text-start font-semibold">{t("indicators")}</th>
                    </tr>
                  </thead>
                  <RawHtml
                    as="tbody"
                    content={html`${chapter.articles.map(
                      (article) =>
                        html`<tr class="border-b border-line" data-testid="article-${convention.convention}-${article.article}"><th scope="row" class="p-2 text-start font-semibold">${articleText({ number: article.article, title: localize(article.title, locale).text })}</th><td class="p-2"><span class="inline-flex items-center gap-1 font-medium ${TONE[article.status]}" data-status="${article.status}">${ICONS[article.status]}${statusText[article.status]}</span></td><td class="p-2"><ul class="flex flex-wrap gap-x-3 gap-y-1">${article.indicators.map((i) => html`<li><span class="font-mono">${i.code}</span> <span class="text-muted">(${stateText(i.state, i.level)})</span></li>`)}</ul></td></tr>`,
                    )}`}
                  />
                </table>
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}
