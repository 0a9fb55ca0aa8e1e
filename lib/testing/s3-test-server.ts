// A small S3-compatible server for the tests of the S3 file store (lib/storage/s3-store.ts), run in the
// test process on a random loopback port. It speaks the part of the S3 REST API the store uses, the way
// S3 and MinIO answer it: path-style addressing; PUT, GET, HEAD and DELETE of an object; ListObjectsV2
// with a prefix, a page size and continuation tokens. It is strict where the store's correctness lies:
// - every request must carry a SigV4 Authorization header whose signature it recomputes (wrong
//   credentials, region or a tampered request are refused as S3 refuses them);
// - a signed payload hash (x-amz-content-sha256) must match the body;
// - a PUT must send x-amz-checksum-sha256 or Content-MD5 (unless `requireChecksum: false`), and the
//   checksum must match the bytes: a mismatch is S3's 400 BadDigest and nothing is stored.
// Objects live in memory, per server: a test suite starts one in beforeAll and stops it in afterAll.
import { createHash, createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface S3TestObject {
  bytes: Buffer;
  contentType: string;
  lastModified: Date;
  /** Base64 SHA-256 the uploader sent (x-amz-checksum-sha256), if it sent one. */
  checksumSha256?: string;
}

export interface S3TestServer {
  /** http://127.0.0.1:<port>, for S3_ENDPOINT (with S3_FORCE_PATH_STYLE=true). */
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** bucket -> key -> object: tests read it to see what the store really wrote, or age an object. */
  buckets: Map<string, Map<string, S3TestObject>>;
  /** Every request that reached the server, as "METHOD /path?query" with its status. */
  requests: { method: string; url: string; status: number; headers: IncomingMessage["headers"] }[];
  stop(): Promise<void>;
}

export interface S3TestServerOptions {
  buckets?: string[];
  region?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  requireChecksum?: boolean;
}

const MAX_BODY_BYTES = 64 * 1024 * 1024;
const MAX_KEYS = 1000;

class S3Error extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly resource?: string,
  ) {
    super(message);
  }
}

