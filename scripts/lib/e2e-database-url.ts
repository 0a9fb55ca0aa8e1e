// Where the e2e server tells the specs which throwaway database it serves from, so that a spec can
// create the users it needs (e2e/db.ts). One file per port: several servers may run side by side.
import path from "node:path";

export function e2eDatabaseUrlFile(port: number): string {
  return path.join(process.cwd(), ".data", `e2e-database-url-${port}.txt`);
}
