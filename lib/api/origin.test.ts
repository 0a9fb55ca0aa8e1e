import { describe, expect, it } from "vitest";
import { isSameOriginRequest, originOf } from "./origin";

const PUBLIC = "https://cybercap.example.org";
const h = (headers: Record<string, string>) => new Headers(headers);

describe("isSameOriginRequest", () => {
  it("accepts our public origin and the request's own host", () => {
    expect(isSameOriginRequest(h({ origin: PUBLIC, host: "10.0.0.5:3000" }), PUBLIC)).toBe(true);
    expect(isSameOriginRequest(h({ origin: "http://127.0.0.1:3330", host: "127.0.0.1:3330" }), undefined)).toBe(true);
    expect(isSameOriginRequest(h({ origin: "http://127.0.0.1:3330", host: "127.0.0.1:3330", "sec-fetch-site": "same-origin" }), PUBLIC)).toBe(true);
  });

  it("refuses another site, another port, a null origin and a non-web scheme", () => {
    expect(isSameOriginRequest(h({ origin: "https://evil.example", host: "cybercap.example.org" }), PUBLIC)).toBe(false);
    expect(isSameOriginRequest(h({ origin: "http://127.0.0.1:4000", host: "127.0.0.1:3330" }), undefined)).toBe(false);
    expect(isSameOriginRequest(h({ origin: "null", host: "127.0.0.1:3330" }), undefined)).toBe(false);
    expect(isSameOriginRequest(h({ origin: "chrome-extension://abc", host: "abc" }), undefined)).toBe(false);
    // A public origin does not vouch for a look-alike.
    expect(isSameOriginRequest(h({ origin: "https://cybercap.example.org.evil.example", host: "x" }), PUBLIC)).toBe(false);
  });

  it("believes the browser's Sec-Fetch-Site over a matching Origin, and without one", () => {
    expect(isSameOriginRequest(h({ origin: PUBLIC, host: "cybercap.example.org", "sec-fetch-site": "cross-site" }), PUBLIC)).toBe(false);
    expect(isSameOriginRequest(h({ host: "cybercap.example.org", "sec-fetch-site": "same-site" }), PUBLIC)).toBe(false);
    expect(isSameOriginRequest(h({ host: "cybercap.example.org", "sec-fetch-site": "same-origin" }), PUBLIC)).toBe(true);
  });

  it("accepts a request with neither Origin nor Sec-Fetch-Site (an old browser's same-origin request, or not a browser)", () => {
    expect(isSameOriginRequest(h({ host: "cybercap.example.org" }), PUBLIC)).toBe(true);
  });
});

describe("originOf", () => {
  it("keeps only the origin of the public address", () => {
    expect(originOf("https://cybercap.example.org/base/")).toBe("https://cybercap.example.org");
    expect(originOf(undefined)).toBeUndefined();
    expect(originOf("not a url")).toBeUndefined();
  });
});
