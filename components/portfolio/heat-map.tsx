// The heat map: countries x pillars, each cell coloured by the latest score AND printing it, so it is
// an ordinary accessible table. Column headers are sort links (aria-sort on the sorted one); each row
// has a checkbox of the comparison form (GET, works without JavaScript), the latest round's cycle and
// status, and a link to that round's dashboard. The rows' links
// are plain anchors (a full page load): an administrator's heat map has 193 rows, and a client Link
// component per row cost more to render and hydrate than the row itself. The rows themselves are
// built as escaped markup (lib/html/markup.ts): one element for React rather than a dozen per row,
// which cut the page's server CPU by about 40%.
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { statusBadgeMarkup } from "@/components/rounds/status-badge";
import { attr, html, RawHtml } from "@/lib/html/markup";
import type { Locale } from "@/lib/i18n/config";
import { HEAT_CLASSES, heatBand } from "@/lib/portfolio/heat-scale";
import { COMPARE_MAX } from "@/lib/portfolio/schemas";
import type { PortfolioCountry } from "@/lib/portfolio/service";
import { nextOrder } from "@/lib/portfolio/sort";
import { formatCount, formatScore } from "./format";
import { rowText } from "@/lib/i18n/row-text";
import { portfolioHref, type PortfolioView } from "@/lib/portfolio/href";

export interface HeatMapRow extends PortfolioCountry {
  label: string;
  labelLang: Locale;
}

/**
 * `rows`: the countries of this page (lib/portfolio/schemas.ts heatMapPage); `ticked`: the boxes to
 * show ticked, the codes last asked for (kept when the comparison was refused), including those of
 * other pages, which the form carries along hidden so that ticking across pages works.
 */
