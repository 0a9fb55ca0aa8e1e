"use client";
// Each pillar's score over the country's rounds (oldest first; reversed in Arabic so time runs
// right to left). One line per pillar, told apart by colour, stroke pattern and marker.
import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { formatScore } from "./format";
import { Marker } from "./marker";
import { trendStyle } from "./series";

export interface TrendDatum {
  cycle: string;
  scores: Record<string, number | null>;
}

type DotProps = { cx?: number; cy?: number; value?: number | null };

export function TrendLines({ data, pillars, locale, rtl }: { data: TrendDatum[]; pillars: string[]; locale: string; rtl: boolean }) {
  const rows = data.map((d) => ({ cycle: d.cycle, ...d.scores }));
  const format = (v: unknown) => (typeof v === "number" ? formatScore(locale, v) : "");
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={rows} accessibilityLayer={false} margin={{ top: 12, right: 16, bottom: 4, left: 16 }}>
        <CartesianGrid stroke="#d9e2ec" />
        <XAxis dataKey="cycle" reversed={rtl} tick={{ fill: "#1f2933", fontSize: 12 }} padding={{ left: 16, right: 16 }} />
        <YAxis domain={[0, 4]} ticks={[0, 1, 2, 3, 4]} orientation={rtl ? "right" : "left"} width={28} tick={{ fill: "#52606d", fontSize: 11 }} tickFormatter={format} />
        {pillars.map((code, index) => {
          const style = trendStyle(index);
          const TrendDot = ({ cx, cy, value }: DotProps) =>
            cx === undefined || cy === undefined || value === null || value === undefined ? <g /> : <Marker shape={style.marker} cx={cx} cy={cy} color={style.color} />;
          return (
            <Line
              key={code}
              dataKey={code}
              stroke={style.color}
              strokeDasharray={style.dash}
              strokeWidth={2}
              dot={TrendDot}
              activeDot={false}
              connectNulls
              isAnimationActive={false}
            />
          );
        })}
      </LineChart>
    </ResponsiveContainer>
  );
}
