import { describe, expect, it } from "vitest";
import { contentDisposition, downloadHeaders } from "./download-headers";

describe("download headers", () => {
  it("always makes the file an attachment, with the UTF-8 name in filename*", () => {
    expect(contentDisposition("report.pdf")).toBe(`attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`);
    const arabic = contentDisposition("تقرير.pdf");
    expect(arabic).toContain(`filename*=UTF-8''${encodeURIComponent("تقرير")}.pdf`);
    expect(arabic).toMatch(/^attachment; filename="[\x20-\x7E]+";/);
  });

  it("escapes characters that would break the header", () => {
    const value = contentDisposition(`a"b;c\\d'(e)*.txt`);
    expect(value).toBe(`attachment; filename="a_b_c_d'(e)*.txt"; filename*=UTF-8''a%22b%3Bc%5Cd%27%28e%29%2A.txt`);
  });

  it("sends the detected type, no sniffing, no caching and a sandbox", () => {
    const h = downloadHeaders({ fileName: "cases.csv", mimeType: "text/csv", sizeBytes: 12 });
    expect(h.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(h.get("content-length")).toBe("12");
    expect(h.get("x-content-type-options")).toBe("nosniff");
    expect(h.get("cache-control")).toBe("private, no-store");
    expect(h.get("content-security-policy")).toContain("sandbox");
    expect(downloadHeaders({ fileName: "a.pdf", mimeType: "application/pdf", sizeBytes: 1 }).get("content-type")).toBe("application/pdf");
  });
});