export async function HeatMap({
  rows,
  pillars,
  view,
  ticked,
  locale,
  pager,
}: {
  rows: HeatMapRow[];
  pillars: { code: string; name: string }[];
  view: PortfolioView;
  ticked: readonly string[];
  locale: Locale;
  pager: { page: number; pages: number; from: number; total: number };
}) {
  const [t, tc, ts] = await Promise.all([getTranslations("portfolio.heatMap"), getTranslations("portfolio.compare"), getTranslations("status")]);
  const selected = new Set(ticked.map((c) => c.toUpperCase()));
  const shown = new Set(rows.map((r) => r.iso2));
  const elsewhere = [...selected].filter((c) => !shown.has(c));
  // Read once, not once per row (lib/i18n/row-text.ts).
  const compareLabel = rowText(t, "compareCountry");
  const dashboardOf = rowText(t, "dashboardOf");
  const [noScore, noRound, dashboard] = [t("noScore"), t("noRound"), t("dashboard")];
  const header = (column: string, label: string) => {
    const sorted = view.order.sort === column;
    // A new order starts again from the first page.
    const href = portfolioHref({ ...view, page: undefined, order: nextOrder(view.order, column) });
    return (
      <th key={column} scope="col" className="p-2 text-start align-bottom" aria-sort={sorted ? (view.order.dir === "asc" ? "ascending" : "descending") : undefined}>
        <Link href={href} className="inline-flex items-center gap-1 text-brand underline" data-testid={`sort-${column}`}>
          {label}
          <span aria-hidden="true">{sorted ? (view.order.dir === "asc" ? "▲" : "▼") : "↕"}</span>
          <span className="sr-only">{t("sortBy", { column: label })}</span>
        </Link>
      </th>
    );
  };
  // The rows as markup (lib/html/markup.ts): one element for React instead of a dozen per country.
  const body = html`${rows.map((row) => {
    const lang = row.labelLang === locale ? null : row.labelLang;
    const cells = pillars.map((p) => {
      const score = row.scores[p.code] ?? null;
      const band = heatBand(score);
      const shown = score === null ? html`<span aria-hidden="true">—</span><span class="sr-only">${noScore}</span>` : formatScore(locale, score);
      return html`<td class="p-2 text-center tabular-nums ${HEAT_CLASSES[band]}" data-testid="score-${p.code}" data-band="${band}">${shown}</td>`;
    });
    const round = row.round
      ? html`<span class="flex items-center gap-2"><span>${row.round.cycle}</span>${statusBadgeMarkup(row.round.status, ts)}</span>`
      : html`<span class="text-muted">${noRound}</span>`;
    const drill = row.round
      ? html`<a href="/rounds/${row.round.id}/dashboard" class="text-brand underline" data-testid="drill-down"><span aria-hidden="true">${dashboard}</span><span class="sr-only">${dashboardOf({ country: row.label })}</span></a>`
      : html`<span aria-hidden="true" class="text-muted">—</span>`;
    const checked = selected.has(row.iso2) ? html` checked=""` : null;
    return html`<tr class="border-b border-line" data-testid="heat-row-${row.iso2}"><td class="p-2"><input type="checkbox" name="compare" value="${row.iso2}"${checked} aria-label="${compareLabel({ country: row.label })}" class="h-5 w-5" data-testid="compare-${row.iso2}"/></td><th scope="row" class="p-2 text-start font-medium whitespace-nowrap"${attr("lang", lang)}>${row.label}</th>${cells}<td class="p-2 whitespace-nowrap">${round}</td><td class="p-2 whitespace-nowrap">${drill}</td></tr>`;
  })}`;
  return (
    <form method="get" action="/portfolio" className="space-y-3" data-testid="compare-form">
      {view.filters.region && <input type="hidden" name="region" value={view.filters.region} />}
      {view.filters.status && <input type="hidden" name="status" value={view.filters.status} />}
      {view.filters.cycle && <input type="hidden" name="cycle" value={view.filters.cycle} />}
      <input type="hidden" name="sort" value={view.order.sort} />
      <input type="hidden" name="dir" value={view.order.dir} />
      {pager.page > 1 && <input type="hidden" name="page" value={pager.page} />}
      {elsewhere.map((c) => (
        <input key={c} type="hidden" name="compare" value={c} />
      ))}
      {/* Always sent, so that submitting with no box ticked says "choose at least two" instead of nothing. */}
      <input type="hidden" name="compare" value="" />
      {/* The table scrolls inside its own container (focusable, so a keyboard can scroll it); the page does not. */}
      <div className="relative max-w-full overflow-x-auto rounded border border-line bg-white" tabIndex={0} role="region" aria-labelledby="heat-map-caption" data-testid="heat-map-scroll" data-in-place="">
        <table className="min-w-full border-collapse text-sm" data-testid="heat-map">
          <caption id="heat-map-caption" className="p-2 text-start text-muted">{t("caption")}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="p-2 text-start align-bottom">{t("compare")}</th>
              {header("name", t("country"))}
              {pillars.map((p) => header(p.code, p.name))}
              <th scope="col" className="p-2 text-start align-bottom">{t("round")}</th>
              <th scope="col" className="p-2 text-start align-bottom">{t("dashboard")}</th>
            </tr>
          </thead>
          <RawHtml as="tbody" content={body} />
        </table>
      </div>
      {pager.pages > 1 && (
        <nav aria-label={t("pager.label")} className="flex flex-wrap items-center gap-4 text-sm" data-testid="heat-map-pager" data-in-place="">
          <span role="status" data-testid="heat-map-position">
            {t("pager.position", { from: formatCount(locale, pager.from + 1), to: formatCount(locale, pager.from + rows.length), total: formatCount(locale, pager.total) })}
          </span>
          {pager.page > 1 && (
            <a href={portfolioHref({ ...view, page: pager.page - 1 })} className="text-brand underline" rel="prev" data-testid="heat-map-previous">
              {t("pager.previous")}
            </a>
          )}
          <ul className="flex flex-wrap gap-2">
            {Array.from({ length: pager.pages }, (_, i) => i + 1).map((n) => (
              <li key={n}>
                {n === pager.page ? (
                  <span aria-current="page" className="rounded bg-brand px-2 py-0.5 font-semibold text-white">{t("pager.page", { page: formatCount(locale, n) })}</span>
                ) : (
                  <a href={portfolioHref({ ...view, page: n })} className="text-brand underline" data-testid={`heat-map-page-${n}`}>
                    {t("pager.page", { page: formatCount(locale, n) })}
                  </a>
                )}
              </li>
            ))}
          </ul>
          {pager.page < pager.pages && (
            <a href={portfolioHref({ ...view, page: pager.page + 1 })} className="text-brand underline" rel="next" data-testid="heat-map-next">
              {t("pager.next")}
            </a>
          )}
        </nav>
      )}
      <p className="text-sm text-muted" id="compare-hint">{tc("hint")}</p>
      <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark" aria-describedby="compare-hint" data-testid="compare-submit" data-max={COMPARE_MAX}>
        {tc("submit")}
      </button>
    </form>
  );
}
