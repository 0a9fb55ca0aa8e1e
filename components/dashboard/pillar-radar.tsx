"use client";
// Radar of the current level, the target and the regional median per pillar (0-4). In Arabic the
// chart is the mirror image: the first pillar stays at the top and the others follow
// counter-clockwise (drawn clockwise in the order first, last, ..., second), so it reads from the right.
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from "recharts";
import { formatScore } from "./format";
import { Marker } from "./marker";
import { RADAR_STYLES } from "./series";

export interface RadarDatum {
  code: string;
  current: number | null;
  target: number;
  median: number | null;
}

type DotProps = { cx?: number; cy?: number; value?: number | null };

export function PillarRadar({
  data,
  locale,
  rtl,
  showMedian,
}: {
  data: RadarDatum[];
  locale: string;
  rtl: boolean;
  showMedian: boolean;
}) {
  const dot = (style: (typeof RADAR_STYLES)[keyof typeof RADAR_STYLES]) =>
    function RadarDot({ cx, cy, value }: DotProps) {
      if (cx === undefined || cy === undefined || value === null || value === undefined) return <g />;
      return <Marker shape={style.marker} cx={cx} cy={cy} color={style.color} />;
    };
  const ordered = rtl && data.length > 1 ? [data[0], ...data.slice(1).reverse()] : data;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <RadarChart data={ordered} outerRadius="70%" accessibilityLayer={false} margin={{ top: 8, right: 24, bottom: 8, left: 24 }}>
        <PolarGrid stroke="#7b8794" />
        <PolarAngleAxis dataKey="code" tick={{ fill: "#1f2933", fontSize: 12 }} />
        <PolarRadiusAxis domain={[0, 4]} tickCount={5} angle={60} tick={{ fill: "#52606d", fontSize: 10 }} tickFormatter={(v: number) => formatScore(locale, v)} />
        <Radar dataKey="target" stroke={RADAR_STYLES.target.color} strokeDasharray={RADAR_STYLES.target.dash} strokeWidth={2} fill="none" dot={dot(RADAR_STYLES.target)} isAnimationActive={false} />
        {showMedian && (
          <Radar dataKey="median" stroke={RADAR_STYLES.median.color} strokeDasharray={RADAR_STYLES.median.dash} strokeWidth={2} fill="none" dot={dot(RADAR_STYLES.median)} isAnimationActive={false} />
        )}
        <Radar dataKey="current" stroke={RADAR_STYLES.current.color} strokeWidth={2} fill={RADAR_STYLES.current.color} fillOpacity={0.15} dot={dot(RADAR_STYLES.current)} isAnimationActive={false} />
      </RadarChart>
    </ResponsiveContainer>
  );
}
