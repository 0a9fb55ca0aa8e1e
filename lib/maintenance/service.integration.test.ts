// Housekeeping against a real PostgreSQL and a real data folder.
import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getDb, getPool } from "../db";
import { countryId } from "../testing/fixtures";
import { createFolderFileStore } from "../storage/folder-store";
import { createS3FileStore } from "../storage/s3-store";
import { createPostgresFileStore } from "../storage/service";
import { startS3TestServer } from "../testing/s3-test-server";
import { sweepExpiredRateLimits, sweepOrphanedFiles } from "./service";

const meta = { mimeType: "application/pdf", sizeBytes: 1, sha256: "0".repeat(64) };
const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000);

describe("sweepExpiredRateLimits", () => {
  it("removes counters whose window has ended and keeps the others", async () => {
    const prefix = `sweep-${Date.now()}`;
    await getPool().query(`INSERT INTO rate_limits (key, points, expire) VALUES ($1, 3, $2), ($3, 1, $4), ($5, 1, NULL)`, [
      `${prefix}-old`,
      Date.now() - 60_000,
      `${prefix}-live`,
      Date.now() + 60_000,
      `${prefix}-forever`,
    ]);
    expect(await sweepExpiredRateLimits(getPool())).toBeGreaterThanOrEqual(1);
    const { rows } = await getPool().query<{ key: string }>(`SELECT key FROM rate_limits WHERE key LIKE $1 ORDER BY key`, [`${prefix}%`]);
    expect(rows.map((r) => r.key)).toEqual([`${prefix}-forever`, `${prefix}-live`]);
  });
});

describe("sweepOrphanedFiles", () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), "cybercap-sweep-"));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("removes old bytes no row refers to and interrupted writes; keeps referenced and recent ones", async () => {
    const store = createFolderFileStore(root);
    const country = await countryId("FJ");
    const stamp = Date.now();
    const referenced = `evidence/${country}/ref-${stamp}`;
    const orphan = `evidence/${country}/orphan-${stamp}`;
    const recent = `evidence/${country}/recent-${stamp}`;
    for (const key of [referenced, orphan, recent]) await store.put(key, new Uint8Array([1]), meta);
    await getDb().storedFile.create({ data: { countryId: country, storageKey: referenced, fileName: "a.pdf", mimeType: meta.mimeType, sizeBytes: 1, sha256: meta.sha256 } });
    for (const key of [referenced, orphan]) await utimes(path.join(root, ...key.split("/")), hoursAgo(2), hoursAgo(2));
    await mkdir(path.join(root, ".tmp"), { recursive: true });
    await writeFile(path.join(root, ".tmp", "old.part"), "x");
    await utimes(path.join(root, ".tmp", "old.part"), hoursAgo(2), hoursAgo(2));
    await writeFile(path.join(root, ".tmp", "current.part"), "x");
    await writeFile(path.join(root, "NOTES.txt.bak~"), "not a key: left alone");

    const result = await sweepOrphanedFiles(getPool(), store);
    expect(result).toEqual({ removed: [orphan], kept: 2, temporaryRemoved: 1 });
    expect(await store.get(orphan)).toBeNull();
    expect(await store.get(referenced)).not.toBeNull();
    expect(await store.get(recent)).not.toBeNull();
    // Idempotent.
    expect((await sweepOrphanedFiles(getPool(), store)).removed).toEqual([]);
  });

  it("does the same in an S3 bucket, within the store's prefix only", async () => {
    const server = await startS3TestServer({ buckets: ["sweep"] });
    try {
      const store = createS3FileStore({
        bucket: "sweep",
        endpoint: server.endpoint,
        region: server.region,
        credentials: { accessKeyId: server.accessKeyId, secretAccessKey: server.secretAccessKey },
        forcePathStyle: true,
        prefix: "cybercap",
      });
      const country = await countryId("FJ");
      const stamp = Date.now();
      const referenced = `evidence/${country}/s3-ref-${stamp}`;
      const orphan = `evidence/${country}/s3-orphan-${stamp}`;
      const recent = `evidence/${country}/s3-recent-${stamp}`;
      const s3Meta = { mimeType: "application/pdf", sizeBytes: 1, sha256: "4bf5122f344554c53bde2ebb8cd2b7e3d1600ad631c385a5d7cce23c7785459a" };
      for (const key of [referenced, orphan, recent]) await store.put(key, new Uint8Array([1]), s3Meta);
      await getDb().storedFile.create({ data: { countryId: country, storageKey: referenced, fileName: "a.pdf", ...s3Meta } });
      const objects = server.buckets.get("sweep");
      if (!objects) throw new Error("no bucket");
      for (const key of [referenced, orphan]) {
        const object = objects.get(`cybercap/${key}`);
        if (object) object.lastModified = hoursAgo(2);
      }
      // Another installation's object in the same bucket: not this store's to judge.
      objects.set(`elsewhere/evidence/${country}/x`, { bytes: Buffer.from([1]), contentType: "text/plain", lastModified: hoursAgo(5) });

      const result = await sweepOrphanedFiles(getPool(), store);
      expect(result).toEqual({ removed: [orphan], kept: 2, temporaryRemoved: 0 });
      expect([...objects.keys()].sort()).toEqual([`cybercap/${recent}`, `cybercap/${referenced}`, `elsewhere/evidence/${country}/x`].sort());
      expect((await sweepOrphanedFiles(getPool(), store)).removed).toEqual([]);
    } finally {
      await server.stop();
    }
  });

  it("has nothing to do for the PostgreSQL store, whose bytes commit with their rows", async () => {
    expect(await sweepOrphanedFiles(getPool(), createPostgresFileStore())).toEqual({ removed: [], kept: 0, temporaryRemoved: 0 });
  });
});
