// The PostgreSQL file store (stored_files.content) against the shared FileStore contract. Its `put`
// fills the content of a row the caller has written (storeFileWithRecords does it in one transaction),
// so the contract writes that row before each first put.
import { afterAll } from "vitest";
import { getDb } from "../db";
import { countryId } from "../testing/fixtures";
import { describeFileStoreContract } from "./file-store.contract";
import { createPostgresFileStore } from "./service";

const keys: string[] = [];

describeFileStoreContract("PostgreSQL store", async () => {
  const country = await countryId("FJ");
  return {
    store: createPostgresFileStore(),
    async beforePut(key, meta) {
      keys.push(key);
      await getDb().storedFile.create({ data: { countryId: country, storageKey: key, fileName: "contract.bin", mimeType: meta.mimeType, sizeBytes: meta.sizeBytes, sha256: meta.sha256 } });
    },
  };
});

afterAll(async () => {
  await getDb().storedFile.deleteMany({ where: { storageKey: { in: keys } } });
});
