// npm run db:seed: migrations, reference data and (with DEMO_MODE=true or the embedded database)
// demo data.
import { env } from "../lib/env";
import { openDatabase, prepareDatabase } from "./lib/database";

const db = await openDatabase({ log: console.log });
try {
  await prepareDatabase(db.url, { demo: env().DEMO_MODE ?? db.embedded, log: console.log });
} finally {
  await db.stop();
}
