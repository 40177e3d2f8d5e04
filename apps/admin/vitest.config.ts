import { defineConfig } from "vitest/config";
import { reportersFor } from "../../.ci/vitest-reporters.mjs";

export default defineConfig({
  test: {
    environment: "node",
    include: ["test/**/*.test.ts"],
    // One browser, one gateway process (its production bundle), one app build, shared by the flows in order.
    fileParallelism: false,
    // The gateway bundle and the console are built once for every file.
    globalSetup: ["test/support/builds.global.ts"],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    ...reportersFor("admin"),
  },
});
