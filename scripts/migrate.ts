// npm run db:migrate: applies pending migrations to DATABASE_URL (or the embedded database).
import { migrate } from "../lib/db/migrate";
import { openDatabase } from "./lib/database";

const db = await openDatabase({ log: console.log, shareRunning: true, owner: { command: "npm run db:migrate" } });
try {
  const { applied, skipped } = await migrate({ connectionString: db.url, log: console.log });
  console.log(`${applied.length} applied, ${skipped.length} already applied`);
} finally {
  await db.stop();
}
