import { defineConfig } from "vitest/config";
import { reportersFor } from "../../.ci/vitest-reporters.mjs";

export default defineConfig({
  // Vite would load graphql's ESM build while Apollo and type-graphql load the CJS one:
  // two realms of the same classes. Pin every import to the CJS entry.
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    setupFiles: ["reflect-metadata"],
    // Builds the local GraphiQL bundle that the explorer tests load (skipped when up to date), and
    // migrates one PGlite whose dump every test file copies.
    globalSetup: ["test/support/build-explorer.global.ts", "../../packages/db/src/pglite-snapshot.global.ts"],
    // One worker keeps its modules from file to file (Apollo, type-graphql, PGlite, the schema):
    // a fresh process and import per file cost ~100 s of a CI run on PGlite. The files share no
    // state: each builds its own gateway on its own database.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    ...reportersFor("gateway"),
  },
});
