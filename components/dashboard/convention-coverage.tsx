// Convention coverage: for every article that indicators reference, whether the answers show it in
// place, partly or missing (lib/scoring), grouped by chapter, with the indicators behind each cell.
// Each status is text with its own icon shape; the colour only repeats it.
import { getTranslations } from "next-intl/server";
import type { DashboardData } from "@/lib/dashboard/types";
import type { CoverageStatus, IndicatorState } from "@/lib/scoring/types";
import { localize, type Locale } from "@/lib/i18n/config";
import { rowText } from "@/lib/i18n/row-text";
import { formatScore } from "./format";

const TONE: Record<CoverageStatus, string> = {
  inPlace: "text-ok",
  partly: "text-amber-800",
  missing: "text-danger",
  notApplicable: "text-muted",
};

function StatusIcon({ status }: { status: CoverageStatus }) {
  const common = { width: 16, height: 16, viewBox: "0 0 16 16", "aria-hidden": true, focusable: false, className: "shrink-0" } as const;
  switch (status) {
    case "inPlace": // a filled circle with a check
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M4.5 8.2 7 10.5l4.5-5" stroke="#fff" strokeWidth="2" fill="none" />
        </svg>
      );
    case "partly": // a half-filled circle
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6.5" stroke="currentColor" strokeWidth="1.5" fill="none" />
          <path d="M8 1.5a6.5 6.5 0 0 1 0 13Z" fill="currentColor" />
        </svg>
      );
    case "missing": // an empty circle with a cross
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6.5" stroke="currentColor" strokeWidth="1.5" fill="none" />
          <path d="m5.5 5.5 5 5m0-5-5 5" stroke="currentColor" strokeWidth="1.8" />
        </svg>
      );
    case "notApplicable": // a dash
      return (
        <svg {...common}>
          <path d="M3 8h10" stroke="currentColor" strokeWidth="2" strokeDasharray="2 2" />
        </svg>
      );
  }
}

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
                  <tbody>
                    {chapter.articles.map((article) => (
                      <tr key={article.article} className="border-b border-line" data-testid={`article-${convention.convention}-${article.article}`}>
                        <th scope="row" className="p-2 text-start font-semibold">
                          {articleText({ number: article.article, title: localize(article.title, locale).text })}
                        </th>
                        <td className="p-2">
                          <span className={`inline-flex items-center gap-1 font-medium ${TONE[article.status]}`} data-status={article.status}>
                            <StatusIcon status={article.status} />
                            {statusText[article.status]}
                          </span>
                        </td>
                        <td className="p-2">
                          <ul className="flex flex-wrap gap-x-3 gap-y-1">
                            {article.indicators.map((i) => (
                              <li key={i.code}>
                                <span className="font-mono">{i.code}</span> <span className="text-muted">({stateText(i.state, i.level)})</span>
                              </li>
                            ))}
                          </ul>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}
