import { describe, expect, it } from "vitest";
import { declaresBody, isClientAbort, mediaTypeOf, readJsonBody } from "./body";

const URL_ = "http://localhost/api/x";

/** A body that never ends: proves the limit is enforced on what arrives, not on what is declared. */
function endless(): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode(`{"a":"${"x".repeat(1000)}`);
  return new ReadableStream({ pull: (controller) => controller.enqueue(chunk) });
}

function put(body: BodyInit | null, headers: Record<string, string> = { "content-type": "application/json" }): Request {
  return new Request(URL_, { method: "PUT", headers, body, duplex: "half" } as RequestInit);
}

describe("readJsonBody", () => {
  it("parses JSON within the limit", async () => {
    expect(await readJsonBody(put(JSON.stringify({ version: 1 })), 100)).toEqual({ version: 1 });
  });

  it("refuses a declared length over the limit before reading anything", async () => {
    const body = endless();
    const request = put(body, { "content-type": "application/json", "content-length": "65537" });
    await expect(readJsonBody(request, 64 * 1024)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    expect(body.locked).toBe(false);
  });

  it("cuts off a chunked body without a length once it passes the limit", async () => {
    await expect(readJsonBody(put(endless()), 64 * 1024)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
  });

  it("counts what arrives when the declared length is a lie", async () => {
    const request = put(endless(), { "content-type": "application/json", "content-length": "10" });
    await expect(readJsonBody(request, 4096)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
  });

  it("refuses malformed JSON and bytes that are not UTF-8 as invalid input", async () => {
    await expect(readJsonBody(put("{"))).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(readJsonBody(put(new Uint8Array([0x22, 0xff, 0x22])))).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});

describe("mediaTypeOf and declaresBody", () => {
  it("reads the media type without its parameters", () => {
    expect(mediaTypeOf(put("{}", { "content-type": "Application/JSON; charset=utf-8" }))).toBe("application/json");
    expect(mediaTypeOf(new Request(URL_))).toBe("");
  });

  it("tells a request with a body from one without", () => {
    expect(declaresBody(new Request(URL_, { method: "DELETE" }))).toBe(false);
    expect(declaresBody(new Request(URL_, { method: "DELETE", headers: { "content-length": "0" } }))).toBe(false);
    expect(declaresBody(new Request(URL_, { method: "DELETE", headers: { "content-length": "3" } }))).toBe(true);
    expect(declaresBody(new Request(URL_, { method: "DELETE", headers: { "transfer-encoding": "chunked" } }))).toBe(true);
  });
});

describe("isClientAbort", () => {
  it("recognises Node's error for a body cut off by the client, and nothing else", async () => {
    const { createServer } = await import("node:http");
    const { connect } = await import("node:net");
    const seen = new Promise<unknown>((resolve) => {
      const server = createServer((req) => {
        req.on("error", (error) => {
          resolve(error);
          server.close();
        });
        req.resume();
      });
      server.listen(0, "127.0.0.1", () => {
        const { port } = server.address() as { port: number };
        // Half of a declared body, then the connection closes: a dropped line mid-save.
        const socket = connect(port, "127.0.0.1", () => {
          socket.write("PUT /x HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"level\":");
          setTimeout(() => socket.destroy(), 50);
        });
      });
    });
    expect(isClientAbort(await seen)).toBe(true);
    expect(isClientAbort(new Error("aborted"))).toBe(false);
    expect(isClientAbort(Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }))).toBe(false);
    expect(isClientAbort("aborted")).toBe(false);
  });
});
