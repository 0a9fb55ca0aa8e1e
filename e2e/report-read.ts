// Reading generated reports back, for the report spec: a PDF's text layer through pdfjs-dist (what
// a screen reader or a search would get), and a DOCX's document.xml.
import { strFromU8, unzipSync } from "fflate";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface PdfText {
  pages: number;
  /** Each page's text items joined as they come (CJK text comes in pieces of a few glyphs). */
  joined: string;
  /** The same, with a space between items: where words are separate items. */
  spaced: string;
}

export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  const doc = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
  const joined: string[] = [];
  const spaced: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    const items = content.items.flatMap((item) => ("str" in item ? [item.str] : []));
    joined.push(items.join(""));
    spaced.push(items.join(" "));
  }
  await doc.destroy();
  const squeeze = (s: string) => s.replace(/\s+/g, " ");
  return { pages: joined.length, joined: squeeze(joined.join(" ")), spaced: squeeze(spaced.join(" ")) };
}

export interface DocxContent {
  xml: string;
  /** The text of each paragraph. */
  paragraphs: string[];
  images: string[];
}

const decode = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

export function docxContent(bytes: Uint8Array): DocxContent {
  const files = unzipSync(bytes);
  const xml = strFromU8(files["word/document.xml"]);
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1])).join(""));
  return { xml, paragraphs, images: Object.keys(files).filter((f) => f.startsWith("word/media/")) };
}

/** Whether `text` holds `words` as whole words (not inside a longer word), in this order. */
export function hasWholeWords(text: string, words: string): boolean {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}\\p{M}])${escaped}($|[^\\p{L}\\p{M}])`, "u").test(text);
}
