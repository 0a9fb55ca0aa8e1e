// Preloaded into the bench's server (`node --require`) when the bench profiles (npm run bench --
// --profile): SIGUSR2 starts the V8 CPU profiler in this process, the next SIGUSR2 stops it and
// writes the profile to $BENCH_PROFILE_DIR/<n>.cpuprofile (written under a temporary name, then
// renamed, so the bench can wait for the file). In-process (node:inspector), so no debugger port.
// CommonJS and dependency-free: it runs before any bundler or loader.
"use strict";

/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: `node --require` loads it before any ESM loader */
const inspector = require("node:inspector");
const fs = require("node:fs");
const path = require("node:path");
/* eslint-enable @typescript-eslint/no-require-imports */

const dir = process.env.BENCH_PROFILE_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  let running = false;
  let count = 0;
  process.on("SIGUSR2", () => {
    if (!running) {
      running = true;
      session.post("Profiler.enable", () => session.post("Profiler.setSamplingInterval", { interval: 500 }, () => session.post("Profiler.start")));
      return;
    }
    running = false;
    session.post("Profiler.stop", (error, result) => {
      if (error) return;
      count += 1;
      const file = path.join(dir, `${count}.cpuprofile`);
      fs.writeFileSync(`${file}.tmp`, JSON.stringify(result.profile));
      fs.renameSync(`${file}.tmp`, file);
    });
  });
}
