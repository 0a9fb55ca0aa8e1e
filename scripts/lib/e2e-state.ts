// Where the end-to-end server tells the Playwright workers about itself: the throwaway database's
// address, so that specs can make their own users, countries and rounds (e2e/db.ts). One file per
// port, so that several e2e runs on one machine do not read each other's.
import { tmpdir } from "node:os";
import path from "node:path";

export interface E2eState {
  databaseUrl: string;
}

export function e2eStateFile(port: number): string {
  return path.join(tmpdir(), `cybercap-e2e-${port}.json`);
}
