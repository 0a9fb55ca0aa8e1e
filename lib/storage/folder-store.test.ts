import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { isValidStorageKey } from "./file-store";
import { describeFileStoreContract } from "./file-store.contract";
import { createFolderFileStore } from "./folder-store";

const meta = { mimeType: "application/pdf", sizeBytes: 3, sha256: "0".repeat(64) };
let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "cybercap-files-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("folder file store", () => {
  it("round-trips bytes under a nested key and deletes them", async () => {
    const store = createFolderFileStore(root);
    await store.put("evidence/c1/f1", new Uint8Array([1, 2, 3]), meta);
    expect(Array.from((await store.get("evidence/c1/f1")) ?? [])).toEqual([1, 2, 3]);
    expect(Array.from(await readFile(path.join(root, "evidence", "c1", "f1")))).toEqual([1, 2, 3]);
    await store.delete("evidence/c1/f1");
    expect(await store.get("evidence/c1/f1")).toBeNull();
    await store.delete("evidence/c1/f1");
  });

  it("leaves no temporary file behind", async () => {
    const store = createFolderFileStore(root);
    await store.put("k1", new Uint8Array([9]), meta);
    expect(await readdir(path.join(root, ".tmp"))).toEqual([]);
  });

  it("answers null for a key that holds nothing", async () => {
    expect(await createFolderFileStore(root).get("nothing/here")).toBeNull();
  });

  it("refuses keys that could leave the folder or name hidden files", async () => {
    const store = createFolderFileStore(root);
    for (const key of ["../outside", "a/../../outside", "/etc/passwd", "a\\..\\b", ".tmp/x", "a//b", "", "a/./b", "a/b/", "%2e%2e/x"]) {
      expect(isValidStorageKey(key), key).toBe(false);
      await expect(store.put(key, new Uint8Array([1]), meta), key).rejects.toThrow(/storage key/);
      await expect(store.get(key), key).rejects.toThrow(/storage key/);
      await expect(store.delete(key), key).rejects.toThrow(/storage key/);
    }
    expect(await readdir(path.dirname(root))).not.toContain("outside");
  });
});

let contractRoot: string | undefined;
describeFileStoreContract("folder store", async () => {
  contractRoot = await mkdtemp(path.join(tmpdir(), "cybercap-files-contract-"));
  return { store: createFolderFileStore(contractRoot) };
});
afterAll(async () => {
  if (contractRoot) await rm(contractRoot, { recursive: true, force: true });
});
