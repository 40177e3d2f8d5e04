import { defineConfig } from "vitest/config";
import { reportersFor } from "../../.ci/vitest-reporters.mjs";

export default defineConfig({
  // PGlite boots a WASM Postgres per test database: on a loaded 2-core CI machine that can take
  // well over vitest's 10 s default.
  test: {
    include: ["src/**/*.test.ts"],
    // One migrated PGlite per run, copied by every test file (see the setup file).
    globalSetup: ["src/pglite-snapshot.global.ts"],
    // One worker keeps its modules (PGlite, Kysely, pg) from file to file; each file still opens
    // databases of its own.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    ...reportersFor("db"),
  },
});