export async function startS3TestServer(options: S3TestServerOptions = {}): Promise<S3TestServer> {
  const region = options.region ?? "us-east-1";
  const accessKeyId = options.accessKeyId ?? "TESTACCESSKEY";
  const secretAccessKey = options.secretAccessKey ?? "test-secret-access-key";
  const requireChecksum = options.requireChecksum ?? true;
  const buckets = new Map<string, Map<string, S3TestObject>>((options.buckets ?? ["cybercap-test"]).map((b) => [b, new Map()]));
  const requests: S3TestServer["requests"] = [];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const rawUrl = req.url ?? "/";
    const queryAt = rawUrl.indexOf("?");
    const rawPath = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
    const rawQuery = queryAt === -1 ? "" : rawUrl.slice(queryAt + 1);
    verifySignature(req, rawPath, rawQuery, body, { region, accessKeyId, secretAccessKey });

    const segments = rawPath.split("/").slice(1);
    const bucketName = decodeURIComponent(segments[0] ?? "");
    const key = segments.slice(1).map(decodeURIComponent).join("/");
    if (!bucketName) throw new S3Error(400, "InvalidRequest", "this test server answers path-style requests only (/bucket/key)");
    const bucket = buckets.get(bucketName);
    if (!bucket) throw new S3Error(404, "NoSuchBucket", "The specified bucket does not exist", `/${bucketName}`);
    const query = new URLSearchParams(rawQuery);

    if (!key) {
      if (req.method === "GET" && query.get("list-type") === "2") return listObjects(res, bucketName, bucket, query);
      throw new S3Error(501, "NotImplemented", `${req.method} on a bucket is not implemented by the test server`);
    }
    switch (req.method) {
      case "PUT":
        return putObject(req, res, bucket, key, body);
      case "GET":
      case "HEAD": {
        const object = bucket.get(key);
        if (!object) throw new S3Error(404, "NoSuchKey", "The specified key does not exist.", `/${bucketName}/${key}`);
        res.setHeader("Content-Type", object.contentType);
        res.setHeader("Content-Length", String(object.bytes.length));
        res.setHeader("ETag", etagOf(object.bytes));
        res.setHeader("Last-Modified", object.lastModified.toUTCString());
        if (object.checksumSha256 && req.headers["x-amz-checksum-mode"] === "ENABLED") res.setHeader("x-amz-checksum-sha256", object.checksumSha256);
        res.statusCode = 200;
        res.end(req.method === "GET" ? object.bytes : undefined);
        return;
      }
      case "DELETE":
        // Like S3 on a bucket without versioning: deleting a key that holds nothing succeeds.
        bucket.delete(key);
        res.statusCode = 204;
        res.end();
        return;
      default:
        throw new S3Error(405, "MethodNotAllowed", `${req.method} is not allowed on an object`);
    }
  }

  function putObject(req: IncomingMessage, res: ServerResponse, bucket: Map<string, S3TestObject>, key: string, body: Buffer): void {
    for (const name of Object.keys(req.headers)) {
      if (name.startsWith("x-amz-checksum-") && name !== "x-amz-checksum-sha256" && name !== "x-amz-checksum-algorithm") {
        throw new S3Error(501, "NotImplemented", `the test server verifies SHA-256 checksums only, not ${name}`);
      }
    }
    const sha256 = header(req, "x-amz-checksum-sha256");
    const md5 = header(req, "content-md5");
    if (requireChecksum && !sha256 && !md5) {
      throw new S3Error(400, "InvalidRequest", "the test server requires x-amz-checksum-sha256 or Content-MD5 on every PUT");
    }
    if (sha256 !== undefined && sha256 !== createHash("sha256").update(body).digest("base64")) {
      throw new S3Error(400, "BadDigest", "The SHA256 you specified did not match the calculated checksum.");
    }
    if (md5 !== undefined && md5 !== createHash("md5").update(body).digest("base64")) {
      throw new S3Error(400, "BadDigest", "The Content-MD5 you specified did not match what we received.");
    }
    bucket.set(key, {
      bytes: body,
      contentType: header(req, "content-type") ?? "application/octet-stream",
      lastModified: new Date(),
      checksumSha256: sha256,
    });
    res.setHeader("ETag", etagOf(body));
    if (sha256) res.setHeader("x-amz-checksum-sha256", sha256);
    res.statusCode = 200;
    res.end();
  }

  function listObjects(res: ServerResponse, bucketName: string, bucket: Map<string, S3TestObject>, query: URLSearchParams): void {
    const prefix = query.get("prefix") ?? "";
    const maxKeys = Math.min(MAX_KEYS, Number(query.get("max-keys") ?? MAX_KEYS));
    if (!Number.isInteger(maxKeys) || maxKeys < 0) throw new S3Error(400, "InvalidArgument", "max-keys must be a non-negative integer");
    const token = query.get("continuation-token");
    const after = token ? Buffer.from(token, "base64url").toString("utf8") : (query.get("start-after") ?? "");
    const encode = query.get("encoding-type") === "url" ? (s: string) => encodeURIComponent(s).replace(/%2F/g, "/") : (s: string) => s;
    // S3 lists in UTF-8 binary order.
    const keys = [...bucket.keys()].filter((k) => k.startsWith(prefix) && Buffer.compare(Buffer.from(k), Buffer.from(after)) > 0).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    const page = keys.slice(0, maxKeys);
    const truncated = keys.length > page.length;
    const contents = page
      .map((k) => {
        const o = bucket.get(k) as S3TestObject;
        return `<Contents><Key>${xml(encode(k))}</Key><LastModified>${o.lastModified.toISOString()}</LastModified><ETag>${xml(etagOf(o.bytes))}</ETag><Size>${o.bytes.length}</Size><StorageClass>STANDARD</StorageClass></Contents>`;
      })
      .join("");
    const next = truncated ? `<NextContinuationToken>${Buffer.from(page[page.length - 1] ?? "").toString("base64url")}</NextContinuationToken>` : "";
    const echoed = token ? `<ContinuationToken>${xml(token)}</ContinuationToken>` : "";
    sendXml(
      res,
      200,
      `<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${xml(bucketName)}</Name><Prefix>${xml(encode(prefix))}</Prefix><KeyCount>${page.length}</KeyCount><MaxKeys>${maxKeys}</MaxKeys><IsTruncated>${truncated}</IsTruncated>${echoed}${next}${contents}</ListBucketResult>`,
    );
  }

  const server = createServer((req, res) => {
    handle(req, res)
      .catch((error: unknown) => {
        const e = error instanceof S3Error ? error : new S3Error(500, "InternalError", error instanceof Error ? error.message : String(error));
        if (req.method === "HEAD") {
          res.statusCode = e.status;
          res.end();
          return;
        }
        const resource = e.resource ? `<Resource>${xml(e.resource)}</Resource>` : "";
        sendXml(res, e.status, `<Error><Code>${e.code}</Code><Message>${xml(e.message)}</Message>${resource}<RequestId>${randomUUID()}</RequestId></Error>`);
      })
      .finally(() => {
        requests.push({ method: req.method ?? "", url: req.url ?? "", status: res.statusCode, headers: req.headers });
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    region,
    accessKeyId,
    secretAccessKey,
    buckets,
    requests,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        // The SDK keeps connections alive: close them, or `close` waits for their idle timeout.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new S3Error(400, "EntityTooLarge", "the test server takes bodies of 64 MB at most");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function sendXml(res: ServerResponse, status: number, body: string): void {
  res.statusCode = status;
  res.setHeader("Content-Type", "application/xml");
  res.end(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`);
}

function xml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

function etagOf(bytes: Buffer): string {
  return `"${createHash("md5").update(bytes).digest("hex")}"`;
}

// --- Signature Version 4, recomputed from the request as received -----------------------------------

const AUTH_PATTERN = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;

function verifySignature(req: IncomingMessage, rawPath: string, rawQuery: string, body: Buffer, creds: { region: string; accessKeyId: string; secretAccessKey: string }): void {
  const authorization = header(req, "authorization");
  if (!authorization) throw new S3Error(403, "AccessDenied", "Access Denied (no Authorization header)");
  const match = AUTH_PATTERN.exec(authorization);
  if (!match) throw new S3Error(400, "AuthorizationHeaderMalformed", "The authorization header is malformed.");
  const [, keyId, date, region, signedHeaderList, signature] = match as unknown as [string, string, string, string, string, string];
  if (keyId !== creds.accessKeyId) throw new S3Error(403, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.");
  if (region !== creds.region) throw new S3Error(400, "AuthorizationHeaderMalformed", `the region '${region}' is wrong; expecting '${creds.region}'`);
  const amzDate = header(req, "x-amz-date");
  if (!amzDate?.startsWith(date)) throw new S3Error(403, "AccessDenied", "x-amz-date is missing or does not match the credential's date");

  const payloadHash = header(req, "x-amz-content-sha256");
  if (!payloadHash) throw new S3Error(400, "InvalidRequest", "Missing required header for this request: x-amz-content-sha256");
  if (payloadHash.startsWith("STREAMING-")) throw new S3Error(501, "NotImplemented", "the test server does not take aws-chunked uploads");
  if (payloadHash !== "UNSIGNED-PAYLOAD" && payloadHash !== createHash("sha256").update(body).digest("hex")) {
    throw new S3Error(400, "XAmzContentSHA256Mismatch", "The provided 'x-amz-content-sha256' header does not match what was computed.");
  }

  const signedHeaders = signedHeaderList.split(";");
  if (!signedHeaders.includes("host")) throw new S3Error(403, "AccessDenied", "the host header must be signed");
  const canonicalHeaders = signedHeaders.map((name) => `${name}:${(header(req, name) ?? "").trim().replace(/\s+/g, " ")}\n`).join("");
  const canonicalRequest = [req.method, rawPath, canonicalQuery(rawQuery), canonicalHeaders, signedHeaderList, payloadHash].join("\n");
  const scope = `${date}/${region}/s3/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", amzDate, scope, createHash("sha256").update(canonicalRequest).digest("hex")].join("\n");
  let key: Buffer = hmac(`AWS4${creds.secretAccessKey}`, date);
  for (const part of [region, "s3", "aws4_request"]) key = hmac(key, part);
  const expected = createHmac("sha256", key).update(stringToSign).digest();
  if (!timingSafeEqual(expected, Buffer.from(signature, "hex"))) {
    throw new S3Error(403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.");
  }
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac("sha256", key).update(data).digest();
}

/** Query parameters decoded, re-encoded the SigV4 way (RFC 3986 unreserved characters kept) and sorted. */
function canonicalQuery(rawQuery: string): string {
  if (!rawQuery) return "";
  const encode = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return rawQuery
    .split("&")
    .filter(Boolean)
    .map((pair) => {
      const at = pair.indexOf("=");
      const name = decodeURIComponent((at === -1 ? pair : pair.slice(0, at)).replace(/\+/g, " "));
      const value = at === -1 ? "" : decodeURIComponent(pair.slice(at + 1).replace(/\+/g, " "));
      return [encode(name), encode(value)] as const;
    })
    .sort(([an, av], [bn, bv]) => (an < bn ? -1 : an > bn ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([n, v]) => `${n}=${v}`)
    .join("&");
}
