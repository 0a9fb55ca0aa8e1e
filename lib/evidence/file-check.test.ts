import { describe, expect, it } from "vitest";
import { checkEvidenceFile, EVIDENCE_MAX_BYTES, FILE_NAME_MAX, sanitiseFileName } from "./file-check";
import { cfbBytes, concat, docxBytes, exeBytes, odtBytes, pdfBytes, pngBytes, text, zipBytes } from "./test-files";

async function refusal(fileName: string, bytes: Uint8Array) {
  return checkEvidenceFile({ fileName, bytes }).then(
    () => null,
    (e: unknown) => e,
  );
}

describe("checkEvidenceFile", () => {
  it("accepts a PDF and a PNG by their content", async () => {
    expect(await checkEvidenceFile({ fileName: "decree.pdf", bytes: pdfBytes() })).toEqual({ fileName: "decree.pdf", mimeType: "application/pdf", sizeBytes: pdfBytes().length });
    expect(await checkEvidenceFile({ fileName: "chart.png", bytes: pngBytes() })).toMatchObject({ mimeType: "image/png" });
  });

  it("goes by the content, not the name: a PDF named .png is a PDF, and gets a .pdf extension", async () => {
    expect(await checkEvidenceFile({ fileName: "scan.png", bytes: pdfBytes() })).toMatchObject({ mimeType: "application/pdf", fileName: "scan.png.pdf" });
    expect(await checkEvidenceFile({ fileName: "page.html", bytes: pdfBytes() })).toMatchObject({ fileName: "page.html.pdf" });
  });

  it("accepts office documents: DOCX and ODT detected inside the zip", async () => {
    expect(await checkEvidenceFile({ fileName: "law.docx", bytes: docxBytes() })).toMatchObject({
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    });
    expect(await checkEvidenceFile({ fileName: "policy.odt", bytes: odtBytes() })).toMatchObject({ mimeType: "application/vnd.oasis.opendocument.text" });
  });

  it("refuses a zip archive that is not an office document, whatever its name", async () => {
    const zip = zipBytes([{ name: "readme.txt", content: "hello" }]);
    for (const name of ["archive.zip", "law.docx"]) {
      expect(await refusal(name, zip)).toMatchObject({ code: "FILE_TYPE_NOT_ALLOWED", fields: { file: "fileType" } });
    }
  });

  it("refuses an executable even when it is named like a document", async () => {
    for (const name of ["setup.exe", "report.pdf", "notes.txt"]) {
      expect(await refusal(name, exeBytes())).toMatchObject({ code: "FILE_TYPE_NOT_ALLOWED" });
    }
  });

  it("accepts a legacy Office compound file only under a .doc, .xls or .ppt name", async () => {
    expect(await checkEvidenceFile({ fileName: "old.doc", bytes: cfbBytes() })).toMatchObject({ mimeType: "application/msword" });
    expect(await checkEvidenceFile({ fileName: "old.XLS", bytes: cfbBytes() })).toMatchObject({ mimeType: "application/vnd.ms-excel" });
    expect(await checkEvidenceFile({ fileName: "deck.ppt", bytes: cfbBytes() })).toMatchObject({ mimeType: "application/vnd.ms-powerpoint" });
    expect(await refusal("installer.msi", cfbBytes())).toMatchObject({ code: "FILE_TYPE_NOT_ALLOWED" });
  });

  it("accepts UTF-8 text only as .txt or .csv, and refuses HTML and SVG", async () => {
    expect(await checkEvidenceFile({ fileName: "cases.csv", bytes: text("year,cases\n2024,12\n") })).toMatchObject({ mimeType: "text/csv" });
    expect(await checkEvidenceFile({ fileName: "note.txt", bytes: text("Décret n° 12 — résumé") })).toMatchObject({ mimeType: "text/plain" });
    const html = text("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
    expect(await refusal("page.html", html)).toMatchObject({ code: "FILE_TYPE_NOT_ALLOWED" });
    expect(await refusal("page.htm", html)).toMatchObject({ code: "FILE_TYPE_NOT_ALLOWED" });
    const svg = text('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(await refusal("logo.svg", svg)).toMatchObject({ code: "FILE_TYPE_NOT_ALLOWED" });
    expect(await refusal("logo.txt", svg)).toMatchObject({ code: "FILE_TYPE_NOT_ALLOWED" });
  });

  it("refuses text that is not valid UTF-8 or contains NUL bytes", async () => {
    expect(await refusal("latin1.txt", new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toMatchObject({ code: "FILE_TYPE_NOT_ALLOWED" });
    expect(await refusal("nul.csv", text("a,b\u0000c"))).toMatchObject({ code: "FILE_TYPE_NOT_ALLOWED" });
  });

  it("refuses a file over the limit before looking at its type, and an empty file", async () => {
    const big = concat([pdfBytes(), new Uint8Array(EVIDENCE_MAX_BYTES)]);
    expect(await refusal("big.pdf", big)).toMatchObject({ code: "FILE_TOO_LARGE", fields: { file: "fileTooLarge" } });
    const exact = concat([pdfBytes(), new Uint8Array(EVIDENCE_MAX_BYTES - pdfBytes().length)]);
    expect(await checkEvidenceFile({ fileName: "exact.pdf", bytes: exact })).toMatchObject({ sizeBytes: EVIDENCE_MAX_BYTES });
    expect(await refusal("empty.pdf", new Uint8Array(0))).toMatchObject({ code: "INVALID_INPUT", fields: { file: "fileEmpty" } });
  });
});

describe("sanitiseFileName", () => {
  it("keeps only the last path part", () => {
    expect(sanitiseFileName("../../etc/passwd")).toBe("passwd");
    expect(sanitiseFileName("C:\\Users\\me\\report.pdf")).toBe("report.pdf");
  });

  it("removes control and direction-override characters, and Windows-reserved ones", () => {
    expect(sanitiseFileName("a\u0000b\nc\u001f.pdf")).toBe("abc.pdf");
    expect(sanitiseFileName("report\u202Efdp.exe")).toBe("reportfdp.exe");
    expect(sanitiseFileName('what?<is>:"this"|*.pdf')).toBe("what__is___this___.pdf");
  });

  it("drops leading dots and trailing dots and spaces, and never returns an empty name", () => {
    expect(sanitiseFileName(".hidden.pdf")).toBe("hidden.pdf");
    expect(sanitiseFileName("name.pdf. . ")).toBe("name.pdf");
    expect(sanitiseFileName("..")).toBe("file");
    expect(sanitiseFileName("")).toBe("file");
  });

  it("limits the length and keeps the extension", () => {
    const long = `${"é".repeat(300)}.pdf`;
    const cut = sanitiseFileName(long);
    expect([...cut].length).toBe(FILE_NAME_MAX);
    expect(cut.endsWith(".pdf")).toBe(true);
  });

  it("keeps readable non-Latin names", () => {
    expect(sanitiseFileName("تقرير الجرائم السيبرانية.pdf")).toBe("تقرير الجرائم السيبرانية.pdf");
    expect(sanitiseFileName("网络犯罪报告.docx")).toBe("网络犯罪报告.docx");
  });
});
