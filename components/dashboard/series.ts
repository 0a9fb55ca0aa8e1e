// How each chart series is drawn. Colours are at least 3:1 against the white chart background
// (WCAG 1.4.11) and every series also differs by stroke pattern and marker, so colour never
// carries the meaning alone; the legends name each series in text. The radar's rings (#7b8794,
// 3.7:1) are what its values are read against; the bar and line charts' light grid only repeats
// their labelled value axis.

export type MarkerShape = "circle" | "square" | "triangle" | "diamond" | "cross" | "star";

export interface SeriesStyle {
  color: string;
  /** SVG stroke-dasharray; undefined for a solid line. */
  dash?: string;
  marker: MarkerShape;
}

/** Radar: the current level, the target and the regional median. */
export const RADAR_STYLES = {
  current: { color: "#0b5394", marker: "circle" },
  target: { color: "#1f2933", dash: "6 4", marker: "square" },
  median: { color: "#b45309", dash: "2 3", marker: "triangle" },
} as const satisfies Record<string, SeriesStyle>;

/** Trend lines, one per pillar, in framework order (then repeating). */
export const TREND_STYLES: readonly SeriesStyle[] = [
  { color: "#0b5394", marker: "circle" },
  { color: "#b45309", dash: "6 3", marker: "square" },
  { color: "#1e6b3a", dash: "2 3", marker: "triangle" },
  { color: "#7e22ce", dash: "8 3 2 3", marker: "diamond" },
  { color: "#b42318", dash: "12 4", marker: "cross" },
  { color: "#334155", dash: "4 2 1 2", marker: "star" },
];

export function trendStyle(index: number): SeriesStyle {
  return TREND_STYLES[index % TREND_STYLES.length];
}
