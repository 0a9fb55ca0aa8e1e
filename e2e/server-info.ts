// Where the e2e server (scripts/e2e-server.ts) leaves the address of its throwaway database, for
// the specs that make their own data in it (e2e/team.ts). One file per port: helpers running
// Playwright on other ports at the same time never read each other's.
import { tmpdir } from "node:os";
import path from "node:path";

export function e2eServerInfoPath(port: number): string {
  return path.join(tmpdir(), `cybercap-e2e-${port}.json`);
}
