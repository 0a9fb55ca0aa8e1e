"use client";
// Gap to target per pillar (0-4), one bar each. In Arabic the category axis is reversed (first
// pillar on the right) and the value axis moves to the right.
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { formatScore } from "./format";

export interface GapDatum {
  code: string;
  gap: number | null;
}

export function GapBars({ data, locale, rtl }: { data: GapDatum[]; locale: string; rtl: boolean }) {
  const format = (v: unknown) => (typeof v === "number" ? formatScore(locale, v) : "");
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} accessibilityLayer={false} margin={{ top: 20, right: 8, bottom: 4, left: 8 }}>
        <CartesianGrid stroke="#d9e2ec" vertical={false} />
        <XAxis dataKey="code" reversed={rtl} tick={{ fill: "#1f2933", fontSize: 12 }} interval={0} />
        <YAxis domain={[0, 4]} ticks={[0, 1, 2, 3, 4]} orientation={rtl ? "right" : "left"} width={28} tick={{ fill: "#52606d", fontSize: 11 }} tickFormatter={format} />
        <Bar dataKey="gap" fill="#0b5394" isAnimationActive={false}>
          <LabelList dataKey="gap" position="top" formatter={format} fill="#1f2933" fontSize={11} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
