// What a PostgreSQL data folder's postmaster.pid says, checked against the running system: nothing
// recorded, a dead PID, a PID reused by another program, or really a PostgreSQL serving this folder.
import { realpathSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { processInfo, type ProcessInfo } from "../system/processes";

export interface PostmasterPid {
  pid: number;
  /** The data directory as PostgreSQL wrote it (line 2). */
  dataDir: string;
  port: number;
}

/** postmaster.pid: PID, data directory, start time, port, socket directory, … one per line. */
export function parsePostmasterPid(content: string): PostmasterPid | undefined {
  const lines = content.split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  return { pid, dataDir: lines[1] ?? "", port: Number.isInteger(port) ? port : 0 };
}

function resolved(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return path.resolve(dir);
  }
}

/** True when a command line is a `postgres` server started with `-D <this data folder>`. */
export function isPostgresOf(args: string[], dataDir: string): boolean {
  if (args.length === 0 || path.basename(args[0]) !== "postgres") return false;
  const wanted = new Set([path.resolve(dataDir), resolved(dataDir)]);
  const at = args.indexOf("-D");
  if (at >= 0 && at + 1 < args.length && wanted.has(resolved(args[at + 1]))) return true;
  // `ps` (outside Linux) gives the command line as one string split at spaces: a folder whose name
  // has spaces is found in the joined line instead.
  const line = args.join(" ");
  return [...wanted].some((dir) => line.includes(` -D ${dir} `) || line.endsWith(` -D ${dir}`));
}

export type PostmasterState =
  | { kind: "none" }
  | { kind: "stale"; recorded: PostmasterPid }
  | { kind: "reused"; recorded: PostmasterPid; process: ProcessInfo }
  | { kind: "postgres"; recorded: PostmasterPid; process: ProcessInfo; answers: boolean };

/** Does a PostgreSQL answer on this port, from this data folder? (Our embedded server's login.) */
export async function answersFrom(port: number, dataDir: string, credentials: { user: string; password: string }): Promise<boolean> {
  const client = new pg.Client({ host: "127.0.0.1", port, database: "postgres", ...credentials, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ data_directory: string }>("SELECT current_setting('data_directory') AS data_directory");
    return resolved(rows[0]?.data_directory ?? "") === resolved(dataDir);
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function inspectPostmaster(dataDir: string, credentials: { user: string; password: string }): Promise<PostmasterState> {
  let content: string;
  try {
    content = await readFile(path.join(dataDir, "postmaster.pid"), "utf8");
  } catch {
    return { kind: "none" };
  }
  const recorded = parsePostmasterPid(content);
  if (!recorded) return { kind: "none" };
  const info = processInfo(recorded.pid);
  if (!info) return { kind: "stale", recorded };
  if (!isPostgresOf(info.args, dataDir)) return { kind: "reused", recorded, process: info };
  return { kind: "postgres", recorded, process: info, answers: await answersFrom(recorded.port, dataDir, credentials) };
}
