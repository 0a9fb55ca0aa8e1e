// Messages repeated on every row of a long table (an administrator's heat map formats two per
// country; the dashboard's coverage one per article). next-intl's t() costs tens of microseconds a
// call, which on such tables was a sixth of the page's server time. For a message whose only ICU
// syntax is plain {name} placeholders, the text is read once and the placeholders are filled in
// directly; any other message (plural, select, number formats, quoting) goes through t() unchanged,
// once per distinct set of values.

type Values = Record<string, string | number>;

interface Translator {
  (key: string, values?: Values): string;
  raw(key: string): unknown;
}

/** Braces only as {name}; no apostrophe before a brace, #, | or another apostrophe (ICU quoting). */
const SIMPLE = /^(?:[^{}']|'(?![{}'#|])|\{[A-Za-z_][A-Za-z0-9_]*\})*$/;

export function rowText(t: Translator, key: string): (values: Values) => string {
  const raw = t.raw(key);
  if (typeof raw !== "string" || !SIMPLE.test(raw)) {
    // Through t(), once per distinct set of values (a select over a few weights, say).
    const seen = new Map<string, string>();
    return (values) => {
      const id = JSON.stringify(values);
      let text = seen.get(id);
      if (text === undefined) {
        text = t(key, values);
        seen.set(id, text);
      }
      return text;
    };
  }
  return (values) =>
    raw.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, name: string) => {
      const value = values[name];
      return value === undefined ? whole : String(value);
    });
}
