import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { assertValidStorageKey, isValidStorageKey, type FileStore, type StoredObject } from "./file-store";

// Bytes as files under one data folder (FILE_STORE=folder). Several app instances must share the
// folder (a network volume): the store keeps no state in memory, so any instance reads what another
// wrote.

/** Temporary files live here: same file system as the targets (so rename is atomic), and no valid key starts with a dot. */
const TMP_DIR = ".tmp";

function isMissing(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "ENOENT";
}

export function createFolderFileStore(root: string): FileStore {
  const base = path.resolve(root);

  function pathOf(key: string): string {
    assertValidStorageKey(key);
    // The key pattern already rules out traversal; checking the resolved path as well means a future
    // change to the pattern cannot open a way out of the folder.
    const full = path.resolve(base, ...key.split("/"));
    if (!full.startsWith(base + path.sep)) throw new Error("storage key escapes the data folder");
    return full;
  }

  return {
    async put(key, bytes) {
      const target = pathOf(key);
      const tmpDir = path.join(base, TMP_DIR);
      await mkdir(tmpDir, { recursive: true });
      await mkdir(path.dirname(target), { recursive: true });
      // Write then rename: a reader never sees a half-written file, and a crash leaves only a
      // temporary file behind, never a truncated one under the key.
      const tmp = path.join(tmpDir, `${randomUUID()}.part`);
      try {
        const handle = await open(tmp, "wx", 0o600);
        try {
          await handle.writeFile(bytes);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(tmp, target);
      } catch (error) {
        await rm(tmp, { force: true });
        throw error;
      }
    },

    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async delete(key) {
      await rm(pathOf(key), { force: true });
    },

    async *list(): AsyncIterable<StoredObject> {
      // Depth first, one directory in memory at a time; the temporary folder and anything that is
      // not a valid key (a stray file someone put there) are not the store's and are left alone.
      async function* walk(dir: string, segments: string[]): AsyncIterable<StoredObject> {
        let entries;
        try {
          entries = await readdir(dir, { withFileTypes: true });
        } catch (error) {
          if (isMissing(error)) return;
          throw error;
        }
        for (const entry of entries) {
          if (segments.length === 0 && entry.name === TMP_DIR) continue;
          const full = path.join(dir, entry.name);
          if (entry.isDirectory()) yield* walk(full, [...segments, entry.name]);
          else if (entry.isFile()) {
            const key = [...segments, entry.name].join("/");
            if (isValidStorageKey(key)) yield { key, writtenAt: (await stat(full)).mtime };
          }
        }
      }
      yield* walk(base, []);
    },

    async removeStaleTemporaryFiles(before) {
      const tmpDir = path.join(base, TMP_DIR);
      let names: string[];
      try {
        names = await readdir(tmpDir);
      } catch (error) {
        if (isMissing(error)) return 0;
        throw error;
      }
      let removed = 0;
      for (const name of names) {
        const full = path.join(tmpDir, name);
        const info = await stat(full).catch(() => null);
        if (info?.isFile() && info.mtime < before) {
          await rm(full, { force: true });
          removed += 1;
        }
      }
      return removed;
    },
  };
}
