import { describe, expect, it } from "vitest";
import { csvDocument, csvField, csvLine, csvStream, UTF8_BOM } from "./csv";

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

describe("CSV writer", () => {
  it("quotes fields with commas, quotes, line breaks and edge spaces", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(" padded")).toBe('" padded"');
  });

  it("neutralises formulas in text and keeps numbers as numbers", () => {
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("-2")).toBe("'-2");
    // A tab or carriage return at the start: apostrophe first, then quoted for the line break.
    expect(csvField("\r=1")).toBe("\"'\r=1\"");
    expect(csvField(-2)).toBe("-2");
    expect(csvField(1.25)).toBe("1.25");
    expect(csvField(null)).toBe("");
    expect(csvField(true)).toBe("true");
  });

  it("ends records with CRLF and starts documents with a byte-order mark", () => {
    expect(csvLine(["a", 1, null])).toBe("a,1,\r\n");
    const doc = csvDocument([["é", "شرطة"], ["x", 2]]);
    expect(doc.startsWith(UTF8_BOM)).toBe(true);
    expect(doc.slice(1)).toBe("é,شرطة\r\nx,2\r\n");
  });

  it("streams the same bytes as the whole document, in chunks, from a lazy source", async () => {
    let produced = 0;
    function* rows() {
      for (let i = 0; i < 1000; i++) {
        produced++;
        yield [`row ${i}`, i, i % 2 === 0 ? "=cmd" : "ok"] as const;
      }
    }
    const stream = csvStream(rows());
    const reader = stream.getReader();
    const first = await reader.read();
    // Only the first chunk's rows were read from the source.
    expect(produced).toBeLessThan(1000);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(first.value).startsWith(UTF8_BOM)).toBe(true);
    const chunks = [first.value as Uint8Array];
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
    expect(chunks.length).toBeGreaterThan(1);
    const whole = new TextDecoder("utf-8", { ignoreBOM: true }).decode(Buffer.concat(chunks));
    expect(whole).toBe(csvDocument(rows()));
  });

  it("streams from an async source and an empty one", async () => {
    async function* rows() {
      yield ["a"];
      yield ["b"];
    }
    expect(await readAll(csvStream(rows()))).toBe(`${UTF8_BOM}a\r\nb\r\n`);
    expect(await readAll(csvStream([]))).toBe(UTF8_BOM);
  });
});
