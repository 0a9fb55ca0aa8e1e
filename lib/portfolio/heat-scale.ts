// The heat map's colour scale: four bands of the 0-4 maturity scale, one blue hue from light to dark
// (readable for people who do not tell red from green), each with a text colour that keeps a contrast
// of at least 4.5:1 on its background. A cell always prints its number too: colour is never alone.

export type HeatBand = "none" | "0" | "1" | "2" | "3";

export const HEAT_BANDS: readonly Exclude<HeatBand, "none">[] = ["0", "1", "2", "3"];

/** Background and text classes per band (literal strings, so Tailwind finds them). */
export const HEAT_CLASSES: Record<HeatBand, string> = {
  none: "bg-white text-muted",
  "0": "bg-sky-50 text-slate-900",
  "1": "bg-sky-200 text-slate-900",
  "2": "bg-sky-500 text-slate-950",
  "3": "bg-sky-800 text-white",
};

/** The band of a score: [0,1) -> "0", [1,2) -> "1", [2,3) -> "2", [3,4] -> "3"; no score -> "none". */
export function heatBand(score: number | null): HeatBand {
  if (score === null || !Number.isFinite(score)) return "none";
  if (score < 1) return "0";
  if (score < 2) return "1";
  if (score < 3) return "2";
  return "3";
}
