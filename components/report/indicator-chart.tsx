// One pillar's indicators as a bar chart drawn on the server (plain SVG, so it is vector in the
// PDF and needs no script): each indicator's level as a bar on the 0-4 scale and its target as a
// dashed mark. In Arabic the chart is the mirror image (codes on the right, bars growing leftwards).
import type { DashboardIndicator } from "@/lib/dashboard/types";
import { html, RawHtml } from "@/lib/html/markup";
import { formatScore } from "../dashboard/format";
import { RADAR_STYLES } from "../dashboard/series";

const WIDTH = 640;
const ROW = 24;
const LABEL = 72;
const PAD = 16;
const TOP = 22;
const SCALE = WIDTH - LABEL - 2 * PAD;

export function IndicatorChart({ indicators, locale, rtl, noLevel }: { indicators: DashboardIndicator[]; locale: string; rtl: boolean; noLevel: string }) {
  const height = TOP + indicators.length * ROW + 8;
  // x of a value (0-4) on the bar scale, mirrored for right-to-left.
  const x = (value: number) => {
    const ltr = LABEL + PAD + (value / 4) * SCALE;
    return rtl ? WIDTH - ltr : ltr;
  };
  const labelX = rtl ? WIDTH - 4 : 4;
  const anchor = rtl ? "end" : "start";
  // As markup (lib/html/markup.ts): one element for React instead of four per indicator.
  const ticks = [0, 1, 2, 3, 4].map(
    (tick) => html`<g><line x1="${x(tick)}" x2="${x(tick)}" y1="${TOP - 4}" y2="${height - 6}" stroke="#d9e2ec"></line><text x="${x(tick)}" y="${TOP - 8}" text-anchor="middle" font-size="10" fill="#52606d">${formatScore(locale, tick)}</text></g>`,
  );
  const rows = indicators.map((indicator, index) => {
    const y = TOP + index * ROW;
    const level = indicator.level;
    const bar =
      level === null
        ? html`<text x="${x(0) + (rtl ? -6 : 6)}" y="${y + ROW / 2 + 4}" text-anchor="${anchor}" font-size="10" fill="#52606d">${noLevel}</text>`
        : html`<rect x="${Math.min(x(0), x(level))}" y="${y + 5}" width="${Math.max(Math.abs(x(level) - x(0)), 1.5)}" height="${ROW - 10}" fill="${RADAR_STYLES.current.color}"></rect>`;
    return html`<g><text x="${labelX}" y="${y + ROW / 2 + 4}" text-anchor="${anchor}" font-size="11" fill="#1f2933" direction="ltr">${indicator.code}</text>${bar}<line x1="${x(indicator.target)}" x2="${x(indicator.target)}" y1="${y + 2}" y2="${y + ROW - 2}" stroke="${RADAR_STYLES.target.color}" stroke-width="2" stroke-dasharray="4 2"></line></g>`;
  });
  return (
    <RawHtml
      as="div"
      content={html`<svg width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="presentation" aria-hidden="true" focusable="false" data-testid="indicator-chart">${ticks}${rows}</svg>`}
    />
  );
}
