// The S3 test server refuses what S3 would refuse, so the S3 store passing against it means something.
import { GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startS3TestServer, type S3TestServer } from "./s3-test-server";

let server: S3TestServer;
let client: S3Client;

beforeAll(async () => {
  server = await startS3TestServer({ buckets: ["b1"] });
  client = new S3Client({
    endpoint: server.endpoint,
    region: server.region,
    forcePathStyle: true,
    credentials: { accessKeyId: server.accessKeyId, secretAccessKey: server.secretAccessKey },
    requestChecksumCalculation: "WHEN_REQUIRED",
    maxAttempts: 1,
  });
});
afterAll(async () => {
  client?.destroy();
  await server?.stop();
});

describe("the S3 test server", () => {
  it("refuses a request with no signature", async () => {
    const response = await fetch(`${server.endpoint}/b1/some/key`);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("<Code>AccessDenied</Code>");
  });

  it("refuses a request whose signature covers something else", async () => {
    // Sign a request for one key, then send its headers for another.
    let captured: Record<string, string> = {};
    client.middlewareStack.add(
      (next) => async (args) => {
        captured = { ...(args.request as { headers: Record<string, string> }).headers };
        return next(args);
      },
      { step: "finalizeRequest", priority: "low", name: "capture" },
    );
    await expect(client.send(new GetObjectCommand({ Bucket: "b1", Key: "signed/for/this" }))).rejects.toMatchObject({ name: "NoSuchKey" });
    client.middlewareStack.remove("capture");
    const { host: _host, ...headers } = captured;
    const response = await fetch(`${server.endpoint}/b1/signed/for/that`, { headers });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("<Code>SignatureDoesNotMatch</Code>");
  });

  it("refuses a PUT with no checksum, and stores nothing", async () => {
    await expect(client.send(new PutObjectCommand({ Bucket: "b1", Key: "no/checksum", Body: new Uint8Array([1]) }))).rejects.toMatchObject({ name: "InvalidRequest" });
    expect(server.buckets.get("b1")?.has("no/checksum")).toBe(false);
  });

  it("answers NoSuchBucket for a bucket it does not have", async () => {
    await expect(client.send(new GetObjectCommand({ Bucket: "b2", Key: "k" }))).rejects.toMatchObject({ name: "NoSuchBucket", $metadata: { httpStatusCode: 404 } });
  });
});
