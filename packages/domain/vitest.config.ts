import { defineConfig } from "vitest/config";
import { reportersFor } from "../../.ci/vitest-reporters.mjs";

export default defineConfig({
  // Pure functions without module state: one worker reuses its modules across files instead of
  // paying a fresh process and import per file (38 files: ~15 s of a CI run).
  test: { include: ["src/**/*.test.ts"], isolate: false, ...reportersFor("domain") },
});
