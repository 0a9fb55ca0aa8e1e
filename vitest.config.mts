import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // `server-only` throws outside React Server Components; services are plain modules in tests.
  "server-only": path.resolve(import.meta.dirname, "lib/testing/server-only-stub.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          environment: "node",
          include: ["lib/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "**/*.system.test.ts", "node_modules/**"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          environment: "node",
          include: ["lib/**/*.integration.test.ts", "prisma/**/*.integration.test.ts", "scripts/**/*.integration.test.ts"],
          globalSetup: ["lib/testing/global-setup.ts"],
          setupFiles: ["lib/testing/worker-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One worker: the suites share one database server; each test makes its own data.
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        test: {
          // Whole processes as they run for people: `npm start` and the container's server. Run by
          // `npm test` after the end-to-end tests, whose production build they reuse.
          name: "system",
          environment: "node",
          include: ["scripts/**/*.system.test.ts"],
          testTimeout: 180_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
