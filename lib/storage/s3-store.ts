import "server-only";
import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import type { Env } from "../env";
import { assertValidStorageKey, isValidStorageKey, type FileStore, type StoredObject } from "./file-store";

// Bytes as objects in an S3-compatible bucket (FILE_STORE=s3): Amazon S3, MinIO, or any service that
// speaks the S3 API with SigV4. Every instance talks to the same bucket and keeps nothing of its own, so
// any instance reads what another wrote. The bucket (or the S3_PREFIX within it) belongs to Cybercap
// alone: the maintenance sweep deletes objects in it that no stored_files row refers to.

export interface S3StoreConfig {
  bucket: string;
  /** Unset for Amazon S3 (the SDK derives the endpoint from the region); http(s)://host:port otherwise. */
  endpoint?: string;
  region: string;
  /** Unset: the SDK's default credential chain (AWS_* variables, a profile, an instance or pod role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** /bucket/key URLs instead of bucket.host/key: MinIO and most self-hosted services need it. */
  forcePathStyle: boolean;
  /** Prepended to every key as "<prefix>/"; no leading or trailing slash. */
  prefix?: string;
  /** Keys per ListObjectsV2 page (S3's maximum, 1000, by default; tests page with fewer). */
  listPageSize?: number;
}

export function s3ConfigFromEnv(e: Env): S3StoreConfig {
  // lib/env.ts has already refused FILE_STORE=s3 without a bucket, or with half a key pair.
  if (!e.S3_BUCKET) throw new Error("S3_BUCKET is not set");
  return {
    bucket: e.S3_BUCKET,
    endpoint: e.S3_ENDPOINT,
    region: e.S3_REGION,
    credentials: e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY } : undefined,
    forcePathStyle: e.S3_FORCE_PATH_STYLE ?? false,
    prefix: e.S3_PREFIX,
  };
}

// One client per configuration and process. An S3Client is a pool of HTTP connections plus the
// configuration it was built from: nothing that two instances could disagree about, so keeping it is
// not shared state in the sense of the house rules, and rebuilding it per request would only throw
// away warm connections. Built on first use, so a process that never touches evidence never makes one.
let cachedClient: { fingerprint: string; client: S3Client } | undefined;

function clientFor(config: S3StoreConfig): S3Client {
  const fingerprint = JSON.stringify([config.endpoint, config.region, config.credentials, config.forcePathStyle]);
  if (cachedClient?.fingerprint === fingerprint) return cachedClient.client;
  // A configuration that changes (only tests do that) gets a client of its own. The previous one is
  // not destroyed, as a request may still be running on it; its idle connections close by themselves.
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials: config.credentials,
    // The store sends its own SHA-256 with every put and asks for the stored checksum on every get.
    // These keep the SDK to exactly that: by default it would also choose checksums of its own (CRC32)
    // for any request that can carry one, which some S3-compatible services still refuse.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    maxAttempts: 3,
    // A bucket that stops answering fails the request (logged, generic error to the user) instead of
    // holding it open until the proxy gives up.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
  });
  cachedClient = { fingerprint, client };
  return client;
}

/** Hex SHA-256 (as FileMeta carries it) to the base64 of its bytes, as x-amz-checksum-sha256 wants it. */
export function sha256HexToBase64(hex: string): string {
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error("the file's SHA-256 must be 64 hexadecimal digits");
  return Buffer.from(hex, "hex").toString("base64");
}

/** The key holds nothing. A missing bucket (also a 404) is a configuration error, never "no file". */
function isMissingKey(error: unknown): boolean {
  if (!(error instanceof S3ServiceException) || error.name === "NoSuchBucket") return false;
  return error.name === "NoSuchKey" || error.name === "NotFound" || error.$metadata.httpStatusCode === 404;
}

/**
 * An S3 failure as an internal error that says what was being done: the evidence service lets it
 * through, the route logs it and the user sees the generic error. The SDK's error stays as `cause`.
 */
function storeError(operation: string, key: string, error: unknown): Error {
  const detail = error instanceof S3ServiceException ? `${error.name} (HTTP ${error.$metadata.httpStatusCode ?? "?"}): ${error.message}` : error instanceof Error ? error.message : String(error);
  return new Error(`S3 file store: ${operation} ${JSON.stringify(key)} failed: ${detail}`, { cause: error });
}

export function createS3FileStore(config: S3StoreConfig): FileStore {
  const prefix = config.prefix ? `${config.prefix}/` : "";
  const objectKey = (key: string) => {
    assertValidStorageKey(key);
    return prefix + key;
  };

  return {
    async put(key, bytes, meta) {
      const Key = objectKey(key);
      const ChecksumSHA256 = sha256HexToBase64(meta.sha256);
      try {
        // A single PutObject (evidence files are at most a few MB, far under S3's 5 GB for one put).
        // S3 recomputes the SHA-256 and refuses the upload (BadDigest) when it differs, so a corrupted
        // transfer never becomes the stored file.
        await clientFor(config).send(
          new PutObjectCommand({ Bucket: config.bucket, Key, Body: bytes, ContentLength: bytes.byteLength, ContentType: meta.mimeType, ChecksumSHA256 }),
        );
      } catch (error) {
        throw storeError("put", key, error);
      }
    },

    async get(key) {
      const Key = objectKey(key);
      try {
        // ChecksumMode: the service answers with the SHA-256 it stored, and the SDK checks the bytes
        // it receives against it (a mismatch fails the read rather than serving damaged bytes).
        const response = await clientFor(config).send(new GetObjectCommand({ Bucket: config.bucket, Key, ChecksumMode: "ENABLED" }));
        if (!response.Body) throw new Error("the response has no body");
        return await response.Body.transformToByteArray();
      } catch (error) {
        if (isMissingKey(error)) return null;
        throw storeError("get", key, error);
      }
    },

    async delete(key) {
      const Key = objectKey(key);
      try {
        // S3 answers 204 for a key that holds nothing; some compatible services answer 404 instead.
        await clientFor(config).send(new DeleteObjectCommand({ Bucket: config.bucket, Key }));
      } catch (error) {
        if (isMissingKey(error)) return;
        throw storeError("delete", key, error);
      }
    },

    async *list(): AsyncIterable<StoredObject> {
      let ContinuationToken: string | undefined;
      do {
        let page;
        try {
          page = await clientFor(config).send(
            new ListObjectsV2Command({ Bucket: config.bucket, Prefix: prefix || undefined, ContinuationToken, MaxKeys: config.listPageSize }),
          );
        } catch (error) {
          throw storeError("list", prefix, error);
        }
        for (const object of page.Contents ?? []) {
          if (!object.Key?.startsWith(prefix) || !object.LastModified) continue;
          const key = object.Key.slice(prefix.length);
          // Anything that is not a key this store could have written is not the store's: left alone.
          if (isValidStorageKey(key)) yield { key, writtenAt: object.LastModified };
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },

    // Nothing to sweep: a single PutObject is atomic. The object appears under its key whole, after S3
    // has checked its checksum, or not at all; an interrupted upload leaves no partial object and no
    // temporary name behind (unlike the folder store's write-then-rename). The store never starts a
    // multipart upload, the one kind of S3 write that can leave unfinished parts.
    async removeStaleTemporaryFiles() {
      return 0;
    },
  };
}
