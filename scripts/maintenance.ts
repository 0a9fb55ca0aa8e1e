// npm run maintenance: the housekeeping of lib/maintenance on DATABASE_URL (or the embedded
// database) and the configured file store. Run it daily (cron, systemd timer, Kubernetes CronJob);
// it is idempotent and safe beside running app instances.
import pg from "pg";
import { env } from "../lib/env";
import { sweepExpiredRateLimits, sweepOrphanedFiles } from "../lib/maintenance/service";
import { createFolderFileStore } from "../lib/storage/folder-store";
import { createS3FileStore, s3ConfigFromEnv } from "../lib/storage/s3-store";
import { openDatabase } from "./lib/database";

const db = await openDatabase({ log: console.log, shareRunning: true, owner: { command: "npm run maintenance" } });
const pool = new pg.Pool({ connectionString: db.url, max: 2 });
try {
  const limits = await sweepExpiredRateLimits(pool);
  console.log(`sign-in throttling: ${limits} expired counters removed`);
  const e = env();
  const store =
    e.FILE_STORE === "folder"
      ? { name: `folder ${e.FILE_STORE_DIR}`, files: createFolderFileStore(e.FILE_STORE_DIR) }
      : e.FILE_STORE === "s3"
        ? { name: `S3 bucket ${e.S3_BUCKET}${e.S3_PREFIX ? `, prefix ${e.S3_PREFIX}/` : ""}`, files: createS3FileStore(s3ConfigFromEnv(e)) }
        : undefined;
  if (store) {
    const files = await sweepOrphanedFiles(pool, store.files);
    console.log(`file store (${store.name}): ${files.removed.length} unreferenced files removed, ${files.temporaryRemoved} interrupted writes removed, ${files.kept} kept`);
    for (const key of files.removed) console.log(`  removed ${key}`);
  } else {
    console.log("file store: PostgreSQL (bytes commit with their records; nothing to sweep)");
  }
} finally {
  await pool.end();
  await db.stop();
}
