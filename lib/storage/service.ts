import "server-only";
import { randomUUID } from "node:crypto";
import { getDb } from "../db";
import { env } from "../env";
import { logger } from "../logger";
import type { Prisma } from "../generated/prisma/client";
import { assertValidStorageKey, type FileMeta, type FileStore } from "./file-store";
import { createFolderFileStore } from "./folder-store";
import { createS3FileStore, s3ConfigFromEnv } from "./s3-store";

// Choosing the store and writing bytes together with their database rows. This is the only module
// of lib/storage that talks to Prisma (the PostgreSQL store and the transactions).

type StoredFileClient = Pick<Prisma.TransactionClient, "storedFile">;

/**
 * Bytes in `stored_files.content`, on the row whose `storage_key` is the key. The row (with its
 * metadata) is written by the caller; `put` fills its content, so it must run after the row exists,
 * in the same transaction: `storeFileWithRecords` takes care of that.
 */
export function createPostgresFileStore(client: StoredFileClient = getDb()): FileStore {
  return {
    async put(key, bytes) {
      assertValidStorageKey(key);
      const { count } = await client.storedFile.updateMany({ where: { storageKey: key }, data: { content: toPrismaBytes(bytes) } });
      if (count !== 1) throw new Error("no stored_files row for this key: write the row before the bytes");
    },
    async get(key) {
      assertValidStorageKey(key);
      const row = await client.storedFile.findUnique({ where: { storageKey: key }, select: { content: true } });
      return row?.content ?? null;
    },
    async delete(key) {
      assertValidStorageKey(key);
      // The row belongs to the caller, who deletes it with its other records; clearing the content
      // here keeps `delete` meaningful on its own.
      await client.storedFile.updateMany({ where: { storageKey: key }, data: { content: null } });
    },
    inTransaction: (tx) => createPostgresFileStore(tx),
  };
}

/**
 * Prisma's Bytes type is a Uint8Array over a plain ArrayBuffer; ours may view a SharedArrayBuffer
 * or a Node Buffer pool. Reuse the memory when it is a plain ArrayBuffer, copy otherwise.
 */
function toPrismaBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : new Uint8Array(bytes);
}

/**
 * The store the configuration names. Built on each call and holding nothing between requests (the S3
 * store reuses one connection pool per process, which is not state: see ./s3-store).
 */
export function getFileStore(): FileStore {
  const e = env();
  switch (e.FILE_STORE) {
    case "folder":
      return createFolderFileStore(e.FILE_STORE_DIR);
    case "s3":
      return createS3FileStore(s3ConfigFromEnv(e));
    case "postgres":
      return createPostgresFileStore();
  }
}

/** A fresh key for a file of a country, e.g. "evidence/<country id>/<uuid>". Never derived from user input. */
export function newStorageKey(prefix: string, countryId: string): string {
  const key = `${prefix}/${countryId}/${randomUUID()}`;
  assertValidStorageKey(key);
  return key;
}

export interface FileToStore {
  key: string;
  bytes: Uint8Array;
  meta: FileMeta;
}

/**
 * Stores the bytes and runs `writeRecords` (the transaction that writes the stored_files row and what
 * refers to it) so that both happen or neither does:
 * - a database store writes the bytes inside that transaction, after the records;
 * - any other store writes the bytes first, and deletes them again if the transaction fails (a crash
 *   between the two can leave unreferenced bytes behind, never a row without its bytes).
 */
export async function storeFileWithRecords<T>(store: FileStore, file: FileToStore, writeRecords: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  const db = getDb();
  // Bound, so a class-based store (an S3 client) keeps its `this`.
  const inTransaction = store.inTransaction?.bind(store);
  if (inTransaction) {
    return db.$transaction(async (tx) => {
      const result = await writeRecords(tx);
      await inTransaction(tx).put(file.key, file.bytes, file.meta);
      return result;
    });
  }
  await store.put(file.key, file.bytes, file.meta);
  try {
    return await db.$transaction(writeRecords);
  } catch (error) {
    await store.delete(file.key).catch((cleanupError: unknown) => {
      logger.error({ err: cleanupError, key: file.key }, "could not delete the bytes of a file whose records were not saved");
    });
    throw error;
  }
}

/**
 * Runs `deleteRecords` (the transaction that deletes the stored_files row and what refers to it), then
 * removes the bytes. A database store loses them with the row; another store is cleared after the
 * commit, so a failed transaction never leaves a row without its bytes. If that clean-up fails the
 * bytes stay unreferenced: logged, and harmless to readers.
 */
export async function removeFileWithRecords<T>(store: FileStore, key: string, deleteRecords: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  const db = getDb();
  // Bound, so a class-based store (an S3 client) keeps its `this`.
  const inTransaction = store.inTransaction?.bind(store);
  if (inTransaction) {
    return db.$transaction(async (tx) => {
      await inTransaction(tx).delete(key);
      return deleteRecords(tx);
    });
  }
  const result = await db.$transaction(deleteRecords);
  await store.delete(key).catch((error: unknown) => {
    logger.error({ err: error, key }, "could not delete the bytes of a removed file");
  });
  return result;
}
