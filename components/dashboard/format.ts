// Number formatting shared by the dashboard's server-rendered tables and its client charts, so a
// figure reads the same in both: scores and gaps on 0-4 with up to two decimals, in the page locale.
import { numberFormat } from "@/lib/i18n/formatters";

export function formatScore(locale: string, value: number): string {
  return numberFormat(locale, "score").format(value);
}

/** A percentage given as 0-100 (one decimal at most). */
export function formatPercent(locale: string, value: number): string {
  return numberFormat(locale, "percent").format(value / 100);
}

/** A change between rounds, with its sign (+0.5, −1). */
export function formatDelta(locale: string, value: number): string {
  return numberFormat(locale, "delta").format(value);
}
