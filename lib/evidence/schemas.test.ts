import { describe, expect, it } from "vitest";
import { EVIDENCE_URL_MAX, ZLinkEvidence } from "./schemas";

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
    for (const url of ["javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd", "ftp://example.org/x", "not a url", "https://", "https://exa mple.org", "https://example.org/\nx"]) {
      expect(messages({ url }), url).toEqual({ url: "url" });
    }
  });

  it("limits the URL to 2000 characters and the title to 200", () => {
    const url = `https://example.org/${"a".repeat(EVIDENCE_URL_MAX)}`;
    expect(messages({ url })).toEqual({ url: "tooLong" });
    expect(messages({ url: "https://example.org", title: "t".repeat(201) })).toEqual({ title: "tooLong" });
  });

  it("requires a URL", () => {
    expect(messages({ url: "" })).toEqual({ url: "required" });
    expect(messages({})).toEqual({ url: "url" });
  });
});
