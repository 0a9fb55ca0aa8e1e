import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { attr, escapeHtml, html, langAttr, RawHtml, tableMarkup, userLink, type Markup } from "./markup";

describe("escapeHtml", () => {
  it("escapes the five characters that end text or a quoted attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
  });
  it("leaves other text as it is, Arabic and Chinese included", () => {
    expect(escapeHtml("Côte d’Ivoire · 中国 · المغرب")).toBe("Côte d’Ivoire · 中国 · المغرب");
  });
});

describe("html", () => {
  it("escapes every interpolated value, in text and in attributes", () => {
    const hostile = `"><script>alert(1)</script><b x="`;
    const out = html`<td class="${hostile}">${hostile}</td>`.value;
    expect(out).not.toContain("<script>");
    // The only real quotes are the two around the attribute's value; the only tags are the td's.
    expect(out.match(/"/g)).toHaveLength(2);
    expect(out.match(/</g)).toHaveLength(2);
    expect(out).toBe(`<td class="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;b x=&quot;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;b x=&quot;</td>`);
  });
  it("keeps markup made by html as it is, and joins lists", () => {
    const cells = ["a<", "b"].map((x) => html`<td>${x}</td>`);
    expect(html`<tr>${cells}</tr>`.value).toBe("<tr><td>a&lt;</td><td>b</td></tr>");
  });
  it("prints numbers and leaves out null, undefined and false", () => {
    expect(html`${0}|${2.5}|${null}|${undefined}|${false}|`.value).toBe("0|2.5||||");
  });
  it("refuses a value that is neither text, number, markup nor a list (no [object Object])", () => {
    const forged = { value: "<script>" } as unknown as Markup;
    expect(() => html`${forged}`).toThrow(TypeError);
  });
  it("writes an optional attribute only when it has a value, escaped", () => {
    expect(html`<th${attr("lang", "fr")}${attr("aria-label", null)}>`.value).toBe('<th lang="fr">');
    expect(attr("title", 'a"b').value).toBe(' title="a&quot;b"');
  });
  it("links a web address someone entered, and writes any other scheme as text", () => {
    expect(userLink('https://example.org/a?b="c"', "Decree").value).toBe('<a href="https://example.org/a?b=&quot;c&quot;" rel="noopener noreferrer" class="text-brand underline">Decree</a>');
    expect(userLink("javascript:alert(1)", "<b>x</b>").value).toBe("&lt;b&gt;x&lt;/b&gt;");
    expect(userLink("data:text/html,hi", "y").value).toBe("y");
    expect(userLink("https://exa mple.org", "z").value).toBe("z");
  });
  it("marks the language of a text only when it is not the page's (an English fallback on a French page)", () => {
    expect(html`<li${langAttr({ lang: "en" }, "fr")}>`.value).toBe('<li lang="en">');
    expect(html`<li${langAttr({ lang: "fr" }, "fr")}>`.value).toBe("<li>");
  });
});

describe("tableMarkup", () => {
  it("writes the caption, the column heads (with a class where given) and the rows, escaped", () => {
    const rows = [html`<tr><td>1</td></tr>`];
    expect(tableMarkup("A & B", ["x", { label: "<y>", className: "w-44" }], rows).value).toBe('<caption>A &amp; B</caption><thead><tr><th scope="col">x</th><th scope="col" class="w-44">&lt;y&gt;</th></tr></thead><tbody><tr><td>1</td></tr></tbody>');
    expect(tableMarkup("C", [], null, { srOnlyCaption: true }).value).toBe('<caption class="sr-only">C</caption><thead><tr></tr></thead><tbody></tbody>');
  });
});

describe("RawHtml", () => {
  it("renders a whole table from its content, as one element", () => {
    const content = html`<caption>${"A & B"}</caption><tbody><tr><td>1</td></tr></tbody>`;
    expect(renderToStaticMarkup(createElement(RawHtml, { as: "table", className: "data-table", content }))).toBe('<table class="data-table"><caption>A &amp; B</caption><tbody><tr><td>1</td></tr></tbody></table>');
  });
  it("renders the markup inside one element, with its attributes", () => {
    const content = html`<tr><td>${"<x>"}</td></tr>`;
    expect(renderToStaticMarkup(createElement("table", null, createElement(RawHtml, { as: "tbody", content, "data-testid": "rows" })))).toBe('<table><tbody data-testid="rows"><tr><td>&lt;x&gt;</td></tr></tbody></table>');
  });
});
