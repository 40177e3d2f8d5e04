import { defineConfig } from "vitest/config";
import { reportersFor } from "../../.ci/vitest-reporters.mjs";

export default defineConfig({
  // The browser tests start a real gateway in-process: one graphql realm for Apollo and
  // type-graphql (see apps/gateway/vitest.config.ts), and reflect-metadata for its decorators.
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    environment: "node",
    include: ["test/**/*.test.ts"],
    setupFiles: ["reflect-metadata"],
    // One browser, one gateway, one app build, shared by the flows in order.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    ...reportersFor("admin"),
  },
});
