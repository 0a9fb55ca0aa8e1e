import { afterEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "../env";
import { PEER_ADDRESS_HEADER, clientAddress } from "./client-address";

const direct = { trustProxy: false, trustedHops: 1 };
const proxied = (trustedHops: number) => ({ trustProxy: true, trustedHops });

describe("clientAddress", () => {
  it("takes the socket's address, whatever X-Forwarded-For says, when no proxy is trusted", () => {
    expect(clientAddress({ [PEER_ADDRESS_HEADER]: "192.0.2.10", "x-forwarded-for": "6.6.6.6" }, direct)).toBe("192.0.2.10");
    expect(clientAddress({ [PEER_ADDRESS_HEADER]: "192.0.2.10", "x-forwarded-for": "6.6.6.6, 7.7.7.7" }, direct)).toBe("192.0.2.10");
    expect(clientAddress({ [PEER_ADDRESS_HEADER]: "192.0.2.10" }, direct)).toBe("192.0.2.10");
  });

  it("behind one trusted proxy, takes the address that proxy saw (right-most hop), not a forged left-most one", () => {
    const headers = { [PEER_ADDRESS_HEADER]: "10.0.0.7", "x-forwarded-for": "6.6.6.6, 203.0.113.9" };
    expect(clientAddress(headers, proxied(1))).toBe("203.0.113.9");
  });

  it("counts several trusted hops from the socket, and clamps to the left-most entry", () => {
    const headers = { [PEER_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.1" };
    expect(clientAddress(headers, proxied(2))).toBe("203.0.113.9");
    expect(clientAddress(headers, proxied(3))).toBe("6.6.6.6");
    expect(clientAddress(headers, proxied(9))).toBe("6.6.6.6");
    // A trusted proxy that received no X-Forwarded-For: the client is the proxy's peer itself.
    expect(clientAddress({ [PEER_ADDRESS_HEADER]: "10.0.0.2" }, proxied(1))).toBe("10.0.0.2");
  });

  it("handles repeated headers and IPv4-mapped IPv6 addresses", () => {
    expect(clientAddress({ [PEER_ADDRESS_HEADER]: "10.0.0.7", "x-forwarded-for": ["1.1.1.1", "2.2.2.2"] }, proxied(1))).toBe("2.2.2.2");
    expect(clientAddress({ [PEER_ADDRESS_HEADER]: "::ffff:192.0.2.4" }, direct)).toBe("192.0.2.4");
    expect(clientAddress({ [PEER_ADDRESS_HEADER]: "2001:db8::1" }, direct)).toBe("2001:db8::1");
  });

  it("without the preload's header, falls back to the last X-Forwarded-For hop", () => {
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, 10.0.0.7" }, direct)).toBe("10.0.0.7");
    expect(clientAddress({}, direct)).toBe("unknown");
    expect(clientAddress(undefined, proxied(1))).toBe("unknown");
  });

  describe("configured by TRUST_PROXY and TRUST_PROXY_HOPS", () => {
    const saved = { ...process.env };
    afterEach(() => {
      process.env = { ...saved };
      resetEnvForTests();
    });
    const headers = { [PEER_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.1" };

    it("trusts no proxy by default", () => {
      delete process.env.TRUST_PROXY;
      delete process.env.TRUST_PROXY_HOPS;
      resetEnvForTests();
      expect(clientAddress(headers)).toBe("10.0.0.2");
    });

    it("counts one trusted hop by default, or as many as configured", () => {
      process.env.TRUST_PROXY = "true";
      delete process.env.TRUST_PROXY_HOPS;
      resetEnvForTests();
      expect(clientAddress(headers)).toBe("10.0.0.1");
      process.env.TRUST_PROXY_HOPS = "2";
      resetEnvForTests();
      expect(clientAddress(headers)).toBe("203.0.113.9");
    });
  });
});
