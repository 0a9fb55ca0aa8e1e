// The S3 file store against the S3-compatible test server (lib/testing/s3-test-server.ts), started on a
// random loopback port for this file: the shared FileStore contract, then what is particular to S3.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvForTests } from "../env";
import { startS3TestServer, type S3TestServer } from "../testing/s3-test-server";
import { describeFileStoreContract, metaOf } from "./file-store.contract";
import { createS3FileStore, sha256HexToBase64, type S3StoreConfig } from "./s3-store";
import { getFileStore } from "./service";

const BUCKET = "cybercap-test";
let server: S3TestServer;

beforeAll(async () => {
  server = await startS3TestServer({ buckets: [BUCKET], region: "eu-west-3" });
});
afterAll(async () => {
  await server?.stop();
});

function configFor(overrides: Partial<S3StoreConfig> = {}): S3StoreConfig {
  return {
    bucket: BUCKET,
    endpoint: server.endpoint,
    region: server.region,
    credentials: { accessKeyId: server.accessKeyId, secretAccessKey: server.secretAccessKey },
    forcePathStyle: true,
    ...overrides,
  };
}

const objects = () => server.buckets.get(BUCKET) as Map<string, { bytes: Buffer; contentType: string; lastModified: Date; checksumSha256?: string }>;

describeFileStoreContract("S3 store without a prefix", () => ({ store: createS3FileStore(configFor()) }));
describeFileStoreContract("S3 store with a prefix", () => ({ store: createS3FileStore(configFor({ prefix: "installations/test" })) }));

