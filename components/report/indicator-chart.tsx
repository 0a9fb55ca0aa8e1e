// One pillar's indicators as a bar chart drawn on the server (plain SVG, so it is vector in the
// PDF and needs no script): each indicator's level as a bar on the 0-4 scale and its target as a
// dashed mark. In Arabic the chart is the mirror image (codes on the right, bars growing leftwards).
import type { DashboardIndicator } from "@/lib/dashboard/types";
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
  return (
    <svg width={WIDTH} height={height} viewBox={`0 0 ${WIDTH} ${height}`} role="presentation" aria-hidden="true" focusable="false" data-testid="indicator-chart">
      {[0, 1, 2, 3, 4].map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={TOP - 4} y2={height - 6} stroke="#d9e2ec" />
          <text x={x(tick)} y={TOP - 8} textAnchor="middle" fontSize="10" fill="#52606d">
            {formatScore(locale, tick)}
          </text>
        </g>
      ))}
      {indicators.map((indicator, index) => {
        const y = TOP + index * ROW;
        const level = indicator.level;
        return (
          <g key={indicator.code}>
            <text x={labelX} y={y + ROW / 2 + 4} textAnchor={anchor} fontSize="11" fill="#1f2933" direction="ltr">
              {indicator.code}
            </text>
            {level === null ? (
              <text x={x(0) + (rtl ? -6 : 6)} y={y + ROW / 2 + 4} textAnchor={anchor} fontSize="10" fill="#52606d">
                {noLevel}
              </text>
            ) : (
              <rect x={Math.min(x(0), x(level))} y={y + 5} width={Math.max(Math.abs(x(level) - x(0)), 1.5)} height={ROW - 10} fill={RADAR_STYLES.current.color} />
            )}
            <line x1={x(indicator.target)} x2={x(indicator.target)} y1={y + 2} y2={y + ROW - 2} stroke={RADAR_STYLES.target.color} strokeWidth="2" strokeDasharray="4 2" />
          </g>
        );
      })}
    </svg>
  );
}
