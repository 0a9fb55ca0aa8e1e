// Markup built as text, for the few long tables whose rows are plain static HTML (an administrator's
// portfolio heat map: 50 rows of a dozen cells each). React renders every element of a server page
// twice on the server (into the RSC payload, then into HTML) and again in the payload's size; a table
// body of a thousand elements was most of the portfolio page's server time. Built here as one escaped
// string, it is one element for React instead (RawHtml), and reads the same to the browser.
//
// Safety: every interpolated value is escaped for HTML text and attribute values unless it is
// itself Markup made by `html`; there is no other way to make Markup, and RawHtml only takes Markup.
// Attribute values must be quoted in the template (`class="${x}"`); names and tags are never
// interpolated from data. Nothing here is a script or a style, and URLs put in attributes are our own
// paths, built from ids (see the callers).
import { createElement, type JSX } from "react";
import { isWebUrl } from "../evidence/schemas";

const brand: unique symbol = Symbol("markup");

/** Text that is HTML: only `html` makes it. */
export interface Markup {
  readonly [brand]: true;
  readonly value: string;
}

function markup(value: string): Markup {
  return { [brand]: true, value };
}

function isMarkup(value: unknown): value is Markup {
  return typeof value === "object" && value !== null && (value as Partial<Markup>)[brand] === true;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** What may go into a template: text and numbers (escaped), Markup (as is), lists of them, or nothing. */
export type MarkupValue = string | number | Markup | null | undefined | false | readonly MarkupValue[];

function render(value: MarkupValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (typeof value === "string") return escapeHtml(value);
  if (typeof value === "number") return escapeHtml(String(value));
  if (isMarkup(value)) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  // A value of another type (an object through an unchecked cast) is refused, never stringified.
  throw new TypeError("html: unsupported value");
}

/** A template of markup: `html`<td class="${cls}">${text}</td>``, every value escaped. */
export function html(strings: TemplateStringsArray, ...values: MarkupValue[]): Markup {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? "");
  });
  return markup(out);
}

/** An optional attribute: ` name="value"`, or nothing when the value is null or undefined. */
export function attr(name: "lang" | "dir" | "aria-label" | "title", value: string | null | undefined): Markup {
  return value === null || value === undefined ? markup("") : html` ${markup(name)}="${value}"`;
}

/** The lang attribute of a text that is not in the page's language (an English fallback), else nothing. */
export function langAttr(text: { lang: string }, pageLocale: string): Markup {
  return attr("lang", text.lang === pageLocale ? null : text.lang);
}

/**
 * A link to an address someone entered (an evidence link): an anchor only for a web address
 * (isWebUrl, as the evidence form checks it), otherwise the text alone, so nothing stored some
 * other way becomes a javascript: or data: link. The exception to "URLs are our own paths" above.
 */
export function userLink(url: string, text: string): Markup {
  return isWebUrl(url) ? html`<a href="${url}" rel="noopener noreferrer" class="text-brand underline">${text}</a>` : html`${text}`;
}

/** A column header: its label, with a class where it needs one (a width). */
export type ColumnHead = string | { label: string; className: string };

/**
 * A data table's content for RawHtml as="table": its caption (for screen readers only when
 * `srOnlyCaption`), a header row of column names (scope="col") and the body rows.
 */
export function tableMarkup(caption: string, columns: readonly ColumnHead[], rows: MarkupValue, options: { srOnlyCaption?: boolean } = {}): Markup {
  const heads = columns.map((c) => (typeof c === "string" ? html`<th scope="col">${c}</th>` : html`<th scope="col" class="${c.className}">${c.label}</th>`));
  return html`<caption${options.srOnlyCaption ? html` class="sr-only"` : null}>${caption}</caption><thead><tr>${heads}</tr></thead><tbody>${rows}</tbody>`;
}

/** An element whose content is `content`, as one React element (rendered and hydrated as is). */
export function RawHtml({
  as,
  content,
  ...rest
}: {
  as: "table" | "tbody" | "div" | "ul" | "ol" | "dl" | "svg";
  content: Markup;
  className?: string;
  "data-testid"?: string;
  "aria-labelledby"?: string;
  // For an svg of symbols drawn once and referenced by <use> (components/dashboard/convention-coverage.tsx).
  width?: number;
  height?: number;
  "aria-hidden"?: true;
  focusable?: "false";
}): JSX.Element {
  return createElement(as, { ...rest, dangerouslySetInnerHTML: { __html: content.value } });
}