describe("the S3 file store", () => {
  it("writes under the prefix with the file's content type and SHA-256, which the server verified", async () => {
    const store = createS3FileStore(configFor({ prefix: "p1" }));
    const bytes = new TextEncoder().encode("%PDF-1.7 evidence");
    const meta = metaOf(bytes, "application/pdf");
    await store.put("evidence/c1/one", bytes, meta);
    const stored = objects().get("p1/evidence/c1/one");
    expect(stored?.contentType).toBe("application/pdf");
    expect(stored?.checksumSha256).toBe(Buffer.from(meta.sha256, "hex").toString("base64"));
    expect(objects().has("evidence/c1/one")).toBe(false);
    const put = server.requests.findLast((r) => r.method === "PUT");
    expect(put?.headers["x-amz-checksum-sha256"]).toBe(stored?.checksumSha256);
    expect(put?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=TESTACCESSKEY\/\d{8}\/eu-west-3\/s3\/aws4_request/);
  });

  it("refuses an upload whose bytes do not match their SHA-256, and stores nothing", async () => {
    const store = createS3FileStore(configFor());
    const bytes = new Uint8Array([1, 2, 3]);
    const wrong = { ...metaOf(bytes), sha256: metaOf(new Uint8Array([1, 2, 4])).sha256 };
    await expect(store.put("evidence/c1/corrupt", bytes, wrong)).rejects.toThrow(/S3 file store: put "evidence\/c1\/corrupt" failed: BadDigest \(HTTP 400\)/);
    expect(objects().has("evidence/c1/corrupt")).toBe(false);
    await expect(store.put("evidence/c1/corrupt", bytes, { ...wrong, sha256: "not hex" })).rejects.toThrow(/64 hexadecimal digits/);
  });

  it("refuses to serve bytes that no longer match the checksum stored with them", async () => {
    const store = createS3FileStore(configFor());
    const bytes = new Uint8Array([5, 6, 7, 8]);
    await store.put("evidence/c1/rotten", bytes, metaOf(bytes));
    const stored = objects().get("evidence/c1/rotten");
    if (!stored) throw new Error("not stored");
    stored.bytes = Buffer.from([5, 6, 7, 9]);
    await expect(store.get("evidence/c1/rotten")).rejects.toThrow(/checksum/i);
  });

  it("round-trips a file of several megabytes", async () => {
    const store = createS3FileStore(configFor());
    const bytes = new Uint8Array(3 * 1024 * 1024 + 17).map((_, i) => (i * 31) & 0xff);
    await store.put("evidence/c1/large", bytes, metaOf(bytes));
    expect(Buffer.from((await store.get("evidence/c1/large")) ?? []).equals(Buffer.from(bytes))).toBe(true);
  });

  it("fails loudly, rather than answering 'no file', with wrong credentials, region or bucket", async () => {
    const bytes = new Uint8Array([1]);
    const good = createS3FileStore(configFor());
    await good.put("evidence/c1/guarded", bytes, metaOf(bytes));
    const wrongSecret = createS3FileStore(configFor({ credentials: { accessKeyId: server.accessKeyId, secretAccessKey: "not-the-secret" } }));
    await expect(wrongSecret.get("evidence/c1/guarded")).rejects.toThrow(/SignatureDoesNotMatch \(HTTP 403\)/);
    await expect(wrongSecret.put("evidence/c1/guarded", bytes, metaOf(bytes))).rejects.toThrow(/SignatureDoesNotMatch/);
    await expect(wrongSecret.delete("evidence/c1/guarded")).rejects.toThrow(/SignatureDoesNotMatch/);
    const wrongRegion = createS3FileStore(configFor({ region: "us-east-1" }));
    await expect(wrongRegion.get("evidence/c1/guarded")).rejects.toThrow(/AuthorizationHeaderMalformed/);
    const noBucket = createS3FileStore(configFor({ bucket: "no-such-bucket" }));
    await expect(noBucket.get("evidence/c1/guarded")).rejects.toThrow(/NoSuchBucket \(HTTP 404\)/);
    await expect(noBucket.delete("evidence/c1/guarded")).rejects.toThrow(/NoSuchBucket/);
    // Nothing was lost on the way.
    expect(Array.from((await good.get("evidence/c1/guarded")) ?? [])).toEqual([1]);
  });

  it("pages through the listing, and lists only valid keys under its own prefix", async () => {
    const store = createS3FileStore(configFor({ prefix: "paged", listPageSize: 2 }));
    const keys = ["evidence/a/1", "evidence/a/2", "evidence/b/1", "evidence/b/2", "evidence/c/1"];
    for (const key of keys) await store.put(key, new Uint8Array([1]), metaOf(new Uint8Array([1])));
    // Not the store's: another installation's prefix, a prefix that merely starts alike, and names no
    // server-generated key could have.
    const stranger = { bytes: Buffer.from([0]), contentType: "text/plain", lastModified: new Date() };
    for (const key of ["other/evidence/a/1", "paged-not/evidence/x", "paged/.hidden", "paged/a//b", "paged/notes.txt~"]) objects().set(key, stranger);
    const before = server.requests.length;

    const listed: string[] = [];
    for await (const object of store.list?.() ?? []) listed.push(object.key);
    expect(listed).toEqual(keys);
    const listRequests = server.requests.slice(before).filter((r) => r.url.includes("list-type=2"));
    // Eight objects under "paged/" (the five keys and three strays), two a page.
    expect(listRequests.length).toBe(4);
    expect(listRequests.every((r) => r.url.includes("prefix=paged%2F") && r.url.includes("max-keys=2"))).toBe(true);
    expect(listRequests.filter((r) => r.url.includes("continuation-token=")).length).toBe(3);
    expect(objects().has("paged/notes.txt~")).toBe(true);
  });

  it("is what FILE_STORE=s3 selects, configured from the environment", async () => {
    const saved = { ...process.env };
    try {
      Object.assign(process.env, {
        FILE_STORE: "s3",
        S3_BUCKET: BUCKET,
        S3_ENDPOINT: server.endpoint,
        S3_REGION: server.region,
        S3_ACCESS_KEY_ID: server.accessKeyId,
        S3_SECRET_ACCESS_KEY: server.secretAccessKey,
        S3_FORCE_PATH_STYLE: "true",
        S3_PREFIX: "/from-env/",
      });
      resetEnvForTests();
      const bytes = new Uint8Array([4, 2]);
      await getFileStore().put("evidence/c9/by-env", bytes, metaOf(bytes, "image/png"));
      expect(objects().get("from-env/evidence/c9/by-env")?.contentType).toBe("image/png");
      expect(Array.from((await getFileStore().get("evidence/c9/by-env")) ?? [])).toEqual([4, 2]);
    } finally {
      process.env = saved;
      resetEnvForTests();
    }
  });

  it("converts the hex SHA-256 to the base64 of its bytes", () => {
    expect(sha256HexToBase64("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")).toBe("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
  });
});
