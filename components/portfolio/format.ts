// One number format for the portfolio's tables and charts, the dashboard's (a figure reads the same
// on both pages): scores, medians and gaps with up to two decimals; counts as integers; page locale.
import { numberFormat } from "@/lib/i18n/formatters";

export { formatScore } from "@/components/dashboard/format";

export function formatCount(locale: string, value: number): string {
  return numberFormat(locale, "count").format(value);
}
