"use client";
// Horizontal bars, one per category, or one group per category with several series (the comparison).
// Categories are listed top to bottom; in Arabic the value axis runs from the right. Series are told
// apart by a pattern as well as a colour (the legend is HTML, next to the chart), and every bar
// carries its value as a label: colour is never alone.
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { formatScore } from "./format";
import { SERIES } from "./series";

export interface BarDatum {
  key: string;
  label: string;
  values: Record<string, number | null>;
}

export function HorizontalBars({ data, series, locale, rtl, max }: { data: BarDatum[]; series: string[]; locale: string; rtl: boolean; max?: number }) {
  const format = (v: unknown) => (typeof v === "number" ? formatScore(locale, v) : "");
  const rows = data.map((d) => ({ label: d.label, ...Object.fromEntries(series.map((s) => [s, d.values[s] ?? null])) }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 40, bottom: 4, left: 40 }}>
        <defs>
          {SERIES.map((s, i) => (
            <pattern key={s.color} id={`portfolio-pattern-${i}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill={s.color} />
              {s.hatch && <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2" />}
            </pattern>
          ))}
        </defs>
        <CartesianGrid stroke="#d9e2ec" horizontal={false} />
        <XAxis type="number" domain={[0, max ?? "auto"]} reversed={rtl} tick={{ fill: "#52606d", fontSize: 11 }} tickFormatter={format} allowDecimals={max !== undefined} />
        <YAxis type="category" dataKey="label" orientation={rtl ? "right" : "left"} width={120} tick={{ fill: "#1f2933", fontSize: 11 }} interval={0} />
        {series.map((s, i) => (
          <Bar key={s} dataKey={s} fill={`url(#portfolio-pattern-${i % SERIES.length})`} stroke={SERIES[i % SERIES.length].color} isAnimationActive={false}>
            {/* "right" is the bar's far end: recharts flips it with the reversed axis, so this holds in Arabic too. */}
            <LabelList dataKey={s} position="right" formatter={format} fill="#1f2933" fontSize={11} />
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
