// One number format for the portfolio's tables and charts, so a figure reads the same in both:
// scores, medians and gaps on 0-4 with up to two decimals, counts as integers, in the page locale.

export function formatScore(locale: string, value: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

export function formatCount(locale: string, value: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}
