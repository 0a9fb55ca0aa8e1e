import { describe, expect, it } from "vitest";
import { EVIDENCE_URL_MAX, normaliseUrl, ZFileEvidence, ZLinkEvidence } from "./schemas";

function messages(input: unknown): Record<string, string> {
  const parsed = ZLinkEvidence.safeParse(input);
  if (parsed.success) return {};
  // The first problem of each field, as the service reports it.
  const out: Record<string, string> = {};
  for (const issue of parsed.error.issues) out[String(issue.path[0])] ??= issue.message;
  return out;
}

describe("ZLinkEvidence", () => {
  it("accepts http and https links, trimmed, with an optional title", () => {
    expect(ZLinkEvidence.parse({ url: "  https://www.unodc.org/cld/en/  ", title: " Law " })).toEqual({ url: "https://www.unodc.org/cld/en/", title: "Law" });
    expect(ZLinkEvidence.parse({ url: "http://example.gov/decree.pdf" })).toEqual({ url: "http://example.gov/decree.pdf" });
  });

  it("refuses other schemes and malformed URLs with the `url` key", () => {
    for (const url of ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>", "mailto:unit@example.org", "file:///etc/passwd", "ftp://example.org/x", "not a url", "https://", "https://exa mple.org", "https://example.org/\nx"]) {
      expect(messages({ url }), url).toEqual({ url: "url" });
    }
  });

  it("limits the URL to 2000 characters and the title to 200", () => {
    const url = `https://example.org/${"a".repeat(EVIDENCE_URL_MAX)}`;
    expect(messages({ url })).toEqual({ url: "tooLong" });
    expect(messages({ url: "https://example.org", title: "t".repeat(201) })).toEqual({ title: "tooLong" });
  });

  it("adds https:// to a link without a scheme, and keeps http:// when given", () => {
    expect(ZLinkEvidence.parse({ url: "police.example.org/unit" })).toEqual({ url: "https://police.example.org/unit" });
    expect(ZLinkEvidence.parse({ url: " www.unodc.org " })).toEqual({ url: "https://www.unodc.org" });
    expect(ZLinkEvidence.parse({ url: "http://police.example.org/unit" })).toEqual({ url: "http://police.example.org/unit" });
    expect(ZLinkEvidence.parse({ url: "HTTPS://police.example.org" })).toEqual({ url: "HTTPS://police.example.org" });
  });

  it("accepts a link without a title, as the form sends it (null, empty or absent)", () => {
    expect(ZLinkEvidence.parse({ url: "https://example.org", title: null })).toEqual({ url: "https://example.org", title: null });
    expect(ZLinkEvidence.parse({ url: "https://example.org", title: "  " })).toEqual({ url: "https://example.org", title: "" });
    expect(ZFileEvidence.parse({})).toEqual({});
  });

  it("refuses control characters in the link and the title, naming the field", () => {
    expect(messages({ url: "https://example.org/\u0000" })).toEqual({ url: "controlCharacters" });
    expect(messages({ url: "https://example.org", title: "Decree\u001b" })).toEqual({ title: "controlCharacters" });
  });

  it("requires a URL", () => {
    expect(messages({ url: "" })).toEqual({ url: "required" });
    expect(messages({})).toEqual({ url: "url" });
  });
});

describe("normaliseUrl", () => {
  it("completes a host, a host and port, and a scheme-relative link", () => {
    expect(normaliseUrl("police.example.org/unit")).toBe("https://police.example.org/unit");
    expect(normaliseUrl("localhost:3000/x")).toBe("https://localhost:3000/x");
    expect(normaliseUrl("police.example.org:8443")).toBe("https://police.example.org:8443");
    expect(normaliseUrl("//police.example.org")).toBe("https://police.example.org");
  });

  it("leaves other schemes alone (for the schema to refuse) and an empty value empty", () => {
    expect(normaliseUrl("javascript:alert(1)")).toBe("javascript:alert(1)");
    expect(normaliseUrl("data:text/html,x")).toBe("data:text/html,x");
    expect(normaliseUrl("ftp://example.org")).toBe("ftp://example.org");
    expect(normaliseUrl("  ")).toBe("");
  });
});
