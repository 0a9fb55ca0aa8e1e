// Preloaded (`node --import`) into the Next server that `npm start` and the test servers run: the
// server stops when the process that started it is gone, even when that one was killed with
// SIGKILL and could not stop it, so no orphan keeps the port and the next start works.
//
// The parent passes one end of a pipe as our fd 3 (startNext in next-server.ts); the OS closes its
// end when it exits, however it exits, and we read end-of-file. That works the same on Linux and
// macOS, and unlike watching process.ppid (a value fixed at start in Node 20) it needs no polling.
// Plain JavaScript: it runs before Next, without a TypeScript loader.
import fs from "node:fs";
import net from "node:net";

function parentGone() {
  // Next's own SIGTERM handler closes the server; if it hangs, leave anyway.
  setTimeout(() => process.exit(1), 5000).unref();
  process.kill(process.pid, "SIGTERM");
}

// Only in the process it was started for: the parent names the pipe's fd in CYBERCAP_WATCH_PARENT_FD,
// and we take the variable out of our environment, so Next's own child processes (which inherit
// both our environment and this preload; `next dev` forks one whose fd 3 is its IPC channel) leave
// their fd 3 alone.
const fd = Number(process.env.CYBERCAP_WATCH_PARENT_FD);
delete process.env.CYBERCAP_WATCH_PARENT_FD;

let pipe;
try {
  if (Number.isInteger(fd) && fd > 2 && fs.fstatSync(fd).isSocket()) pipe = new net.Socket({ fd, readable: true, writable: false });
} catch {
  pipe = undefined; // no usable pipe: nothing to watch
}
if (pipe) {
  let gone = false;
  const once = () => {
    if (gone) return;
    gone = true;
    parentGone();
  };
  pipe.on("end", once);
  pipe.on("close", once);
  pipe.on("error", once);
  pipe.resume();
  // The watch must not keep the server's event loop alive by itself.
  pipe.unref();
}
