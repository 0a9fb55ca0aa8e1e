import { describe, expect, it } from "vitest";
import { zipBytes } from "../evidence/test-files";
import { checkArchive } from "./archive";

/** A zip whose central directory claims an entry of `size` bytes uncompressed. */
function claiming(size: number): Uint8Array {
  const zip = zipBytes([{ name: "xl/workbook.xml", content: "<workbook/>" }]);
  const view = new DataView(zip.buffer);
  for (let i = 0; i < zip.byteLength - 4; i++) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return zip;
}

describe("archive check before unpacking", () => {
  it("accepts a small zip", () => {
    expect(checkArchive(zipBytes([{ name: "a.xml", content: "<a/>" }]))).toBeNull();
  });

  it("refuses what is not a zip, a truncated zip and an oversized upload", () => {
    expect(checkArchive(new TextEncoder().encode("code,level\nPRE-01,2\n"))).toBe("notWorkbook");
    const zip = zipBytes([{ name: "a.xml", content: "<a/>" }]);
    expect(checkArchive(zip.slice(0, zip.byteLength - 10))).toBe("corrupted");
    expect(checkArchive(zip, { maxBytes: 10, maxEntries: 10, maxExpanded: 1000 })).toBe("tooLarge");
  });

  it("refuses an archive that would expand beyond the limit (a zip bomb) or holds too many entries", () => {
    expect(checkArchive(claiming(3_000_000_000))).toBe("tooExpanded");
    const many = zipBytes(Array.from({ length: 5 }, (_, i) => ({ name: `f${i}.xml`, content: "x" })));
    expect(checkArchive(many, { maxBytes: 1e6, maxEntries: 4, maxExpanded: 1e6 })).toBe("tooExpanded");
  });
});
