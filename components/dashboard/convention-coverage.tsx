// Convention coverage: for every article that indicators reference, whether the answers show it in
// place, partly or missing (lib/scoring), grouped by chapter, with the indicators behind each cell.
// Each status is text with its own icon shape; the colour only repeats it.
import { getTranslations } from "next-intl/server";
import type { DashboardData } from "@/lib/dashboard/types";
import type { CoverageStatus, IndicatorState } from "@/lib/scoring/types";
import { localize, type Locale } from "@/lib/i18n/config";
import { rowText } from "@/lib/i18n/row-text";
import { html, RawHtml, tableMarkup, type Markup } from "@/lib/html/markup";
import { formatScore } from "./format";

const TONE: Record<CoverageStatus, string> = {
  inPlace: "text-ok",
  partly: "text-amber-800",
  missing: "text-danger",
  notApplicable: "text-muted",
};

// Each status's icon, drawn once per page as a symbol and referenced by every row (<use>); its size
// and the label's layout come from the coverage-status class (app/globals.css). Each convention is
// built as text (lib/html/markup.ts): one element for React instead of a dozen per article, and the
// cells take their styles from the data-table class rather than repeating them (the page carries
// its markup twice, in its HTML and in its inline data).
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
const symbolId = (status: CoverageStatus) => `cov-${status}`;
const SPRITE = html`<defs>${STATUSES.map((status) => html`<symbol id="${symbolId(status)}" viewBox="0 0 16 16">${SYMBOLS[status]}</symbol>`)}</defs>`;
const ICONS = Object.fromEntries(STATUSES.map((status) => [status, html`<svg aria-hidden="true"><use href="#${symbolId(status)}"></use></svg>`])) as Record<CoverageStatus, Markup>;

export async function ConventionCoverageList({ data, locale }: { data: DashboardData; locale: Locale }) {
  const t = await getTranslations("dashboard");
  // A few distinct texts (five levels and three states) repeated for every indicator of every
  // article: each is formatted once per render, and so is each status's label.
  const texts = new Map<string, string>();
  const articleText = rowText(t, "articleTitle");
  const chapterText = rowText(t, "chapterHeading");
  const statusLabel = Object.fromEntries(STATUSES.map((s) => [s, html`<span class="coverage-status ${TONE[s]}" data-status="${s}">${ICONS[s]}${t(`coverageStatus.${s}`)}</span>`])) as Record<CoverageStatus, Markup>;
  const stateText = (state: IndicatorState, level: number | null) => {
    const key = `${state}|${level}`;
    let text = texts.get(key);
    if (text === undefined) {
      text = state === "level" && level !== null ? t("states.level", { level: formatScore(locale, level) }) : t(`states.${state === "level" ? "unanswered" : state}`);
      texts.set(key, text);
    }
    return text;
  };
  const columns = [{ label: t("articleCol"), className: "w-2/5" }, { label: t("status"), className: "w-44" }, t("indicators")];
  return (
    <div className="space-y-6">
      <RawHtml as="svg" width={0} height={0} className="absolute" aria-hidden focusable="false" content={SPRITE} />
      {data.coverage.map((convention) => (
        <section key={convention.convention} aria-labelledby={`conv-${convention.convention}`} className="space-y-3" data-testid={`coverage-${convention.convention}`}>
          <h3 id={`conv-${convention.convention}`} className="text-lg font-semibold">{t(`conventions.${convention.convention}`)}</h3>
          {convention.chapters.length === 0 ? (
            <p className="text-sm text-muted">{t("noCoverage")}</p>
          ) : (
            <RawHtml
              as="div"
              className="space-y-3"
              content={html`${convention.chapters.map((chapter) => {
                const name = t(`chapters.${convention.convention}.${chapter.chapter}` as "chapters.UNCC.1");
                const rows = chapter.articles.map((article) => {
                  const indicators = article.indicators.map((i) => html`<li><code>${i.code}</code> <span class="text-muted">(${stateText(i.state, i.level)})</span></li>`);
                  return html`<tr data-testid="article-${convention.convention}-${article.article}"><th scope="row">${articleText({ number: article.article, title: localize(article.title, locale).text })}</th><td>${statusLabel[article.status]}</td><td><ul class="inline-list">${indicators}</ul></td></tr>`;
                });
                return html`<div class="overflow-x-auto"><table class="data-table">${tableMarkup(chapterText({ number: chapter.chapter, name }), columns, rows)}</table></div>`;
              })}`}
            />
          )}
        </section>
      ))}
    </div>
  );
}
