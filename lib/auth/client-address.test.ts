import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("clientAddress", () => {
  it("takes the last hop when no proxy is trusted (a client can forge the first)", () => {
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, 10.0.0.7" }, false)).toBe("10.0.0.7");
  });
  it("takes the client's address from a trusted proxy", () => {
    expect(clientAddress({ "x-forwarded-for": "203.0.113.9, 10.0.0.7" }, true)).toBe("203.0.113.9");
  });
  it("handles repeated headers and their absence", () => {
    expect(clientAddress({ "x-forwarded-for": ["1.1.1.1", "2.2.2.2"] }, false)).toBe("2.2.2.2");
    expect(clientAddress({}, false)).toBe("unknown");
    expect(clientAddress(undefined, true)).toBe("unknown");
  });
});
