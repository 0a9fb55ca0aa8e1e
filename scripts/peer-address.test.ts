import { createRequire } from "node:module";
import { createServer, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER, isPeerAddressPreloaded } from "../lib/auth/client-address";

// The preload patches node:http for the whole process; vitest runs each test file in its own
// worker, so only this file's servers are affected.
createRequire(import.meta.url)("./peer-address.cjs");

let seen: { headers: IncomingHttpHeaders; raw: string[] }[] = [];
const server = createServer((req, res) => {
  seen.push({ headers: req.headers, raw: req.rawHeaders });
  res.end("ok");
});
let port = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(headers: Record<string, string>, localAddress: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path: "/", headers, localAddress }, (res) => {
      res.resume();
      res.on("end", () => resolve());
    });
    req.on("error", reject);
    req.end();
  });
}

describe("peer-address preload", () => {
  it("stamps the socket's address, overwriting a forged header of the same name", async () => {
    seen = [];
    // The whole of 127.0.0.0/8 is loopback on Linux: a client bound to 127.0.0.9 is a different peer.
    await get({ "x-forwarded-for": "203.0.113.50", [PEER_ADDRESS_HEADER]: "198.51.100.1" }, "127.0.0.9");
    expect(seen[0].headers[PEER_ADDRESS_HEADER]).toBe("127.0.0.9");
    expect(seen[0].headers["x-forwarded-for"]).toBe("203.0.113.50");
    const rawValues = seen[0].raw.filter((_, i, all) => i % 2 === 1 && all[i - 1].toLowerCase() === PEER_ADDRESS_HEADER);
    expect(rawValues).toEqual(["127.0.0.9"]);
  });

  it("marks the process, for the start-up check", () => {
    expect(isPeerAddressPreloaded()).toBe(true);
  });
});
