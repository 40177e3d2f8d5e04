import { defineConfig } from "vitest/config";
import { reportersFor } from "../.ci/vitest-reporters.mjs";

export default defineConfig({
  // One graphql realm for Apollo, type-graphql and the tests (see apps/gateway/vitest.config.ts).
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    include: ["**/*.test.ts"],
    // PostgreSQL-only suites (several gateway processes on one server, kill -9) run only with DATABASE_URL.
    exclude: ["**/node_modules/**", ...(process.env.DATABASE_URL ? [] : ["**/*.postgres.test.ts"])],
    setupFiles: ["reflect-metadata"],
    // One migrated PGlite per run, copied by every test database (packages/db).
    globalSetup: ["../packages/db/src/pglite-snapshot.global.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    ...reportersFor("e2e"),
  },
});
