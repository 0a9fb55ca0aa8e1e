// Bundles scripts/admin-create.ts into one file for the runtime image, which holds only Next's
// standalone server (no tsx, no sources): `node admin-create.mjs --email …` there. pg is bundled;
// the embedded-database fallback is left out (the container always has DATABASE_URL).
import { build } from "esbuild";

await build({
  entryPoints: ["scripts/admin-create.ts"],
  outfile: process.argv[2] ?? "admin-create.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: ["./lib/database", "pg-native"],
  // Bundled CommonJS (pg) calls require(); an ES module has none unless we make one.
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  logLevel: "warning",
});
