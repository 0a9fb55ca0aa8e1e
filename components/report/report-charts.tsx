// The report's radar and gap charts, drawn on the server as plain SVG from the dashboard's figures
// and in the dashboard's series styles (components/dashboard/series.ts, marker.tsx): vectors in the
// PDF, and no script to run, so the renderer prints the page without hydrating it. They mirror for
// Arabic as the dashboard's do: the radar's first pillar stays at the top and the others follow
// counter-clockwise; the bars run from the right, with the value axis on the right.
import { formatScore } from "../dashboard/format";
import { Marker } from "../dashboard/marker";
import { RADAR_STYLES, type SeriesStyle } from "../dashboard/series";

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 360;
const INK = "#1f2933";
const MUTED = "#52606d";

export interface RadarPoint {
  code: string;
  current: number | null;
  target: number;
  median: number | null;
}

export function ReportRadar({ data, locale, rtl, showMedian }: { data: RadarPoint[]; locale: string; rtl: boolean; showMedian: boolean }) {
  const cx = CHART_WIDTH / 2;
  const cy = CHART_HEIGHT / 2;
  const radius = CHART_HEIGHT * 0.36;
  const count = Math.max(data.length, 1);
  // Clockwise from the top; counter-clockwise for right-to-left.
  const angle = (i: number) => -Math.PI / 2 + (rtl ? -1 : 1) * ((2 * Math.PI) / count) * i;
  const point = (i: number, value: number) => [cx + Math.cos(angle(i)) * radius * (value / 4), cy + Math.sin(angle(i)) * radius * (value / 4)] as const;
  const polygon = (values: (number | null)[]) => values.map((v, i) => point(i, v ?? 0).join(",")).join(" ");
  const series = (key: "current" | "target" | "median", values: (number | null)[], style: SeriesStyle, fill: boolean) => (
    <g key={key}>
      <polygon points={polygon(values)} fill={fill ? style.color : "none"} fillOpacity={fill ? 0.15 : undefined} stroke={style.color} strokeWidth={2} strokeDasharray={style.dash} />
      {values.map((v, i) => {
        if (v === null) return null;
        const [x, y] = point(i, v);
        return <Marker key={i} shape={style.marker} cx={x} cy={y} color={style.color} />;
      })}
    </g>
  );
  return (
    <svg width={CHART_WIDTH} height={CHART_HEIGHT} viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`} aria-hidden="true" focusable="false" data-testid="report-radar">
      {[1, 2, 3, 4].map((ring) => (
        <polygon key={ring} points={polygon(data.map(() => ring))} fill="none" stroke="#7b8794" strokeWidth={ring === 4 ? 1 : 0.6} />
      ))}
      {data.map((_, i) => {
        const [x, y] = point(i, 4);
        return <line key={i} x1={cx} y1={cy} x2={x} y2={y} stroke="#7b8794" strokeWidth={0.6} />;
      })}
      {[0, 1, 2, 3, 4].map((tick) => (
        <text key={tick} x={cx + 4} y={cy - (radius * tick) / 4 - 2} fontSize="10" fill={MUTED}>
          {formatScore(locale, tick)}
        </text>
      ))}
      {data.map((d, i) => {
        const [x, y] = point(i, 4.55);
        const anchor = Math.abs(x - cx) < 4 ? "middle" : x > cx ? "start" : "end";
        return (
          <text key={d.code} x={x} y={y + 4} textAnchor={anchor} fontSize="12" fill={INK}>
            {d.code}
          </text>
        );
      })}
      {series("target", data.map((d) => d.target), RADAR_STYLES.target, false)}
      {showMedian && series("median", data.map((d) => d.median), RADAR_STYLES.median, false)}
      {series("current", data.map((d) => d.current), RADAR_STYLES.current, true)}
    </svg>
  );
}

export function ReportGapBars({ data, locale, rtl }: { data: { code: string; gap: number | null }[]; locale: string; rtl: boolean }) {
  const top = 24;
  const bottom = CHART_HEIGHT - 28;
  const axis = 36;
  const left = rtl ? 12 : axis;
  const right = rtl ? CHART_WIDTH - axis : CHART_WIDTH - 12;
  const y = (v: number) => bottom - ((bottom - top) * v) / 4;
  const ordered = rtl ? [...data].reverse() : data;
  const slot = (right - left) / Math.max(ordered.length, 1);
  const axisX = rtl ? right + 6 : left - 6;
  return (
    <svg width={CHART_WIDTH} height={CHART_HEIGHT} viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`} aria-hidden="true" focusable="false" data-testid="report-gaps">
      {[0, 1, 2, 3, 4].map((tick) => (
        <g key={tick}>
          <line x1={left} x2={right} y1={y(tick)} y2={y(tick)} stroke="#d9e2ec" />
          <text x={axisX} y={y(tick) + 4} textAnchor={rtl ? "start" : "end"} fontSize="11" fill={MUTED}>
            {formatScore(locale, tick)}
          </text>
        </g>
      ))}
      {ordered.map((d, i) => {
        const x = left + slot * i + slot * 0.2;
        const width = slot * 0.6;
        return (
          <g key={d.code}>
            {d.gap !== null && <rect x={x} y={y(d.gap)} width={width} height={Math.max(bottom - y(d.gap), 0)} fill="#0b5394" />}
            {d.gap !== null && (
              <text x={x + width / 2} y={y(d.gap) - 5} textAnchor="middle" fontSize="11" fill={INK}>
                {formatScore(locale, d.gap)}
              </text>
            )}
            <text x={x + width / 2} y={bottom + 18} textAnchor="middle" fontSize="12" fill={INK}>
              {d.code}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
