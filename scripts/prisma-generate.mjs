// Generates the Prisma client after `npm install`.
// Prisma's CLI downloads a schema engine binary for some commands; `generate` does not use it, and
// the download host is unreachable on air-gapped machines, so we point the CLI at a no-op binary.
// (Never use that trick for `migrate`: it then exits 0 and does nothing. Migrations are applied by
// lib/db/migrate.ts instead.)
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("prisma/schema.prisma")) process.exit(0);
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/true",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
