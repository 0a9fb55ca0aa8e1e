// Runs beside every embedded PostgreSQL (started by embedded.ts, `node --import tsx`): when the
// process that started that PostgreSQL is gone without stopping it (killed with SIGKILL, crashed
// hard), it stops the PostgreSQL, so no orphan keeps holding the data folder and its port, and
// deletes a throwaway data folder. A clean stop sends us SIGTERM, whose default action ends us.
//
// How we notice: our fd 3 is one end of a pipe whose other end only the parent holds. The OS closes
// that end when the parent exits, whatever killed it, and we read end-of-file. Nothing is polled,
// and no PID of the parent is ever signalled or trusted (PIDs are reused).
import { rm } from "node:fs/promises";
import { Socket } from "node:net";
import { isSameProcess, stopProcess, type ProcessRef } from "../system/processes";

const { postgres, dataDir, removeDir } = JSON.parse(process.argv[2] ?? "{}") as { postgres: ProcessRef; dataDir: string; removeDir: boolean };

let handled = false;
async function parentGone(): Promise<void> {
  if (handled) return;
  handled = true;
  // The PID is checked against its start time before any signal: a PostgreSQL that already
  // stopped, and whose PID went to another program, is left alone.
  if (isSameProcess(postgres)) {
    console.error(`[cybercap] the process that started PostgreSQL (pid ${postgres.pid}) is gone: stopping PostgreSQL`);
    await stopProcess(postgres, [
      ["SIGINT", 10_000],
      ["SIGQUIT", 5_000],
      ["SIGKILL", 5_000],
    ]);
  }
  if (removeDir) await rm(dataDir, { recursive: true, force: true });
  process.exit(0);
}

const pipe = new Socket({ fd: 3, readable: true, writable: false });
pipe.on("end", () => void parentGone());
pipe.on("close", () => void parentGone());
pipe.on("error", () => void parentGone());
pipe.resume();
