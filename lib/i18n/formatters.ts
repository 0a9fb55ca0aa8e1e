// Intl formatters, made once per locale and kind. Constructing an Intl.NumberFormat or Collator costs
// far more than using one (a dashboard formats a few hundred figures: building a formatter for each
// was a sixth of its server render). Pure functions of their arguments, the same in every instance
// and in the browser; the maps hold at most six locales times a few kinds.
const numberFormats = new Map<string, Intl.NumberFormat>();
const collators = new Map<string, Intl.Collator>();
const listFormats = new Map<string, Intl.ListFormat>();

export type NumberKind = "score" | "percent" | "delta" | "count" | "plain";

const NUMBER_OPTIONS: Record<NumberKind, Intl.NumberFormatOptions> = {
  /** Scores, gaps and medians on 0-4: up to two decimals. */
  score: { maximumFractionDigits: 2 },
  /** A share given as 0-1, one decimal of percent at most. */
  percent: { style: "percent", maximumFractionDigits: 1 },
  /** A change between rounds, with its sign (+0.5, −1). */
  delta: { maximumFractionDigits: 2, signDisplay: "exceptZero" },
  /** Counts: integers. */
  count: { maximumFractionDigits: 0 },
  plain: {},
};

export function numberFormat(locale: string, kind: NumberKind): Intl.NumberFormat {
  const key = `${locale}|${kind}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, NUMBER_OPTIONS[kind]);
    numberFormats.set(key, format);
  }
  return format;
}

export function collator(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) {
    c = new Intl.Collator(locale);
    collators.set(locale, c);
  }
  return c;
}

/** "A, B and C" in the locale. */
export function conjunction(locale: string): Intl.ListFormat {
  let f = listFormats.get(locale);
  if (!f) {
    f = new Intl.ListFormat(locale, { type: "conjunction" });
    listFormats.set(locale, f);
  }
  return f;
}
