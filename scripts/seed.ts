// npm run db:seed: migrations, reference data and (with DEMO_MODE=true or the embedded database)
// demo data. Demo data on an external database needs DEMO_MODE_ALLOW_EXTERNAL_DB=true.
import { demoModeRefusal } from "../lib/db/demo-guard";
import { env } from "../lib/env";
import { openDatabase, prepareDatabase } from "./lib/database";

const embedded = !env().DATABASE_URL;
const demo = env().DEMO_MODE ?? embedded;
const allowExternalDemo = env().DEMO_MODE_ALLOW_EXTERNAL_DB ?? false;
const refusal = demoModeRefusal({ demo, embedded, allowExternal: allowExternalDemo });
if (refusal) {
  console.error(refusal);
  process.exit(1);
}
const db = await openDatabase({ log: console.log, shareRunning: true, owner: { command: "npm run db:seed" } });
try {
  await prepareDatabase(db.url, { demo, embedded: db.embedded, allowExternalDemo, log: console.log });
} finally {
  await db.stop();
}
