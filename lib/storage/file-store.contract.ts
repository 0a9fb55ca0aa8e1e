// What every FileStore must do, as vitest tests any store's test file registers for its own store:
// folder-store.test.ts (unit), postgres-store.integration.test.ts and s3-store.integration.test.ts.
// Keys are unique to each run (a random first segment), so the suite can run against a store that
// other tests, or an earlier run, also wrote to.
import { createHash, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { FileMeta, FileStore, StoredObject } from "./file-store";

export interface FileStoreUnderTest {
  store: FileStore;
  /**
   * Runs before the first put of each key, for a store whose put needs something to exist first
   * (the PostgreSQL store fills the content of a stored_files row the caller has written).
   */
  beforePut?(key: string, meta: FileMeta): Promise<void>;
}

export function metaOf(bytes: Uint8Array, mimeType = "application/octet-stream"): FileMeta {
  return { mimeType, sizeBytes: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex") };
}

/** Every byte value, and a length that is not a multiple of anything in particular. */
function binaryBytes(length = 70_001): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 7 + (i >> 8)) & 0xff;
  return bytes;
}

const INVALID_KEYS = ["../outside", "a/../../outside", "/etc/passwd", "a\\..\\b", ".tmp/x", "a//b", "", "a/./b", "a/b/", "%2e%2e/x", "a b", `a/${"x".repeat(200)}`];

async function collect(list: AsyncIterable<StoredObject>, keyPrefix: string): Promise<Map<string, Date>> {
  const seen = new Map<string, Date>();
  for await (const object of list) if (object.key.startsWith(keyPrefix)) seen.set(object.key, object.writtenAt);
  return seen;
}

export function describeFileStoreContract(name: string, setup: () => Promise<FileStoreUnderTest> | FileStoreUnderTest): void {
  describe(`${name}: the FileStore contract`, () => {
    let subject: FileStoreUnderTest;
    const run = `contract-${randomUUID()}`;
    let n = 0;
    const newKey = (...inner: string[]) => [run, ...inner, `f${++n}`].join("/");
    async function put(key: string, bytes: Uint8Array, mimeType?: string) {
      const meta = metaOf(bytes, mimeType);
      await subject.beforePut?.(key, meta);
      await subject.store.put(key, bytes, meta);
    }

    beforeAll(async () => {
      subject = await setup();
    });

    it("gives back exactly the bytes it was given, every byte value included", async () => {
      const key = newKey();
      const bytes = binaryBytes();
      await put(key, bytes, "application/pdf");
      const back = await subject.store.get(key);
      expect(back).toBeInstanceOf(Uint8Array);
      expect(back?.byteLength).toBe(bytes.byteLength);
      expect(Buffer.from(back ?? []).equals(Buffer.from(bytes))).toBe(true);
    });

    it("keeps a byte array that views part of a larger buffer as just that part", async () => {
      const key = newKey();
      const whole = binaryBytes(1000);
      const part = whole.subarray(100, 350);
      await put(key, part);
      expect(Array.from((await subject.store.get(key)) ?? [])).toEqual(Array.from(part));
    });

    it("keeps an empty file", async () => {
      const key = newKey();
      await put(key, new Uint8Array(0));
      expect((await subject.store.get(key))?.byteLength).toBe(0);
    });

    it("answers null for a key that holds nothing", async () => {
      expect(await subject.store.get(newKey("never", "written"))).toBeNull();
    });

    it("deletes, and deleting again or deleting a key that never held anything is not an error", async () => {
      const key = newKey();
      await put(key, new Uint8Array([1, 2, 3]));
      await subject.store.delete(key);
      expect(await subject.store.get(key)).toBeNull();
      await expect(subject.store.delete(key)).resolves.toBeUndefined();
      await expect(subject.store.delete(newKey("never"))).resolves.toBeUndefined();
    });

    it("replaces the bytes when a key is written again", async () => {
      const key = newKey();
      await put(key, new Uint8Array([1, 2, 3, 4, 5]));
      await subject.store.put(key, new Uint8Array([9]), metaOf(new Uint8Array([9])));
      expect(Array.from((await subject.store.get(key)) ?? [])).toEqual([9]);
    });

    it("keeps keys with nested segments apart from their neighbours", async () => {
      const a = newKey("evidence", "country-1");
      const b = newKey("evidence", "country-1", "deeper");
      const c = newKey("evidence", "country-2");
      await put(a, new Uint8Array([1]));
      await put(b, new Uint8Array([2]));
      await put(c, new Uint8Array([3]));
      expect(Array.from((await subject.store.get(a)) ?? [])).toEqual([1]);
      expect(Array.from((await subject.store.get(b)) ?? [])).toEqual([2]);
      expect(Array.from((await subject.store.get(c)) ?? [])).toEqual([3]);
      await subject.store.delete(b);
      expect(await subject.store.get(a)).not.toBeNull();
      expect(await subject.store.get(c)).not.toBeNull();
    });

    it("refuses keys that could escape the store or that the server never generates, for every operation", async () => {
      const bytes = new Uint8Array([1]);
      for (const key of INVALID_KEYS) {
        await expect(subject.store.put(key, bytes, metaOf(bytes)), key).rejects.toThrow(/storage key/);
        await expect(subject.store.get(key), key).rejects.toThrow(/storage key/);
        await expect(subject.store.delete(key), key).rejects.toThrow(/storage key/);
      }
    });

    it("lists what was put, with when it was written, and not what was deleted", async (context) => {
      const list = subject.store.list?.bind(subject.store);
      if (!list) {
        // A store inside the database has nothing to sweep and no list: the contract asks for none.
        expect(subject.store.inTransaction).toBeTypeOf("function");
        expect(subject.store.removeStaleTemporaryFiles).toBeUndefined();
        return;
      }
      const folder = `${run}/listing-${context.task.id}`;
      const started = Date.now();
      const keys = [`${folder}/a`, `${folder}/b/c`, `${folder}/b/d`, `${folder}/e`];
      for (const key of keys) await put(key, new Uint8Array([7]));
      await subject.store.delete(`${folder}/b/d`);

      const seen = await collect(list(), `${folder}/`);
      expect([...seen.keys()].sort()).toEqual([`${folder}/a`, `${folder}/b/c`, `${folder}/e`]);
      for (const writtenAt of seen.values()) {
        expect(writtenAt).toBeInstanceOf(Date);
        // Some stores keep whole seconds only.
        expect(writtenAt.getTime()).toBeGreaterThanOrEqual(Math.floor(started / 1000) * 1000 - 1000);
        expect(writtenAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
      }
      // Nothing interrupted here, so nothing stale to remove.
      expect(await subject.store.removeStaleTemporaryFiles?.(new Date())).toBe(0);
    });
  });
}
