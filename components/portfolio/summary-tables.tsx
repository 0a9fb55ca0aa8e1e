// The portfolio's summaries as server-rendered tables: rounds by status, the most common gaps, the
// demand for each service and progress between cycles. The charts next to some of them draw the
// same figures; these tables are what screen readers and people without JavaScript read. Long table
// bodies are built as escaped markup (lib/html/markup.ts): one element for React, not one per cell.
import { getTranslations } from "next-intl/server";
import { StatusBadgeLabel } from "@/components/rounds/status-badge";
import { html, langAttr, RawHtml } from "@/lib/html/markup";
import { localize, type Locale } from "@/lib/i18n/config";
import type { PortfolioData } from "@/lib/portfolio/service";
import { formatCount, formatScore } from "./format";

const TABLE = "w-full border-collapse bg-white text-sm";
const TH = "p-2 text-start";

export async function StatusTable({ rows, locale }: { rows: PortfolioData["statusCounts"]; locale: Locale }) {
  const [t, ts] = await Promise.all([getTranslations("portfolio.statusCounts"), getTranslations("status")]);
  return (
    <table className={TABLE} data-testid="status-table">
      <caption className="p-2 text-start text-muted">{t("caption")}</caption>
      <thead>
        <tr className="border-b border-line">
          <th scope="col" className={TH}>{t("status")}</th>
          <th scope="col" className={TH}>{t("count")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.status} className="border-b border-line" data-testid={`status-${r.status}`}>
            <th scope="row" className={TH}><StatusBadgeLabel status={r.status} label={ts} /></th>
            <td className="p-2 tabular-nums">{formatCount(locale, r.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export async function GapsTable({ rows, locale }: { rows: PortfolioData["commonGaps"]; locale: Locale }) {
  const t = await getTranslations("portfolio.gaps");
  return (
    <div className="relative overflow-x-auto">
      <table className={TABLE} data-testid="gaps-table">
        <caption className="p-2 text-start text-muted">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className={TH}>{t("indicator")}</th>
            <th scope="col" className={TH}>{t("countries")}</th>
            <th scope="col" className={TH}>{t("meanGap")}</th>
          </tr>
        </thead>
        <RawHtml
          as="tbody"
          content={html`${rows.map((g) => {
            const title = localize(g.title, locale);
            return html`<tr class="border-b border-line" data-testid="gap-${g.code}"><th scope="row" class="${TH} font-normal"><span class="font-mono font-medium" dir="ltr">${g.code}</span> <span${langAttr(title, locale)}>${title.text}</span></th><td class="p-2 tabular-nums">${formatCount(locale, g.countries)}</td><td class="p-2 tabular-nums">${formatScore(locale, g.meanGap)}</td></tr>`;
          })}`}
        />
      </table>
    </div>
  );
}

export async function DemandTable({ rows, locale }: { rows: PortfolioData["serviceDemand"]; locale: Locale }) {
  const [t, tm] = await Promise.all([getTranslations("portfolio.demand"), getTranslations("portfolio.modes")]);
  return (
    <table className={TABLE} data-testid="demand-table">
      <caption className="p-2 text-start text-muted">{t("caption")}</caption>
      <thead>
        <tr className="border-b border-line">
          <th scope="col" className={TH}>{t("service")}</th>
          <th scope="col" className={TH}>{t("mode")}</th>
          <th scope="col" className={TH}>{t("countries")}</th>
          <th scope="col" className={TH}>{t("weightedGap")}</th>
        </tr>
      </thead>
      <RawHtml
        as="tbody"
        content={html`${rows.map((s) => {
          const name = localize(s.name, locale);
          return html`<tr class="border-b border-line" data-testid="demand-${s.code}"><th scope="row" class="${TH} font-normal"><span class="font-mono font-medium" dir="ltr">${s.code}</span> <span${langAttr(name, locale)}>${name.text}</span></th><td class="p-2">${tm(s.mode)}</td><td class="p-2 tabular-nums">${formatCount(locale, s.countries)}</td><td class="p-2 tabular-nums">${formatCount(locale, s.weightedGap)}</td></tr>`;
        })}`}
      />
    </table>
  );
}

export async function ProgressTable({ rows, pillars, locale }: { rows: PortfolioData["progress"]; pillars: { code: string; name: string }[]; locale: Locale }) {
  const t = await getTranslations("portfolio.progress");
  const hidden = t("hidden");
  return (
    <div className="relative max-w-full overflow-x-auto rounded border border-line" tabIndex={0} role="region" aria-labelledby="progress-caption">
      <table className={TABLE} data-testid="progress-table">
        <caption id="progress-caption" className="p-2 text-start text-muted">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className={TH}>{t("cycle")}</th>
            {pillars.map((p) => (
              <th key={p.code} scope="col" className={TH}>{p.name}</th>
            ))}
          </tr>
        </thead>
        <RawHtml
          as="tbody"
          content={html`${rows.map((row) => {
            const byPillar = new Map(row.pillars.map((p) => [p.code, p]));
            const cells = pillars.map((p) => {
              const cell = byPillar.get(p.code);
              const figure = !cell
                ? html`<span aria-hidden="true" class="text-muted">—</span>`
                : cell.hiddenReason !== null || cell.median === null
                  ? html`<span class="text-muted" data-testid="median-hidden">${hidden}</span>`
                  : html`<span class="tabular-nums">${formatScore(locale, cell.median)}</span>`;
              const contributors = cell ? html`<span class="block text-xs text-muted">${t("contributors", { count: formatCount(locale, cell.contributors) })}</span>` : null;
              return html`<td class="p-2 align-top" data-testid="median-${p.code}">${figure}${contributors}</td>`;
            });
            return html`<tr class="border-b border-line" data-testid="progress-${row.cycle}"><th scope="row" class="${TH}">${row.cycle}</th>${cells}</tr>`;
          })}`}
        />
      </table>
    </div>
  );
}
