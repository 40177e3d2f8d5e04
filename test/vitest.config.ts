import { defineConfig } from "vitest/config";
import { reportersFor } from "../.ci/vitest-reporters.mjs";

export default defineConfig({
  // One graphql realm for Apollo, type-graphql and the tests (see apps/gateway/vitest.config.ts).
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**"],
    setupFiles: ["reflect-metadata"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    ...reportersFor("e2e"),
  },
});
