// npm run audit:verify: walks the audit trail's hash chain on DATABASE_URL (or the embedded
// database, shared with a running `npm start`) and names the first event that does not match.
// Exit code 0 when the chain verifies, 1 when it is broken, 2 when it could not be checked.
import pg from "pg";
import { verifyAuditChain } from "../lib/audit/chain";
import { openDatabase } from "./lib/database";

const REASONS = {
  HASH_MISSING: "has no hash",
  CONTENT_CHANGED: "does not match its hash: its content was changed after it was written",
  LINK_BROKEN: "does not follow the event before it: an event was removed, inserted or re-hashed",
} as const;

const db = await openDatabase({ log: console.log, shareRunning: true, owner: { command: "npm run audit:verify" } });
const client = new pg.Client({ connectionString: db.url });
let code = 2;
try {
  await client.connect();
  const report = await verifyAuditChain(client);
  if (report.ok) {
    console.log(`audit chain verifies: ${report.checked} events`);
    code = 0;
  } else if (report.firstBroken) {
    console.error(`audit chain BROKEN at event ${report.firstBroken.id}: it ${REASONS[report.firstBroken.reason]} (${report.checked} events checked)`);
    code = 1;
  }
} catch (error) {
  console.error(`audit chain could not be checked: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await client.end().catch(() => {});
  await db.stop();
}
process.exit(code);
